#!/usr/bin/env bash
# Runs every benchmark in one JMH run on one corpus, then the NDJSON heap check, and writes
# benchmarks/results/results-<date>.md with the ratios on its last lines.
# Usage: benchmarks/run.sh [extra JMH options, e.g. -wi 2 -i 3]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests -pl benchmarks -am package
jar=benchmarks/target/benchmarks.jar
out=benchmarks/results
work=$(mktemp -d)
mkdir -p "$out"
stamp=$(date -u +%Y-%m-%d)

{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //') ($(nproc) cores)"
  echo "memory: $(free -g | awk '/Mem:/ {print $2 " GiB"}')"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$work/machine.txt"

java -jar "$jar" CodecBenchmark -prof gc -rf json -rff "$work/jmh.json" "$@" | tee "$work/jmh.txt"

java -cp "$jar" io.github.minutebook.benchmarks.NdjsonHeap write "$work/corpus.ndjson" 200
java -Xmx64m -Xlog:gc:file="$work/gc.log" -cp "$jar" io.github.minutebook.benchmarks.NdjsonHeap read "$work/corpus.ndjson"

java -cp "$jar" io.github.minutebook.benchmarks.Report "$work/jmh.json" "$work/gc.log" "$work/machine.txt" "$out/results-$stamp.md"
cp "$work/jmh.txt" "$out/jmh-$stamp.txt"
rm -f "$work/corpus.ndjson"
echo "results: $out/results-$stamp.md"
