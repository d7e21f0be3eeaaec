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
