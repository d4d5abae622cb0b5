#!/usr/bin/env bash
# Runs the whole suite N times (default 10) in parallel mode against the embedded emulator and compares the
# per-scenario results of every run with the first: the results must not depend on the interleaving.
# Usage: bench/repeat-runs.sh [runs] [threads]   (after `mvn -B -q package -DskipTests`)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
threads=${2:-$(nproc)}
out=target/benchmark/repeat
rm -rf "$out" && mkdir -p "$out"
for i in $(seq 1 "$runs"); do
  java -jar target/config-conformance.jar run --threads "$threads" --reports "$out/$i" > "$out/$i.log" 2>&1 || true
  # One line per scenario: its name and verdict, sorted, from the JUnit XML.
  python3 - "$out/$i/cucumber-junit.xml" > "$out/$i.results" <<'PY'
import sys, xml.etree.ElementTree as ET
for case in ET.parse(sys.argv[1]).getroot().iter('testcase'):
    verdict = 'failed' if case.find('failure') is not None or case.find('error') is not None else \
              'skipped' if case.find('skipped') is not None else 'passed'
    print(case.get('classname') + ' :: ' + case.get('name') + ' :: ' + verdict)
PY
  sort -o "$out/$i.results" "$out/$i.results"
  echo "run $i: $(grep -c ' :: passed$' "$out/$i.results") passed, $(grep -c ' :: failed$' "$out/$i.results" || true) failed, $(tail -1 "$out/$i.log" | cut -c1-200)"
done
same=0
for i in $(seq 2 "$runs"); do
  if cmp -s "$out/1.results" "$out/$i.results"; then same=$((same + 1)); else echo "run $i differs from run 1:"; diff "$out/1.results" "$out/$i.results" | head -20; fi
done
echo "$((same + 1)) of $runs runs identical to run 1 ($(wc -l < "$out/1.results") scenarios, $threads threads)"
[ "$same" -eq $((runs - 1)) ]
