#!/usr/bin/env bash
# Runs every JMH benchmark with short settings and writes the results as JSON to
# benchmarks/results/<date>T<time>.json. Run from anywhere after building:
#   ./mvnw -B -q package -DskipTests && benchmarks/run.sh
# Extra arguments go to JMH, e.g. a name filter: benchmarks/run.sh LinkRoundTrip
# BENCH_CPUS=1 pins the benchmark JVMs to that CPU list (taskset -c), for steadier numbers.
# BENCH_OPTS replaces the short default settings, e.g. BENCH_OPTS="-f 3 -wi 3 -i 5". It is split
# on whitespace and quotes in it are not honoured: give arguments that hold spaces (quoted JVM
# arguments such as -jvmArgs "-Xmx1g -Xms1g") after the script's own arguments instead.
# The JVM is $JAVA_HOME/bin/java when JAVA_HOME is set, otherwise java from PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=benchmarks/target/benchmarks.jar
if [[ ! -f "$jar" ]]; then
    echo "run.sh: $jar not found; build it first: ./mvnw -B -q package -DskipTests" >&2
    exit 2
fi
pin=()
if [[ -n "${BENCH_CPUS:-}" ]]; then
    pin=(taskset -c "$BENCH_CPUS")
fi
mkdir -p benchmarks/results
out="benchmarks/results/$(date +%Y-%m-%dT%H%M%S).json"
read -r -a opts <<< "${BENCH_OPTS:--f 1 -wi 2 -i 3 -w 1s -r 1s}"
${pin[@]+"${pin[@]}"} "${JAVA_HOME:+$JAVA_HOME/bin/}java" -jar "$jar" "${opts[@]}" -rf json -rff "$out" "$@"
echo "results: $out"
