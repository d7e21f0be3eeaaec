#!/usr/bin/env bash
# JMH microbenchmarks of the renderer's hot paths (io.easel.renderer.engine.EncoderBenchmarks): Lets-Plot layout,
# direct paint, SVG text, JSVG parse, PNG encoder, for the warm 1,000-point line. Extra arguments go to JMH, e.g.
#   bash bench/jmh.sh pngEncode          # one benchmark
#   bash bench/jmh.sh -wi 1 -i 2         # fewer iterations
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B ${MVN_FLAGS:-} -pl plot,protocol,renderer,renderer-manager,bench -am package -DskipTests >&2
cp="$PWD/bench/target/classes:$PWD/bench/target/dist/*:$PWD/renderer/target/dist/*"
exec java -cp "$cp" org.openjdk.jmh.Main EncoderBenchmarks "$@"
