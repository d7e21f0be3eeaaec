#!/usr/bin/env bash
# Easel against matplotlib, side by side in one run, through Debian's jupyter_client (bench/race.py).
# Usage: bash bench/race.sh [--quick] [--only RACES] [--starts N] [--growth N]
#   full:    builds (mvn package), installs the easel kernelspec into a temporary prefix, runs every race with
#            full counts, prints the table and writes the race section of bench/RESULTS.md (about 15-25 minutes)
#   --quick: small counts, a smoke test for CI; builds only when the jars are missing, writes nothing, and exits 0
#            whatever the ratios (it fails only when the bench itself breaks)
#   --only starts,memory (of starts, memory, bundles, saves, scatters, live), --starts N (fresh kernels per side),
#   --growth N (figures after the memory snapshot): some races only, with the jars as built; writes nothing
# EASEL_INSTALL_OPTS adds options to install.py (e.g. "--kernel-jvm-opts '-XX:TieredStopAtLevel=1'") to try a lever.
# Needs Debian's python3-matplotlib, python3-munkres, python3-ipykernel: bench/install-bench-packages.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
quick=""
partial=""
for arg in "$@"; do
  case "$arg" in
    --quick) quick="--quick" ;;
    --only|--only=*|--starts|--starts=*|--growth|--growth=*) partial=1 ;;
  esac
done

bash bench/install-bench-packages.sh
if [ -z "$quick" ] && [ -z "$partial" ]; then
  echo "== Build (mvn package)"
  mvn -B -ntp -q ${MVN_FLAGS:-} package -DskipTests
fi
prefix="$(mktemp -d /tmp/easel-bench-prefix.XXXXXX)"
trap 'rm -rf "$prefix"' EXIT
echo "== Install the easel kernelspec into $prefix"
eval "/usr/bin/python3 install.py --prefix \"\$prefix\" ${EASEL_INSTALL_OPTS:-}" >/dev/null
export JUPYTER_PATH="$prefix/share/jupyter"
export PYDEVD_DISABLE_FILE_VALIDATION=1
export EASEL_LOG_LEVEL="${EASEL_LOG_LEVEL:-warn}"
echo "== Races"
/usr/bin/python3 bench/race.py "$@"
