"""Easel against matplotlib, side by side in one run, through Debian's jupyter_client.

Both kernels run on this machine at the same time: the Easel kernel (kernelspec "easel", found on JUPYTER_PATH) and
a fresh ipykernel (Debian's kernelspec "python3") with matplotlib's inline backend. Every race is run on both
sides, alternating which side goes first, so the noise of a shared machine falls on both; the table gives the
ratio of the two numbers of the same run. Run it through bench/race.sh, which builds and installs the kernel:

    bash bench/race.sh            # every race, full counts; writes the race section of bench/RESULTS.md
    bash bench/race.sh --quick    # small counts, a smoke test (CI); prints the table, writes nothing, exits 0
    bash bench/race.sh --only starts,memory --starts 5   # some races only; prints the table, writes nothing

This file runs under /usr/bin/python3 (Debian's Jupyter and matplotlib).
"""
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "jupyter"))
from conftest import start_kernel, stop_kernel  # noqa: E402

QUICK = "--quick" in sys.argv
RACES = ("starts", "memory", "bundles", "saves", "scatters", "live")


def _option(name, default, parse):
    """--name VALUE or --name=VALUE from argv, parsed; the default when absent."""
    for i, arg in enumerate(sys.argv):
        if arg == name and i + 1 < len(sys.argv):
            return parse(sys.argv[i + 1])
        if arg.startswith(name + "="):
            return parse(arg.split("=", 1)[1])
    return default


def _races(text):
    names = [n.strip() for n in text.split(",") if n.strip()]
    bad = [n for n in names if n not in RACES]
    if bad:
        sys.exit("race.py: unknown race %s; --only takes a comma-separated list of %s" % (", ".join(bad), ", ".join(RACES)))
    return names


ONLY = _option("--only", list(RACES), _races)
COUNTS = dict(
    starts=1 if QUICK else 3,          # fresh kernels per side for the start races
    per_cell=3 if QUICK else 20,       # figures per cell in the warm bundle races
    cells=1 if QUICK else 3,           # timed cells per side and bundle
    growth=20 if QUICK else 1000,      # figures after the memory snapshot, for the renderer's growth
    saves=3 if QUICK else 100,         # files written by the save race
    requests=5 if QUICK else 30,       # kernel_info round trips and trivial cells per side
    big=1 if QUICK else 3,             # renders of the 100k scatter per side
    huge=1 if QUICK else 2,            # renders of the 1,000,000-point scatter per side
    updates=10_000 if QUICK else 100_000,  # Live.update calls timed
    redraws=3 if QUICK else 20,        # matplotlib display-handle updates timed
)
COUNTS["starts"] = _option("--starts", COUNTS["starts"], int)
COUNTS["growth"] = _option("--growth", COUNTS["growth"], int)
PARTIAL = ONLY != list(RACES) or "--starts" in " ".join(sys.argv) or "--growth" in " ".join(sys.argv)
EASEL, MPL = "Easel", "matplotlib"
SIDES = (EASEL, MPL)
CELL_TIMEOUT = 900


def start(kernel_name):
    return start_kernel(startup_timeout=120, kernel_name=kernel_name)


stop = stop_kernel


def figures_in(result):
    """Figures that reached the client with a picture (Easel's placeholders carry text only)."""
    n = 0
    for t, c in result.outputs:
        if t in ("display_data", "update_display_data", "execute_result"):
            if "image/png" in c.get("data", {}) or "image/svg+xml" in c.get("data", {}):
                n += 1
    return n


def mimes_of_last(result):
    for t, c in reversed(result.outputs):
        data = c.get("data", {})
        if "image/png" in data or "image/svg+xml" in data:
            return sorted(data)
    return []


def timed(k, code, expect=None, timeout=CELL_TIMEOUT):
    t0 = time.perf_counter()
    r = k.run(code, timeout=timeout)
    elapsed = time.perf_counter() - t0
    if expect is not None and figures_in(r) != expect:
        raise AssertionError("expected %d figures, got %d from:\n%s\n%r" % (expect, figures_in(r), code, r.outputs[-3:]))
    return elapsed, r


# ---------------------------------------------------------------- process memory

def _children():
    kids = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open("/proc/%s/stat" % entry) as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                kids.setdefault(ppid, []).append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    return kids


