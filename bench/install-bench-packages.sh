#!/usr/bin/env bash
# Installs what bench/race.sh compares Easel with: Debian's matplotlib and ipykernel (run by /usr/bin/python3).
# python3-munkres is named so that apt does not pull scipy in for matplotlib's recommends. Present ones are skipped.
set -euo pipefail
PACKAGES=(python3-matplotlib python3-munkres python3-ipykernel python3-numpy)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
echo "Installing bench packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
APT_WAIT=(-o DPkg::Lock::Timeout=600)
$SUDO apt-get "${APT_WAIT[@]}" install -y -q --no-install-recommends "${missing[@]}" \
  || { $SUDO apt-get "${APT_WAIT[@]}" update -q && $SUDO apt-get "${APT_WAIT[@]}" install -y -q --no-install-recommends "${missing[@]}"; }
