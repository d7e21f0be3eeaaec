"""The example notebooks, executed headless by Debian's `jupyter nbconvert --execute` with the Easel kernel."""
import json
import os
import subprocess

from conftest import ROOT
from test_figures import pdf_fonts

NBCONVERT = ["/usr/bin/jupyter", "nbconvert"]


def execute(notebook, out_dir, *extra, env=None):
    subprocess.run(NBCONVERT + ["--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=300",
                                "--output-dir", str(out_dir), *extra, os.path.join(ROOT, "notebooks", notebook)],
                   check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    with open(os.path.join(str(out_dir), notebook)) as f:
        return json.load(f)


def outputs(nb):
    return [c["outputs"] for c in nb["cells"] if c["cell_type"] == "code"]


def test_quickstart_executes_with_every_cell_producing_output(easel_prefix, tmp_path):
    nb = execute("quickstart.ipynb", tmp_path)
    cells = outputs(nb)
    assert all(cells), "a code cell produced no output"
    # exactly the one error the notebook shows on purpose, with what happened and where
    errors = [o for cell in cells for o in cell if o["output_type"] == "error"]
    assert len(errors) == 1 and "ArrayIndexOutOfBoundsException" in errors[0]["ename"], errors
    assert "line 2" in json.dumps(errors[0]["traceback"]), errors[0]["traceback"]
    texts = json.dumps(cells)
    assert "Figures: formats=png,svg,pdf size=auto scale=2 max-svg=1MB" in texts
    assert "left 1 thread running" not in texts
    assert os.path.getsize(os.path.join(ROOT, "notebooks", "out", "quickstart-groups.svg")) > 1000
    assert "Hello, Easel!" in texts
    assert "Lyon > Graz > Porto" in texts
    assert "Wall time" in texts
    # updateDisplay rewrote the earlier display in place
    assert "done: 3 cities" in texts and "working..." not in texts
    figures = [o for cell in cells for o in cell if o["output_type"] == "display_data" and "image/png" in o["data"]]
    assert len(figures) == 4
    assert "Wrote out/quickstart-groups.png" in texts


QUICKSTART_FIGURE_TEXT = ["A sine wave", "t (s)", "sin t", "Population", "Porto", "2,000 normal samples",
                          "Three groups, one trend each", "gamma"]


def no_inkscape_env(tmp_path):
    """PATH with an `inkscape` that records being called: plain `--to pdf` must never need it."""
    bin_dir = tmp_path / "fake-bin"
    bin_dir.mkdir()
    fake = bin_dir / "inkscape"
    fake.write_text("#!/bin/sh\ntouch '%s'\nexit 1\n" % (tmp_path / "inkscape-was-called"))
    fake.chmod(0o755)
    return dict(os.environ, PATH=str(bin_dir) + os.pathsep + os.environ["PATH"])


def to_pdf(ipynb, env):
    """Plain `jupyter nbconvert --to pdf`, no extra flags, as a user would type it."""
    r = subprocess.run(NBCONVERT + ["--to", "pdf", str(ipynb)], env=env, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True)
    assert r.returncode == 0, r.stderr[-3000:]
    pdf = ipynb.with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF-")
    return pdf


def pdf_images(pdf):
    """(width, height) in pixels of every image pdfimages finds (an image's alpha mask is not counted again)."""
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], check=True, stdout=subprocess.PIPE,
                             text=True).stdout
    return [(int(cols[3]), int(cols[4])) for cols in (line.split() for line in listing.splitlines()[2:])
            if cols[2] == "image"]


def pdf_text(pdf):
    return subprocess.run(["pdftotext", str(pdf), "-"], check=True, stdout=subprocess.PIPE, text=True).stdout


def test_quickstart_exports_to_pdf_with_vector_figures_and_no_inkscape(easel_prefix, tmp_path):
    env = no_inkscape_env(tmp_path)
    execute("quickstart.ipynb", tmp_path)
    pdf = to_pdf(tmp_path / "quickstart.ipynb", env)
    assert not (tmp_path / "inkscape-was-called").exists()
    # every figure went in as the PDF the kernel rendered: no raster image anywhere, and its text is text
    assert pdf_images(pdf) == []
    text = pdf_text(pdf)
    assert "Easel quickstart" in text and "Hello, Easel!" in text
    for label in QUICKSTART_FIGURE_TEXT:
        assert label in text, label
    # LaTeX embeds its own fonts; the figures bring DejaVu Sans, embedded too (pdf_fonts checks every one)
    assert "DejaVuSans" in pdf_fonts(pdf)


def test_quickstart_with_png_figures_exports_every_figure_as_an_image_of_its_size(easel_prefix, tmp_path):
    env = no_inkscape_env(tmp_path)
    # the kernel-wide setting reaches the kernel through nbconvert's environment, as install.py's would
    execute("quickstart.ipynb", tmp_path, env=dict(env, EASEL_FIGURE_FORMATS="png"))
    pdf = to_pdf(tmp_path / "quickstart.ipynb", env)
    # scale 2: three figures at the default 600 x 400 CSS pixels and the 800 x 360 grammar figure
    assert sorted(pdf_images(pdf)) == sorted([(1200, 800)] * 3 + [(1600, 720)])


