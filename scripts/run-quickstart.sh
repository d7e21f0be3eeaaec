#!/usr/bin/env bash
# The main job on a fresh machine: install what is missing, build Easel, install the kernel for this user, execute
# notebooks/quickstart.ipynb headless with the Easel kernel, and write the executed notebook and its PDF to
# notebooks/out/.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-system-packages.sh
mvn -q -B package -DskipTests
/usr/bin/python3 install.py --user

export PYDEVD_DISABLE_FILE_VALIDATION=1
mkdir -p notebooks/out
/usr/bin/jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=600 \
  --output-dir notebooks/out notebooks/quickstart.ipynb
# Plain `--to pdf`: every figure carries its own PDF, which nbconvert's LaTeX template includes as it is (vector,
# searchable text), so nbconvert never looks for inkscape to convert the SVGs. The PDF lands next to the notebook.
/usr/bin/jupyter nbconvert --to pdf notebooks/out/quickstart.ipynb
echo "Executed notebook: notebooks/out/quickstart.ipynb"
echo "PDF:               notebooks/out/quickstart.pdf"
