#!/usr/bin/env bash
# Builds the renderer, its manager and this harness, then runs the benchmark and prints Markdown.
# Usage: bench/run.sh [--iterations N] [--cold N]     (from anywhere; MVN_FLAGS=-o for offline builds)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B ${MVN_FLAGS:-} -pl plot,protocol,renderer,renderer-manager,bench package -DskipTests >&2
exec java -Xmx512m \
    -Deasel.renderer.classpath="$PWD/renderer/target/dist/*" \
    -cp "$PWD/bench/target/dist/*" io.easel.bench.RendererBench "$@"
