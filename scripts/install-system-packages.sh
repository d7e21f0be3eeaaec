#!/usr/bin/env bash
# Installs the Debian packages Easel's notebooks and tests need on a machine that has only a JDK, Maven and Python:
# Jupyter (Debian's, driven with /usr/bin/python3), pytest, the Jupyter kernel conformance suite, tmux for the console test, DejaVu fonts (the face every
# figure is drawn and embedded in), LaTeX + pandoc for `nbconvert --to pdf`, poppler-utils to check the PDFs; with
# --with-browser (CI) also the classic notebook server with Debian's Chromium and chromedriver for the browser test;
# with --with-bench Debian's matplotlib and ipykernel, which bench/race.sh races against. Packages already present are skipped, so a second run is quick.
set -euo pipefail

PACKAGES=(
  jupyter-core jupyter-client jupyter-nbconvert jupyter-console python3-pytest python3-jupyter-kernel-test
  procps tmux fontconfig fonts-dejavu-core poppler-utils ghostscript
  texlive-xetex texlive-fonts-recommended texlive-plain-generic pandoc
)
for option in "$@"; do
  case "$option" in
    --with-browser) PACKAGES+=(jupyter-notebook chromium chromium-driver) ;;
    # what bench/race.sh compares Easel with; munkres named so that apt does not pull scipy in for matplotlib
    --with-bench) PACKAGES+=(python3-matplotlib python3-munkres python3-ipykernel python3-numpy) ;;
    *) echo "install-system-packages.sh: unknown option $option (known: --with-browser, --with-bench)" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "System packages: all present."
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# another apt run (unattended upgrades, a second CI job) may hold the dpkg lock: wait for it instead of failing
APT_WAIT=(-o DPkg::Lock::Timeout=600)
$SUDO apt-get "${APT_WAIT[@]}" update -q
$SUDO apt-get "${APT_WAIT[@]}" install -y -q --no-install-recommends "${missing[@]}"
