"""Figures through the real Jupyter client: the display extension inside the Easel kernel, the renderer process
behind it. Run with /usr/bin/python3 -m pytest tests/jupyter/test_figures.py."""
import base64
import os
import re
import subprocess
import signal
import struct
import time

import pytest

from conftest import start_kernel, stop_kernel

LINE = "Plot.line(new double[]{1, 2, 3, 4}, new double[]{3, 1, 4, 2})"


# ---------------------------------------------------------------- decoding what came back

def png_size(data):
    assert data[:8] == b"\x89PNG\r\n\x1a\n", data[:16]
    return struct.unpack(">II", data[16:24])


def jpeg_size(data):
    assert data[:2] == b"\xff\xd8", data[:16]
    i = 2
    while i < len(data):
        assert data[i] == 0xFF, "not a JPEG marker at %d" % i
        marker = data[i + 1]
        length = struct.unpack(">H", data[i + 2:i + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[i + 5:i + 9])
            return width, height
        i += 2 + length
    raise AssertionError("JPEG without a frame header")


def webp_size(data):
    assert data[:4] == b"RIFF" and data[8:12] == b"WEBP", data[:16]
    chunk = data[12:16]
    if chunk == b"VP8 ":
        w, h = struct.unpack("<HH", data[26:30])
        return w & 0x3FFF, h & 0x3FFF
    if chunk == b"VP8L":
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8X":
        return int.from_bytes(data[24:27], "little") + 1, int.from_bytes(data[27:30], "little") + 1
    raise AssertionError("unknown WebP chunk %r" % chunk)


def pdf_size(data):
    assert data.startswith(b"%PDF-"), data[:16]
    m = re.search(rb"/MediaBox\s*\[\s*0(?:\.0+)?\s+0(?:\.0+)?\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    assert m, "no MediaBox"
    return float(m.group(1)), float(m.group(2))


def eps_size(data):
    assert data.startswith(b"%!PS-Adobe") and b"EPSF" in data.split(b"\n", 1)[0], data[:40]
    m = re.search(rb"%%BoundingBox:\s*(-?\d+)\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)", data)
    assert m, "no BoundingBox"
    x0, y0, x1, y1 = (int(v) for v in m.groups())
    return x1 - x0, y1 - y0


def bundles(result):
    """The figure bundles a cell produced: display_data and execute_result outputs carrying an image."""
    found = []
    for kind, content in result.outputs:
        if kind in ("display_data", "execute_result", "update_display_data"):
            data = content["data"]
            if any(k.startswith("image/") or k == "application/pdf" for k in data):
                found.append((kind, content))
    return found


def only_bundle(result):
    found = bundles(result)
    assert len(found) == 1, "expected exactly one figure bundle, got %d: %r" % (len(found), result)
    assert found[0][0] != "execute_result", "a figure must go out as display_data, not as the cell's text value"
    return found[0][1]


def check_inline(content, title=None):
    """A default bundle: PNG at twice its CSS size, SVG (with the title), a PDF of the same size in points (0.75 pt per
    CSS pixel) for nbconvert, a text description."""
    data, meta = content["data"], content["metadata"]
    assert set(data) == {"image/png", "image/svg+xml", "application/pdf", "text/plain"}, set(data)
    png = base64.b64decode(data["image/png"])
    width, height = png_size(png)
    css = meta["image/png"]
    assert (width, height) == (2 * css["width"], 2 * css["height"]), (width, height, css)
    svg = data["image/svg+xml"]
    assert "<svg" in svg
    if title is not None:
        assert title in svg
    assert pdf_size(base64.b64decode(data["application/pdf"])) == (css["width"] * 0.75, css["height"] * 0.75)
    assert data["text/plain"].startswith("Figure: ")
    return width, height


def renderer_pid(kernel):
    out = kernel.run("%renderer status").stdout
    m = re.search(r"pid=(\d+)", out)
    assert m, out
    return int(m.group(1))


def alive(pid):
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().split(") ", 1)[1][0] != "Z"
    except FileNotFoundError:
        return False


def wait_gone(pid, seconds=10):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if not alive(pid):
            return True
        time.sleep(0.1)
    return False


@pytest.fixture
def export_dir(tmp_path):
    return str(tmp_path)


# ---------------------------------------------------------------- inline figures

QUICK_PLOTS = {
    "line": "Plot.line(new double[]{1, 2, 3, 4}, new double[]{3, 1, 4, 2})",
    "scatter": "Plot.scatter(new double[]{1, 2, 3, 4}, new double[]{3, 1, 4, 2})",
    "bar": 'Plot.bar(new String[]{"a", "b", "c"}, new double[]{3, 5, 2})',
    "histogram": "Plot.histogram(new double[]{1, 2, 2, 3, 3, 3, 4, 4, 5})",
    "area": "Plot.area(new double[]{1, 2, 3, 4}, new double[]{3, 1, 4, 2})",
    "density": "Plot.density(new double[]{1, 2, 2, 3, 3, 3, 4, 4, 5})",
    "box": 'Plot.box(new String[]{"a", "a", "b", "b"}, new double[]{1, 2, 3, 5})',
    "heatmap": "Plot.heatmap(new double[][]{{1, 2}, {3, 4}})",
}


@pytest.mark.parametrize("name", sorted(QUICK_PLOTS))
def test_every_quick_plot_gives_one_bundle(kernel, name):
    title = "Quick %s title" % name
    r = kernel.run('%s.title("%s")' % (QUICK_PLOTS[name], title))
    content = only_bundle(r)
    assert check_inline(content, title) == (1200, 800)


GRAMMAR = {
    "points and smooth, faceted": """
        double[] xs = new double[60]; double[] ys = new double[60]; String[] gs = new String[60];
        for (int i = 0; i < 60; i++) { xs[i] = i; ys[i] = Math.sin(i / 6.0) + i / 30.0; gs[i] = i % 2 == 0 ? "even" : "odd"; }
        Figure.of(Data.of("x", xs, "y", ys, "g", gs))
            .add(Geom.point().aes(Aes.x("x"), Aes.y("y"), Aes.color("g")).size(3))
            .add(Geom.smooth().aes(Aes.x("x"), Aes.y("y")))
            .facetWrap("g").title("Grammar demo").theme(Theme.minimal())
        """,
    "columns with labels and size": """
        Figure.of(Data.of("k", new String[]{"x", "y", "z"}, "v", new double[]{4, 2, 7}))
            .add(Geom.col().aes(Aes.x("k"), Aes.y("v"), Aes.fill("k")))
            .title("Grammar columns").xlab("key").ylab("value").size(500, 300)
        """,
    "raw Lets-Plot spec": """
        Figure.fromSpec("{\\"kind\\":\\"plot\\",\\"data\\":{\\"a\\":[1,2,3],\\"b\\":[2,3,1]},"
            + "\\"mapping\\":{\\"x\\":\\"a\\",\\"y\\":\\"b\\"},\\"layers\\":[{\\"geom\\":\\"line\\"}],"
            + "\\"ggtitle\\":{\\"text\\":\\"Grammar raw spec\\"}}")
        """,
}


@pytest.mark.parametrize("name", sorted(GRAMMAR))
def test_grammar_examples_give_one_bundle(kernel, name):
    code = GRAMMAR[name]
    title = re.search(r'Grammar [a-z ]+', code.replace('\\"', '"')).group(0)
    content = only_bundle(kernel.run(code))
    width, height = check_inline(content, title)
    if "size(500, 300)" in code:
        assert (width, height) == (1000, 600)


def test_plot_figure_and_format_need_no_imports(kernel):
    r = kernel.run("Format f = Format.PDF; Figure g = Plot.scatter(new double[]{1}, new double[]{2}); f.mimeType()")
    assert r.value == '"application/pdf"' or r.value == "application/pdf", r


def test_display_returns_a_handle_and_update_display_replaces_that_output(kernel):
    r = kernel.run("""
        var shown = display(%s.title("First version"));
        updateDisplay(shown, %s.title("Second version"));
        System.out.println("id=" + shown.id());
        """ % (LINE, LINE))
    placeholders = r.of("display_data")
    updated = r.of("update_display_data")
    # the figure's place is taken at once; its drawn frames replace it there (the first may be skipped as stale)
    assert len(placeholders) == 1 and 1 <= len(updated) <= 2, r
    display_id = placeholders[0]["transient"]["display_id"]
    assert display_id and all(u["transient"]["display_id"] == display_id for u in updated)
    assert "id=" + display_id in r.stdout
    check_inline(updated[-1], "Second version")
    assert r.of("execute_result") == []


def test_a_cell_ending_with_display_shows_the_figure_and_not_the_handle(kernel):
    r = kernel.run("display(%s.title(\"Only the figure\"))" % LINE)
    assert r.of("execute_result") == [], r
    check_inline(only_bundle(r), "Only the figure")


def test_display_can_name_the_types(kernel):
    r = kernel.run('display(%s.title("Only PNG"), "image/png");' % LINE)
    data = only_bundle(r)["data"]
    assert set(data) == {"image/png", "text/plain"}, set(data)


def test_figures_settings_change_the_bundle(kernel):
    try:
        shown = kernel.run("%figures").stdout
        assert "formats=png,svg,pdf size=auto scale=2 max-svg=1MB" in shown, shown
        changed = kernel.run("%figures formats=png,pdf size=700x350 scale=1").stdout
        assert "formats=png,pdf size=700x350 scale=1" in changed, changed
        content = only_bundle(kernel.run('%s.title("With PDF")' % LINE))
        data = content["data"]
        assert "image/svg+xml" not in data
        assert png_size(base64.b64decode(data["image/png"])) == (700, 350)
        assert content["metadata"]["image/png"] == {"width": 700, "height": 350}
        assert pdf_size(base64.b64decode(data["application/pdf"])) == (525, 262.5)

        kernel.run("%figures formats=jpeg,webp scale=2 size=auto")
        data = only_bundle(kernel.run(LINE))["data"]
        assert jpeg_size(base64.b64decode(data["image/jpeg"])) == (1200, 800)
        assert webp_size(base64.b64decode(data["image/webp"])) == (1200, 800)
        assert "image/png" not in data and "image/svg+xml" not in data

        bad = kernel.run("%figures formats=eps", allow_error=True)
        assert bad.status == "error" and "%export" in bad.error["evalue"], bad
        unknown = kernel.run("%figures colour=red", allow_error=True)
        assert "unknown setting 'colour'" in unknown.error["evalue"], unknown
    finally:
        kernel.run("%figures reset")


def test_a_huge_svg_is_left_out_with_the_pdf_and_a_note(kernel):
    r = kernel.run("""
        double[] hx = new double[20000]; double[] hy = new double[20000];
        for (int i = 0; i < hx.length; i++) { hx[i] = i; hy[i] = Math.sin(i * 0.37) * i; }
        Plot.scatter(hx, hy).title("Huge")
        """, timeout=120)
    data = only_bundle(r)["data"]
    assert "image/svg+xml" not in data and "application/pdf" not in data, set(data)
    png_size(base64.b64decode(data["image/png"]))
    assert "SVG and PDF left out of the notebook" in data["text/plain"], data["text/plain"]
    assert "20,000 points" in data["text/plain"]


# ---------------------------------------------------------------- %export

def test_export_writes_all_six_formats(kernel, export_dir):
    kernel.run('%s.title("Exported")' % LINE)
    names = ["out.png", "out.jpg", "out.webp", "out.svg", "out.pdf", "out.eps"]
    paths = [os.path.join(export_dir, n) for n in names]
    r = kernel.run("%export " + " ".join(paths))
    for path in paths:
        assert "Wrote " + path + " (" in r.stdout, r.stdout
    assert "Wrote %s (1200x800 px, " % paths[0] in r.stdout

    def read(name):
        with open(os.path.join(export_dir, name), "rb") as f:
            return f.read()

    assert png_size(read("out.png")) == (1200, 800)
    assert jpeg_size(read("out.jpg")) == (1200, 800)
    assert webp_size(read("out.webp")) == (1200, 800)
    svg = read("out.svg")
    assert b"<svg" in svg[:500] and b"Exported" in svg
    assert re.search(rb'<svg[^>]*width="600(\.0)?"', svg), svg[:300]
    assert pdf_size(read("out.pdf")) == (450, 300)
    assert eps_size(read("out.eps")) == (450, 300)
    assert sorted(os.listdir(export_dir)) == sorted(names), "no temporary files left"
    # one face everywhere: the PDF embeds the PNG's DejaVu Sans and keeps the title as text
    assert pdf_fonts(os.path.join(export_dir, "out.pdf")) == {"DejaVuSans"}
    assert "Exported" in subprocess.run(["pdftotext", os.path.join(export_dir, "out.pdf"), "-"], check=True,
                                        stdout=subprocess.PIPE, text=True).stdout
    # the EPS names no printer font that a machine without DejaVu would replace: its text is outlines
    assert b"setfont" not in read("out.eps") and b") show" not in read("out.eps")


def pdf_fonts(path):
    """The font names pdffonts lists (subset tag dropped), after checking that every one is embedded."""
    lines = subprocess.run(["pdffonts", str(path)], check=True, stdout=subprocess.PIPE, text=True).stdout
    names = set()
    for line in lines.splitlines()[2:]:
        cols = line.split()
        assert cols[-5] == "yes", "font not embedded: " + line
        names.add(cols[0].split("+", 1)[-1])
    return names


def test_export_options_and_a_named_figure(kernel, export_dir):
    kernel.run('Figure named = Plot.bar(new String[]{"p", "q"}, new double[]{1, 2}).title("Named one");')
    kernel.run('%s.title("Shown last")' % LINE)
    png = os.path.join(export_dir, "named.png")
    svg = os.path.join(export_dir, "named.svg")
    r = kernel.run("%%export named %s %s --width 800 --height 500 --scale 1" % (png, svg))
    assert "Wrote %s (800x500 px, " % png in r.stdout, r.stdout
    with open(png, "rb") as f:
        assert png_size(f.read()) == (800, 500)
    with open(svg, "rb") as f:
        content = f.read()
    assert b"Named one" in content and b"Shown last" not in content


def test_export_errors(kernel, export_dir):
    kernel.run(LINE)
    unknown = kernel.run("%%export %s" % os.path.join(export_dir, "out.bmp"), allow_error=True)
    assert unknown.status == "error" and unknown.error["ename"] == "MagicError", unknown
    assert "png, jpg, jpeg, webp, svg, pdf, eps" in unknown.error["evalue"]

    blocker = os.path.join(export_dir, "a-file")
    open(blocker, "w").close()
    unwritable = kernel.run("%%export %s" % os.path.join(blocker, "out.png"), allow_error=True)
    assert unwritable.status == "error" and "is a file, not a folder" in unwritable.error["evalue"], unwritable
    missing = kernel.run("%%export %s" % os.path.join(export_dir, "nope", "out.png"), allow_error=True)
    assert "does not exist" in missing.error["evalue"], missing

    kernel.run('String notAFigure = "text";')
    wrong = kernel.run("%%export notAFigure %s" % os.path.join(export_dir, "x.png"), allow_error=True)
    assert "java.lang.String, not a Figure" in wrong.error["evalue"], wrong
    undefined = kernel.run("%%export noSuchVariable %s" % os.path.join(export_dir, "x.png"), allow_error=True)
    assert "no variable 'noSuchVariable'" in undefined.error["evalue"], undefined
    bad_option = kernel.run("%%export %s --dpi 300" % os.path.join(export_dir, "x.png"), allow_error=True)
    assert "unknown option --dpi" in bad_option.error["evalue"], bad_option
    bad_number = kernel.run("%%export '%s' --width wide" % os.path.join(export_dir, "x y.png"), allow_error=True)
    assert bad_number.error["evalue"].startswith("%export: --width expects a number, e.g. 800 or 1.5; got 'wide'."
                                                 " Usage: %export [figure] path..."), bad_number
    shown = kernel.run("%export --help").stdout
    assert shown.startswith("Usage: %export [figure] path...") and "--scale=S" in shown, shown
    assert os.listdir(export_dir) == ["a-file"]


def test_export_before_any_figure_is_a_clear_error(fresh_kernel, export_dir):
    r = fresh_kernel.run("%%export %s" % os.path.join(export_dir, "out.png"), allow_error=True)
    assert r.status == "error" and "no figure has been shown yet" in r.error["evalue"], r
    assert os.listdir(export_dir) == []


# ---------------------------------------------------------------- the renderer process

def test_renderer_status_restart_log_and_stop(kernel):
    kernel.run(LINE)
    first = renderer_pid(kernel)
    assert first > 0 and alive(first)
    status = kernel.run("%renderer status").stdout
    for field in ("uptime=", "renders=", "median=", "rss=", "log="):
        assert field in status, status

    restarted = kernel.run("%renderer restart").stdout
    second = int(re.search(r"pid=(\d+)", restarted).group(1))
    assert second not in (0, first), restarted
    assert wait_gone(first), "the old renderer is gone after a restart"

    log = kernel.run("%renderer log 5").stdout
    assert log.startswith("Last ") and "renderer" in log, log

    stopped = kernel.run("%renderer stop").stdout
    assert "Stopped the renderer (pid %d)" % second in stopped, stopped
    assert wait_gone(second)
    assert "pid=0" in kernel.run("%renderer status").stdout
    check_inline(only_bundle(kernel.run(LINE)))
    assert renderer_pid(kernel) not in (0, second)

    bad = kernel.run("%renderer reboot", allow_error=True)
    assert "status | restart | stop | log" in bad.error["evalue"], bad


def test_a_killed_renderer_is_replaced_for_the_next_figure(kernel):
    kernel.run('int survivor = 41;')
    kernel.run(LINE)
    pid = renderer_pid(kernel)
    os.kill(pid, signal.SIGKILL)
    assert wait_gone(pid)
    content = only_bundle(kernel.run('%s.title("After the kill")' % LINE))
    check_inline(content, "After the kill")
    assert renderer_pid(kernel) not in (0, pid)
    assert kernel.run("survivor + 1").value == "42"


def test_renderer_refusals_are_error_outputs_and_the_session_survives(kernel):
    kernel.run("int kept = 7;")
    bad_spec = kernel.run('Figure.fromSpec("{\\"kind\\":\\"plot\\",\\"data\\":{\\"a\\":[1,2]},'
                          '\\"mapping\\":{\\"x\\":\\"a\\"},\\"layers\\":[{\\"geom\\":\\"nosuchgeom\\"}]}")',
                          allow_error=True)
    assert bad_spec.status == "error", bad_spec
    assert "could not be rendered (bad_spec)" in bad_spec.error["evalue"], bad_spec.error
    assert "nosuchgeom" in bad_spec.error["evalue"]
    assert bundles(bad_spec) == []

    too_large = kernel.run("display(%s.size(10000, 10000));" % LINE, allow_error=True)
    assert too_large.status == "error", too_large
    assert too_large.error["ename"] == "FigureError"
    text = too_large.error["evalue"] + "\n".join(too_large.error["traceback"])
    assert "could not be rendered (too_large)" in text and "%figures size=" in text, text
    # and at the figure's own place, which the drawing filled with the error instead of the picture
    in_place = too_large.of("update_display_data")[-1]["data"]["text/plain"]
    assert "could not be rendered (too_large)" in in_place, in_place

    assert kernel.run("kept * 6").value == "42"
    check_inline(only_bundle(kernel.run(LINE)))


def test_a_hung_renderer_times_out_with_a_clear_error_and_recovers(easel_prefix):
    os.environ["EASEL_RENDERER_TIMEOUT"] = "3s"
    try:
        k = start_kernel()
    finally:
        del os.environ["EASEL_RENDERER_TIMEOUT"]
    stopped_pid = None
    try:
        k.run(LINE)
        stopped_pid = renderer_pid(k)
        os.kill(stopped_pid, signal.SIGSTOP)
        r = k.run("display(%s);" % LINE, timeout=60, allow_error=True)
        assert r.status == "error", r
        text = r.error["evalue"] + "\n".join(r.error["traceback"])
        assert "could not be rendered (timeout)" in text, text
        content = only_bundle(k.run('%s.title("Recovered")' % LINE))
        check_inline(content, "Recovered")
        assert renderer_pid(k) != stopped_pid
        assert wait_gone(stopped_pid), "the hung renderer was killed"
    finally:
        if stopped_pid and alive(stopped_pid):
            os.kill(stopped_pid, signal.SIGCONT)
            os.kill(stopped_pid, signal.SIGKILL)
        stop_kernel(k)


def test_prestart_and_shutdown(easel_prefix):
    k = start_kernel()
    try:
        deadline = time.time() + 30
        pid = 0
        while time.time() < deadline and pid == 0:
            pid = renderer_pid(k)
            time.sleep(0.2)
        assert pid > 0, "the renderer starts with the kernel, before any figure"
    finally:
        stop_kernel(k)
    assert wait_gone(pid, 10), "the renderer stops with the kernel"


def test_prestart_can_be_turned_off(easel_prefix):
    os.environ["EASEL_RENDERER_PRESTART"] = "false"
    try:
        k = start_kernel()
    finally:
        del os.environ["EASEL_RENDERER_PRESTART"]
    try:
        time.sleep(1)
        assert "pid=0" in k.run("%renderer status").stdout
        only_bundle(k.run(LINE))
        assert renderer_pid(k) > 0
    finally:
        stop_kernel(k)
