"""The example notebooks, executed headless by Debian's `jupyter nbconvert --execute` with the Easel kernel."""
import json
import os
import subprocess

from conftest import ROOT

NBCONVERT = ["/usr/bin/jupyter", "nbconvert"]


def execute(notebook, out_dir, *extra):
    subprocess.run(NBCONVERT + ["--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=300",
                                "--output-dir", str(out_dir), *extra, os.path.join(ROOT, "notebooks", notebook)],
                   check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
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


def test_quickstart_exports_to_pdf_with_every_figure(easel_prefix, tmp_path):
    execute("quickstart.ipynb", tmp_path)
    subprocess.run(NBCONVERT + ["--to", "pdf", "--SVG2PDFPreprocessor.enabled=False", "--output-dir", str(tmp_path),
                                str(tmp_path / "quickstart.ipynb")], check=True,
                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    pdf = tmp_path / "quickstart.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    images = subprocess.run(["pdfimages", "-list", str(pdf)], check=True, stdout=subprocess.PIPE, text=True).stdout
    assert len(images.strip().splitlines()) - 2 == 4, images
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, stdout=subprocess.PIPE, text=True).stdout
    assert "Easel quickstart" in text and "Hello, Easel!" in text
