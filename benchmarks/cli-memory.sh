#!/usr/bin/env bash
# Shows that the minutebook command's memory stays flat however large its input: writes about
# 1 GB of NDJSON (the benchmark corpus, repeated), validates it under -Xmx128m with a GC log, and
# writes benchmarks/results/cli-memory-<date>.txt with the largest heap left after a collection.
# Usage: benchmarks/cli-memory.sh [megabytes, default 1000]
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-1000}
mvn -q -B -DskipTests -pl benchmarks,cli -am package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=benchmarks/results
mkdir -p "$out"
result="$out/cli-memory-$(date -u +%Y-%m-%d).txt"

java -cp benchmarks/target/benchmarks.jar io.github.minutebook.benchmarks.NdjsonHeap write "$work/big.ndjson" "$mb"
bytes=$(stat -c %s "$work/big.ndjson")
start=$(date +%s.%N)
set +e
/usr/bin/env time -f "%M %P" -o "$work/time.txt" \
  java -Xmx128m -Xlog:gc:file="$work/gc.log" -jar cli/target/minutebook.jar validate --quiet "$work/big.ndjson"
code=$?
set -e
end=$(date +%s.%N)
# lines such as "[1.234s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 60M->12M(128M) 3.456ms"
after=$(grep -oE '[0-9]+M->[0-9]+M' "$work/gc.log" | sed -E 's/.*->([0-9]+)M/\1/' | sort -n | tail -1)
collections=$(grep -cE '[0-9]+M->[0-9]+M' "$work/gc.log" || true)
read -r rss cpu < <(tail -n 1 "$work/time.txt")
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //') ($(nproc) cores)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "input: $bytes bytes of NDJSON"
  echo "command: java -Xmx128m -jar cli/target/minutebook.jar validate --quiet big.ndjson"
  echo "exit code: $code"
  echo "wall time: $(echo "$end - $start" | bc) s, CPU $cpu"
  echo "garbage collections: $collections"
  echo "largest heap after a collection: ${after} MB (of 128 MB allowed)"
  echo "largest resident set: $((rss / 1024)) MB"
} | tee "$result"
[ "$code" -eq 0 ]