def tree(pid):
    kids, out, todo = _children(), [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(kids.get(p, []))
    return out


def rss_mb(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return 0.0


def cmdline(pid):
    try:
        with open("/proc/%d/cmdline" % pid, "rb") as f:
            return f.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def memory(k):
    """(whole tree MB, renderer MB or None) of a kernel: the kernel process and all its descendants."""
    pids = tree(k.pid)
    renderer = [p for p in pids if "io.easel.renderer.RendererMain" in cmdline(p)]
    return sum(rss_mb(p) for p in pids), (sum(rss_mb(p) for p in renderer) if renderer else None)


def settle_renderer(k, within=15):
    """Waits until the kernel has one renderer process: the manager recycles the renderer after 1,000 figures, and
    for a moment the fresh one and the one it replaces both run (their sum is no renderer's footprint)."""
    deadline = time.time() + within
    while time.time() < deadline:
        if len([p for p in tree(k.pid) if "io.easel.renderer.RendererMain" in cmdline(p)]) <= 1:
            return
        time.sleep(0.2)


# ---------------------------------------------------------------- the two sides' code

EASEL_FIRST = ("double[] xs = IntStream.range(0, 1000).mapToDouble(i -> i / 100.0).toArray();\n"
               "double[] ys = Arrays.stream(xs).map(Math::sin).toArray();\n"
               "Plot.line(xs, ys).title(\"first\")")
MPL_FIRST = ("%matplotlib inline\n"
             "import matplotlib.pyplot as plt\nimport numpy as np\n"
             "%config InlineBackend.figure_formats = ['retina', 'svg']\n"
             "W, H = 600 / plt.rcParams['figure.dpi'], 400 / plt.rcParams['figure.dpi']\n"
             "plt.rcParams['figure.figsize'] = (W, H)\n"
             "xs = np.arange(1000) / 100.0\nys = np.sin(xs)\n"
             "plt.plot(xs, ys); plt.title('first'); plt.show()")

EASEL_SETUP = """
java.util.Random rnd = new java.util.Random(1);
double[] bx = new double[100_000], by = new double[100_000];
for (int i = 0; i < bx.length; i++) { bx[i] = rnd.nextGaussian(); by[i] = rnd.nextGaussian(); }
double[] hx = new double[1_000_000], hy = new double[1_000_000];
for (int i = 0; i < hx.length; i++) { hx[i] = rnd.nextGaussian(); hy[i] = rnd.nextGaussian(); }
"""
MPL_SETUP = """
import os, tempfile
rng = np.random.default_rng(1)
bx, by = rng.standard_normal(100_000), rng.standard_normal(100_000)
hx, hy = rng.standard_normal(1_000_000), rng.standard_normal(1_000_000)
"""

MPL_FORMATS = {"png,svg": "['retina', 'svg']", "png,svg,pdf": "['retina', 'svg', 'pdf']", "png": "['retina']"}


def bundle(side, formats):
    if side == EASEL:
        return "%%figures formats=%s" % formats
    return "%%config InlineBackend.figure_formats = %s" % MPL_FORMATS[formats]


def lines(side, n, tag="Figure"):
    if side == EASEL:
        return "for (int i = 0; i < %d; i++) display(Plot.line(xs, ys).title(\"%s \" + i));" % (n, tag)
    return ("for i in range(%d):\n    plt.figure(); plt.plot(xs, ys); plt.title('%s %%d' %% i); plt.show()"
            % (n, tag))


def scatter(side, x, y):
    if side == EASEL:
        return "display(Plot.scatter(%s, %s));" % (x, y)
    return "plt.figure(); plt.scatter(%s, %s); plt.show()" % (x, y)


def saves(side, n):
    if side == EASEL:
        return ("Path DIR = Files.createTempDirectory(\"easel-bench-save\");\n"
                "for (int i = 0; i < %d; i++) Plot.line(xs, ys).title(\"Figure \" + i)"
                ".save(DIR.resolve(\"f\" + i + \".png\"), ExportOptions.scaled(2));\n"
                "System.out.println(DIR);" % n)
    return ("d = tempfile.mkdtemp(prefix='mpl-bench-save')\n"
            "for i in range(%d):\n"
            "    fig = plt.figure(figsize=(6, 4)); plt.plot(xs, ys); plt.title('Figure %%d' %% i)\n"
            "    fig.savefig(os.path.join(d, 'f%%d.png' %% i), dpi=200); plt.close(fig)\n"
            "print(d)" % n)


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


# ---------------------------------------------------------------- races

class Race:
    def __init__(self):
        self.rows = []   # (race, easel, mpl, ratio text, goal, notes)
        self.notes = []
        self.kernels = {}
        self.save_seq = 0

    def alternate(self, reps, measure):
        """measure(side) -> number; returns {side: [numbers]}; the side going first swaps every repetition."""
        out = {s: [] for s in SIDES}
        for rep in range(reps):
            order = SIDES if rep % 2 == 0 else SIDES[::-1]
            for side in order:
                out[side].append(measure(side))
        return out

    def row(self, race, e, m, unit, goal, lower_is_better=True, notes=""):
        self.rows.append((race, e, m, unit, goal, lower_is_better, notes))
        print("  %-70s %s | %s" % (race, fmt(e, unit), fmt(m, unit)), flush=True)

    # -- what every request costs before any work: the kernel reading it and answering
    def requests(self):
        def kernel_info(side):
            k = self.kernels[side]
            t0 = time.perf_counter()
            k.request("kernel_info")
            return (time.perf_counter() - t0) * 1000
        def trivial(side):
            return timed(self.kernels[side], "1")[0] * 1000
        n = COUNTS["requests"]
        t = self.alternate(n, kernel_info)
        self.row("(a request's round trip: kernel_info, for reference)", statistics.median(t[EASEL]),
                 statistics.median(t[MPL]), "ms", "", notes="median of %d" % n)
        t = self.alternate(n, trivial)
        self.row("(a cell that only evaluates 1, for reference)", statistics.median(t[EASEL]),
                 statistics.median(t[MPL]), "ms", "", notes="median of %d; Easel compiles the cell with javac" % n)

    # -- kernel start to first figure, on fresh kernels
    def starts(self):
        names = {EASEL: "easel", MPL: "python3"}
        first = {EASEL: EASEL_FIRST, MPL: MPL_FIRST}
        ready, figure = {s: [] for s in SIDES}, {s: [] for s in SIDES}
        for side in SIDES:  # untimed: OS caches, Easel's class-data archives, matplotlib's font cache
            k = start(names[side])
            k.run(first[side], timeout=300)
            stop(k)
        reps = COUNTS["starts"]
        for rep in range(reps):
            order = SIDES if rep % 2 == 0 else SIDES[::-1]
            for side in order:
                t0 = time.perf_counter()
                k = start(names[side])
                t1 = time.perf_counter()
                elapsed, _ = timed(k, first[side], expect=1, timeout=300)
                ready[side].append(t1 - t0)
                figure[side].append(t1 - t0 + elapsed)
                if rep == reps - 1:
                    self.kernels[side] = k   # the last ones stay: the open notebook of the other races
                else:
                    stop(k)
        e, m = statistics.median(figure[EASEL]), statistics.median(figure[MPL])
        self.row("from starting the kernel to its first figure (matplotlib import included)", e, m, "s",
                 "no slower", notes="median of %d fresh kernels" % reps)
        e = statistics.median([f - r for f, r in zip(figure[EASEL], ready[EASEL])])
        m = statistics.median([f - r for f, r in zip(figure[MPL], ready[MPL])])
        self.row("from kernel ready to its first figure", e, m, "s", "no slower")
        self.row("(kernel start to ready, for reference)", statistics.median(ready[EASEL]),
                 statistics.median(ready[MPL]), "s", "")

    def memory_and_growth(self):
        E, M = self.kernels[EASEL], self.kernels[MPL]
        for side, k in self.kernels.items():
            timed(k, lines(side, 19, "mem"), expect=19)
        time.sleep(1)
        (e_all, e_renderer), (m_all, _) = memory(E), memory(M)
        self.row("memory of an open notebook after 20 figures (kernel tree RSS)", e_all, m_all, "MB",
                 "at most 1.5x", notes="Easel renderer %.0f MB, kernel JVM %.0f MB" % (e_renderer or 0,
                                                                                   e_all - (e_renderer or 0)))
        self.row("renderer RSS after 20 figures", e_renderer, None, "MB", "at most 150 MB")
        self.renderer_after_20 = e_renderer
        n = COUNTS["growth"]
        per_cell = min(n, 50 if not QUICK else 10)
        if n <= 0:
            return
        grown = {}
        for side in SIDES:
            k = self.kernels[side]
            for _ in range(n // per_cell):
                timed(k, lines(side, per_cell, "grow"), expect=per_cell)
            if side == EASEL:
                settle_renderer(k)
                time.sleep(1)  # and a fresh renderer's idle trim after its warm-up (half a second of quiet)
            time.sleep(1)
            grown[side] = memory(k)
        e_growth = 100.0 * (grown[EASEL][1] - e_renderer) / e_renderer
        m_growth = 100.0 * (grown[MPL][0] - m_all) / m_all
        self.row("RSS growth over %d more figures (Easel: renderer; matplotlib: ipykernel)" % n, e_growth, m_growth,
                 "%", "at most 10%", notes="Easel renderer %.0f -> %.0f MB, whole tree %.0f -> %.0f MB" % (
                     e_renderer, grown[EASEL][1], e_all, grown[EASEL][0]))

    def warm_bundles(self):
        n = COUNTS["per_cell"]
        for formats, label in (("png,svg", "PNG@2x+SVG vs retina+svg"), ("png,svg,pdf", "PNG@2x+SVG+PDF vs retina+svg+pdf")):
            mimes = {}
            for side, k in self.kernels.items():
                k.run(bundle(side, formats))
                for _ in range(2):
                    timed(k, lines(side, 3, "warm"), expect=3)

            def measure(side):
                elapsed, r = timed(self.kernels[side], lines(side, n), expect=n)
                mimes[side] = mimes_of_last(r)
                return elapsed / n * 1000
            t = self.alternate(COUNTS["cells"], measure)
            self.row("warm inline bundle, 1,000-point line, %d per cell (%s)" % (n, label),
                     statistics.median(t[EASEL]), statistics.median(t[MPL]), "ms/fig", "5x faster",
                     notes="Easel %s; matplotlib %s" % (" ".join(mimes[EASEL]), " ".join(mimes[MPL])))
        for side, k in self.kernels.items():
            k.run(bundle(side, "png,svg"))

    def save_files(self):
        n = COUNTS["saves"]

        def measure(side):
            self.save_seq += 1
            code = saves(side, n)
            if side == EASEL:
                code = code.replace("DIR", "dir%d" % self.save_seq)
            elapsed, r = timed(self.kernels[side], code)
            folder = r.stdout.strip().splitlines()[-1]
            files = [f for f in os.listdir(folder) if f.endswith(".png")]
            size = png_size(os.path.join(folder, "f0.png"))
            shutil.rmtree(folder, ignore_errors=True)
            if len(files) != n or size != (1200, 800):
                raise AssertionError("%s saved %d files of %s, expected %d of 1200x800" % (side, len(files), size, n))
            return elapsed
        t = self.alternate(COUNTS["cells"], measure)
        self.row("%d figures saved to PNG files (1200x800) from a cell, fig.save vs savefig" % n,
                 statistics.median(t[EASEL]), statistics.median(t[MPL]), "s", "3x faster")

    def scatters(self):
        for side, k in self.kernels.items():
            k.run(bundle(side, "png"))
            timed(k, scatter(side, "bx", "by"), expect=1)   # warm

        def one(x, y):
            return lambda side: timed(self.kernels[side], scatter(side, x, y), expect=1)[0]
        t = self.alternate(COUNTS["big"], one("bx", "by"))
        self.row("100,000-point scatter, inline PNG@2x (retina), every point drawn", statistics.median(t[EASEL]),
                 statistics.median(t[MPL]), "s", "2x faster")
        huge = {s: [] for s in SIDES}
        failure = {}
        for rep in range(COUNTS["huge"]):
            for side in (SIDES if rep % 2 == 0 else SIDES[::-1]):
                t0 = time.perf_counter()
                r = self.kernels[side].run(scatter(side, "hx", "hy"), timeout=CELL_TIMEOUT, allow_error=True)
                elapsed = time.perf_counter() - t0
                if r.status != "ok" or figures_in(r) != 1:
                    err = r.error or {}
                    failure[side] = ("%s: %s" % (err.get("ename", "no figure"), err.get("evalue", "")))[:300]
                else:
                    huge[side].append(elapsed)
        e = statistics.median(huge[EASEL]) if huge[EASEL] else None
        m = statistics.median(huge[MPL]) if huge[MPL] else None
        self.row("1,000,000-point scatter, inline PNG@2x (retina), every point drawn", e, m, "s", "",
                 notes="; ".join("%s failed: %s" % kv for kv in failure.items()))
        for side, k in self.kernels.items():
            k.run(bundle(side, "png,svg"))

    def live(self):
        E, M = self.kernels[EASEL], self.kernels[MPL]
        n = COUNTS["updates"]
        r = E.run("""
            Figure fixed = Plot.line(xs, ys).title("fixed");
            Live probe = Live.show(fixed);
            for (int i = 0; i < 10_000; i++) probe.update(fixed);
            long t0 = System.nanoTime();
            for (int i = 0; i < %d; i++) probe.update(fixed);
            System.out.println((System.nanoTime() - t0) / 1000.0 / %d);
            """ % (n, n), timeout=300)
        e_us = float(r.stdout.strip().splitlines()[-1])
        m_n = COUNTS["redraws"]
        r = M.run("""
import time as _t
_fig = plt.figure(); _ln, = plt.plot(xs, ys); _h = display(_fig, display_id=True)
_h.update(_fig)
_t0 = _t.perf_counter()
for _i in range(%d):
    _ln.set_ydata(np.sin(xs + _i)); _h.update(_fig)
print((_t.perf_counter() - _t0) * 1e6 / %d)
plt.close(_fig)
""" % (m_n, m_n), timeout=300)
        m_us = float(r.stdout.strip().splitlines()[-1])
        self.row("cost to the cell of one live update (Live.update vs DisplayHandle.update(fig))", e_us, m_us, "us",
                 "", notes="Easel: %d calls, frames drawn in the background; matplotlib: %d synchronous redraws "
                           "(retina+svg)" % (n, m_n))
        # a live loop: 100 steps of about 10 ms of computation, a frame after each, against the same loop without
        steps = 20 if QUICK else 100
        e_plain, _ = timed(E, "long w0 = System.nanoTime(); for (int s = 0; s < %d; s++) { while (System.nanoTime() - w0 < (s + 1) * 10_000_000L) {} }" % steps)
        e_live, r = timed(E, "Live lv = Live.show(Plot.line(xs, ys).title(\"step 0\")); long w1 = System.nanoTime();"
                             "for (int s = 0; s < %d; s++) { while (System.nanoTime() - w1 < (s + 1) * 10_000_000L) {}"
                             " lv.update(Plot.line(xs, ys).title(\"step \" + s)); }" % steps)
        frames = E.run("System.out.println(lv.renderedFrames());").stdout.strip().splitlines()[-1]
        m_plain, _ = timed(M, "_w = _t.perf_counter()\nfor _s in range(%d):\n    while _t.perf_counter() - _w < (_s + 1) * 0.01: pass" % steps)
        m_live, _ = timed(M, "_fig = plt.figure(); _ln, = plt.plot(xs, ys); _h = display(_fig, display_id=True)\n"
                             "_w = _t.perf_counter()\nfor _s in range(%d):\n"
                             "    while _t.perf_counter() - _w < (_s + 1) * 0.01: pass\n"
                             "    _ln.set_ydata(np.sin(xs + _s)); _h.update(_fig)\nplt.close(_fig)" % steps)
        self.row("live loop, %d steps of 10 ms, a frame each step: wall time / same loop without frames" % steps,
                 e_live / e_plain, m_live / m_plain, "x", "",
                 notes="Easel drew %s of %d frames (the rest were overtaken); matplotlib drew all" % (frames, steps))


def fmt(v, unit):
    if v is None:
        return "–"
    if unit == "ms/fig":
        return "%.0f ms/fig" % v
    if unit == "s":
        return "%.2f s" % v
    if unit == "MB":
        return "%.0f MB" % v
    if unit == "%":
        return "%+.0f%%" % v
    if unit == "ms":
        return "%.1f ms" % v
    if unit == "us":
        return ("%.2f µs" % v) if v < 100 else ("%.0f µs" % v)
    if unit == "x":
        return "%.2fx" % v
    return "%s %s" % (v, unit)


def ratio(e, m, unit):
    if e is None or m is None or unit == "%" or unit == "x" or e <= 0 or m <= 0:
        return ""
    if unit == "MB":
        return "%.1fx more" % (e / m) if e >= m else "%.1fx less" % (m / e)
    r = m / e if m >= e else e / m
    return ("%.0fx" % r if r >= 100 else "%.1fx" % r) + (" faster" if m >= e else " slower")


def machine():
    info = {}
    info["cpus"] = os.cpu_count()
    with open("/proc/loadavg") as f:
        info["load"] = " ".join(f.read().split()[:3])
    try:
        mem = open("/proc/meminfo").read()
        info["mem"] = "%.1f GB" % (int(re.search(r"MemTotal:\s+(\d+)", mem).group(1)) / 1024 / 1024)
    except (OSError, AttributeError):
        info["mem"] = "?"
    java = "java"
    try:
        import json
        from jupyter_client.kernelspec import KernelSpecManager
        spec = KernelSpecManager().get_kernel_spec("easel")
        java = spec.argv[0] if "java" in os.path.basename(spec.argv[0]) else java
    except Exception:  # noqa: BLE001 - machine info is best effort
        pass
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr.splitlines()
        info["jdk"] = out[0] if out else "?"
    except OSError:
        info["jdk"] = "?"
    import matplotlib
    import ipykernel
    info["python"] = "%s (%s)" % (platform.python_version(), sys.executable)
    info["mpl"] = matplotlib.__version__
    info["ipykernel"] = ipykernel.__version__
    info["os"] = "%s %s" % (platform.system(), platform.release())
    return info


def table(rows):
    out = ["| race | Easel | matplotlib | ratio | goal | notes |", "|---|---:|---:|---|---|---|"]
    for race, e, m, unit, goal, _, notes in rows:
        notes = " ".join(notes.split()).replace("|", "/")
        out.append("| %s | %s | %s | %s | %s | %s |" % (race, fmt(e, unit), fmt(m, unit), ratio(e, m, unit), goal,
                                                        notes))
    return "\n".join(out)


BEGIN, END = "<!-- race:begin (written by bench/race.py) -->", "<!-- race:end -->"


def write_results(text):
    path = os.path.join(HERE, "RESULTS.md")
    with open(path) as f:
        old = f.read()
    block = BEGIN + "\n" + text.rstrip() + "\n" + END
    if BEGIN in old and END in old:
        new = old[:old.index(BEGIN)] + block + old[old.index(END) + len(END):]
    else:
        new = block + "\n\n" + old
    with open(path, "w") as f:
        f.write(new)


def main():
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    before = machine()
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    t_start = time.time()
    race = Race()
    print("Races (%s mode), Easel | matplotlib:" % ("quick" if QUICK else "full"), flush=True)
    try:
        race.starts()  # always: it opens the two kernels the other races use
        for side, setup in ((EASEL, EASEL_SETUP), (MPL, MPL_SETUP)):
            race.kernels[side].run(setup, timeout=300)
        race.requests()
        if "memory" in ONLY:
            race.memory_and_growth()
        if "bundles" in ONLY:
            race.warm_bundles()
        if "saves" in ONLY:
            race.save_files()
        if "scatters" in ONLY:
            race.scatters()
        if "live" in ONLY:
            race.live()
        status = race.kernels[EASEL].run("%renderer status").stdout.strip()
    finally:
        for k in race.kernels.values():
            stop(k)
    after = machine()
    command = " ".join(["bash bench/race.sh"] + sys.argv[1:])
    text = []
    text.append("## Easel against matplotlib, side by side (bench/race.sh)\n")
    text.append("Command: `%s` (from the repository root). Run %s, %.0f s. Both kernels driven by Debian's "
                "`jupyter_client` in one run, races alternating which side goes first; a ratio compares the two "
                "numbers of this run. Easel: default kernelspec from `install.py` (renderer prestarted, PNG at "
                "scale 2). matplotlib: a fresh ipykernel (kernelspec `python3`), `%%matplotlib inline`, figures "
                "600x400 CSS px (retina PNG 1200x800), as Easel's.\n" % (command, started, time.time() - t_start))
    text.append("Machine: %d CPUs, %s RAM, %s; load average %s at the start, %s at the end (shared with other "
                "builds); %s; Python %s, matplotlib %s, ipykernel %s.\n" % (
                    before["cpus"], before["mem"], before["os"], before["load"], after["load"], before["jdk"],
                    before["python"], before["mpl"], before["ipykernel"]))
    text.append(table(race.rows) + "\n")
    text.append("Ratios: time rows say how much faster Easel is (matplotlib's time over Easel's); memory rows how "
                "much more Easel holds. Counts: %s.\n" % ", ".join("%s=%s" % kv for kv in COUNTS.items()))
    text.append("Easel's `%%renderer status` at the end:\n\n```\n%s\n```\n" % status)
    report = "\n".join(text)
    print("\n" + report)
    if not QUICK and not PARTIAL:
        write_results(report)
        print("bench/RESULTS.md: race section written.")


if __name__ == "__main__":
    main()
