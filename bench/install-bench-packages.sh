#!/usr/bin/env bash
# Installs what bench/race.sh compares Easel with (Debian's matplotlib and ipykernel, run by /usr/bin/python3), with
# the project's one installer. Present packages are skipped.
set -euo pipefail
exec bash "$(dirname "$0")/../scripts/install-system-packages.sh" --with-bench
