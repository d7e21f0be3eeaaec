#!/usr/bin/env bash
# Where the renderer's time goes, stage by stage, and the physical floors (io.easel.renderer.engine.StageProfile),
# plus the JVM start and class-loading floors. Prints Markdown. Usage: bash bench/profile.sh [--quick]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B ${MVN_FLAGS:-} -pl plot,protocol,renderer,renderer-manager,bench package -DskipTests >&2
cp="$PWD/bench/target/classes:$PWD/bench/target/dist/*:$PWD/renderer/target/dist/*"
java -Xmx1g -XX:+UseSerialGC -Djava.awt.headless=true \
    -Deasel.renderer.classpath="$PWD/renderer/target/dist/*" \
    -cp "$cp" io.easel.renderer.engine.StageProfile "$@"

# JVM floors: an empty JVM, and the class loading the renderer's first figure costs (in a fresh JVM, no archive)
t() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
echo "| JVM floor | ms |"
echo "|---|---:|"
echo "| \`java -version\` (JVM start and exit, default CDS archive) | $(t java -Xshare:auto -version) |"
echo "| \`java -Xshare:off -version\` | $(t java -Xshare:off -version) |"
echo
