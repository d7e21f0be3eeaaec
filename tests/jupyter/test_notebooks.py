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
    assert not [o for cell in cells for o in cell if o["output_type"] == "error"]
    texts = json.dumps(cells)
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
    """(width, height) in pixels of every image pdfimages finds."""
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], check=True, stdout=subprocess.PIPE,
                             text=True).stdout
    return [(int(cols[3]), int(cols[4])) for cols in (line.split() for line in listing.splitlines()[2:])]


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
