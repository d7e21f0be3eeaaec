#!/usr/bin/env bash
# What CURVE costs a reply on the renderer socket (io.easel.bench.CurveCost): builds the renderer, its manager and
# this harness, renders the two replies once, then times moving them with and without CURVE. Prints Markdown.
# Usage: bench/curve-cost.sh [--iterations N]     (from anywhere; MVN_FLAGS=-o for offline builds)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B ${MVN_FLAGS:-} -pl plot,protocol,renderer,renderer-manager,bench package -DskipTests >&2
uptime
exec java -Xmx1g \
    -Deasel.renderer.classpath="$PWD/renderer/target/dist/*" \
    -cp "$PWD/bench/target/dist/*" io.easel.bench.CurveCost "$@"