def figure_outputs(nb):
    return [o for cell in outputs(nb) for o in cell
            if o["output_type"] in ("display_data", "execute_result") and "image/png" in o["data"]]


def to_html_figure_count(ipynb):
    """How many figures `jupyter nbconvert --to html` shows (as inline SVG or as an image)."""
    subprocess.run(NBCONVERT + ["--to", "html", str(ipynb)], check=True, stdout=subprocess.PIPE,
                   stderr=subprocess.PIPE)
    html = ipynb.with_suffix(".html").read_text()
    return html.count('class="jp-RenderedSVG') + html.count('class="jp-RenderedImage')


GALLERY_TITLES = ["Quick line", "Quick scatter", "Quick bar", "Quick histogram", "Quick area", "Quick density",
                  "Quick box plot", "Quick heatmap", "Points, lines, a smooth and reference lines",
                  "Violin and box plot", "Area and step", "Columns, labels and error bars",
                  "Tiles with a viridis scale", "geom_raster: crisp cells", "facet_wrap", "facet_grid",
                  "theme_minimal", "theme_classic", "theme_grey", "theme_none", "One panel per group"]


def check_executed(nb):
    cells = outputs(nb)
    errors = [o for cell in cells for o in cell if o["output_type"] == "error"]
    assert not errors, errors
    # no pool thread of the renderer counts as something a cell left running
    assert "left 1 thread running" not in json.dumps(cells)
    return figure_outputs(nb)


def test_gallery_executes_and_every_figure_reaches_the_pdf_as_vector_and_the_html(easel_prefix, tmp_path):
    env = no_inkscape_env(tmp_path)
    figures = check_executed(execute("gallery.ipynb", tmp_path))
    assert len(figures) == len(GALLERY_TITLES)
    assert all({"image/png", "image/svg+xml", "application/pdf"} <= set(f["data"]) for f in figures)
    pdf = to_pdf(tmp_path / "gallery.ipynb", env)
    # the only image in the PDF is geom_raster's own 3 x 2 cells, inside its vector figure
    assert pdf_images(pdf) == [(3, 2)]
    text = pdf_text(pdf)
    for title in GALLERY_TITLES:
        assert title in text, title
    assert "DejaVuSans" in pdf_fonts(pdf)
    assert to_html_figure_count(tmp_path / "gallery.ipynb") == len(GALLERY_TITLES)


def test_export_notebook_writes_all_six_formats_and_converts(easel_prefix, tmp_path):
    env = no_inkscape_env(tmp_path)
    nb = execute("export.ipynb", tmp_path)
    figures = check_executed(nb)
    assert len(figures) == 1
    written = os.path.join(ROOT, "notebooks", "out")
    for name in ["export.png", "export.jpg", "export.webp", "export.svg", "export.pdf", "export.eps",
                 "small.svg", "small.pdf", "small-saved.png"]:
        assert os.path.getsize(os.path.join(written, name)) > 1000, name
    assert pdf_fonts(os.path.join(written, "export.pdf")) == {"DejaVuSans"}
    pdf = to_pdf(tmp_path / "export.ipynb", env)
    assert pdf_images(pdf) == []
    assert "Damped oscillation" in pdf_text(pdf)
    assert to_html_figure_count(tmp_path / "export.ipynb") == 1


def test_big_data_keeps_huge_figures_as_png_in_the_notebook_and_the_pdf(easel_prefix, tmp_path):
    env = no_inkscape_env(tmp_path)
    figures = check_executed(execute("big-data.ipynb", tmp_path))
    assert len(figures) == 3
    scatter, walk, histogram = figures
    for huge in (scatter, walk):
        assert set(huge["data"]) == {"image/png", "text/plain"}, set(huge["data"])
        assert "SVG and PDF left out of the notebook" in "".join(huge["data"]["text/plain"])
    assert "application/pdf" in histogram["data"], "a histogram of 1M samples is a few bars: vector stays"
    pdf = to_pdf(tmp_path / "big-data.ipynb", env)
    assert pdf_images(pdf) == [(1200, 800), (1200, 800)]
    text = pdf_text(pdf)
    assert "Histogram of 1,000,000 samples" in text and "100,000 points" in text
    assert to_html_figure_count(tmp_path / "big-data.ipynb") == 3


def test_quickstart_html_shows_every_figure(easel_prefix, tmp_path):
    execute("quickstart.ipynb", tmp_path)
    assert to_html_figure_count(tmp_path / "quickstart.ipynb") == 4


def test_live_notebook_saves_the_last_frames_and_converts_to_pdf_and_html(easel_prefix, tmp_path):
    env = no_inkscape_env(tmp_path)
    figures = check_executed(execute("live.ipynb", tmp_path))
    assert len(figures) == 2
    pdf = to_pdf(tmp_path / "live.ipynb", env)
    assert not (tmp_path / "inkscape-was-called").exists()
    assert pdf_images(pdf) == []
    text = pdf_text(pdf)
    # the saved figures are the last frames of both simulations
    assert "Heat on a rod, step 2000" in text and "SIR model, day 160" in text
    assert to_html_figure_count(tmp_path / "live.ipynb") == 2
