#!/usr/bin/env bash
# Validates the same large NDJSON file with the command line and with the Beam example pipeline on
# the Direct runner, both under a heap smaller than the file, and compares their counts and speed:
# writes about 1 GB of NDJSON (the benchmark corpus repeated, with a record with a finding and an
# unreadable record after every 100 lines), runs `minutebook validate` and `BeamValidate` on it one after the other with
# -Xmx512m, and writes benchmarks/results/beam-memory-<date>-xmx<heap>.txt with both summaries, records per
# second, their ratio, and the largest heap left after a collection in the Beam run.
# Usage: benchmarks/beam-memory.sh [megabytes, default 1000] [heap, default 512m]
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-1000}
heap=${2:-512m}
[ -n "${SKIP_BUILD:-}" ] || mvn -q -B -DskipTests -pl benchmarks,cli,examples -am package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=benchmarks/results
mkdir -p "$out"
result="$out/beam-memory-$(date -u +%Y-%m-%d)-xmx$heap.txt"

java -cp benchmarks/target/benchmarks.jar io.github.minutebook.benchmarks.NdjsonHeap write "$work/corpus.ndjson" "$mb"
# after every 100 corpus lines, a meeting that ends before it starts (a finding) and a record
# whose date does not exist (unreadable), so that both count findings and unreadable records too
awk '{ print } NR % 100 == 0 {
  print "{\"minutebook\":\"3.0\",\"type\":\"meeting\",\"date\":\"2026-01-05\",\"startTime\":\"19:00\",\"endTime\":\"18:00\"}"
  print "{\"minutebook\":\"3.0\",\"type\":\"meeting\",\"date\":\"2026-02-30\"}" }' \
  "$work/corpus.ndjson" > "$work/big.ndjson"
rm "$work/corpus.ndjson"
bytes=$(stat -c %s "$work/big.ndjson")
lines=$(wc -l < "$work/big.ndjson")

# 1. the command line
start=$(date +%s.%N)
set +e
/usr/bin/env time -f "%M %P" -o "$work/cli-time.txt" \
  java "-Xmx$heap" -jar cli/target/minutebook.jar validate --no-progress --format json "$work/big.ndjson" \
  > "$work/cli.json"
cli_code=$?
set -e
end=$(date +%s.%N)
cli_seconds=$(echo "$end - $start" | bc)
python3 - "$work/cli.json" > "$work/cli-counts.txt" <<'PY'
import json, sys
summary = json.load(open(sys.argv[1]))["summary"]
for name in ["records", "valid", "invalid", "errors", "warnings", "notes", "findingsLeftOut"]:
    print(f"{name}: {summary[name]}")
for code in summary["byCode"]:
    print(f"  {code['code']}: {code['count']}")
PY

# 2. the Beam example on the Direct runner (encodability and immutability checks off: they are
# for tests, and copy every element)
start=$(date +%s.%N)
set +e
/usr/bin/env time -f "%M %P" -o "$work/beam-time.txt" \
  java "-Xmx$heap" -Xlog:gc:file="$work/gc.log" -cp examples/target/minutebook-examples.jar \
  io.github.minutebook.examples.BeamValidate --input="$work/big.ndjson" \
  --enforceEncodability=false --enforceImmutability=false > "$work/beam.txt" 2> "$work/beam-err.txt"
beam_code=$?
set -e
end=$(date +%s.%N)
beam_seconds=$(echo "$end - $start" | bc)
# the example names unreadable records apart; the command line counts them as json.unreadable errors
python3 - "$work/beam.txt" > "$work/beam-counts.txt" <<'PY'
import sys
counts, codes = {}, {}
for line in open(sys.argv[1]):
    name, _, value = line.strip().partition(": ")
    if not value.isdigit():
        continue
    (codes if line.startswith("  ") else counts)[name] = int(value)
codes["json.unreadable"] = codes.get("json.unreadable", 0) + counts.get("unreadable", 0)
counts["errors"] = counts.get("errors", 0) + counts.get("unreadable", 0)
for name in ["records", "valid", "invalid", "errors", "warnings", "notes", "findings-left-out"]:
    print(f"{'findingsLeftOut' if name == 'findings-left-out' else name}: {counts.get(name, 0)}")
for code in sorted(c for c in codes if codes[c]):
    print(f"  {code}: {codes[code]}")
PY
after=$(grep -oE '[0-9]+M->[0-9]+M' "$work/gc.log" | sed -E 's/.*->([0-9]+)M/\1/' | sort -n | tail -1)
records=$(grep -m1 '^records:' "$work/cli-counts.txt" | cut -d' ' -f2)
read -r cli_rss cli_cpu < <(tail -n 1 "$work/cli-time.txt")
read -r beam_rss beam_cpu < <(tail -n 1 "$work/beam-time.txt")
if diff "$work/cli-counts.txt" "$work/beam-counts.txt" > "$work/diff.txt"; then same=yes; else same=no; fi
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //') ($(nproc) cores, shared)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "input: $bytes bytes of NDJSON, $lines lines; heap: -Xmx$heap for both"
  echo
  echo "command line: java -Xmx$heap -jar cli/target/minutebook.jar validate --format json big.ndjson"
  echo "  exit code $cli_code, wall $cli_seconds s, CPU $cli_cpu, largest RSS $((cli_rss / 1024)) MB"
  echo "  records per second: $(echo "$records / $cli_seconds" | bc)"
  echo "beam (Direct runner): java -Xmx$heap -cp examples/target/minutebook-examples.jar io.github.minutebook.examples.BeamValidate --input=big.ndjson --enforceEncodability=false --enforceImmutability=false"
  echo "  exit code $beam_code, wall $beam_seconds s, CPU $beam_cpu, largest RSS $((beam_rss / 1024)) MB"
  echo "  records per second: $(echo "$records / $beam_seconds" | bc)"
  echo "  largest heap after a collection: ${after:-?} MB (of $heap allowed)"
  echo "ratio, Beam Direct runner / command line, records per second: $(echo "scale=3; $cli_seconds / $beam_seconds" | bc)"
  echo
  echo "counts match: $same"
  echo "command line:"; sed 's/^/  /' "$work/cli-counts.txt"
  echo "beam:"; sed 's/^/  /' "$work/beam-counts.txt"
  [ "$same" = yes ] || { echo "differences:"; cat "$work/diff.txt"; }
  [ -s "$work/beam-err.txt" ] && { echo "beam stderr (last lines):"; grep -v SLF4J "$work/beam-err.txt" | tail -5; } || true
} | tee "$result"
[ "$same" = yes ]
