#!/usr/bin/env bash
# Records, in load order, the classes the jar preloads on a second core (src/main/resources/io/configconformance/cli/):
# emulator-classes.txt, what an emulator loads from start-up to its first answers, and suite-classes.txt, what a
# whole `run` loads beyond that (Cucumber, formatters, validators, client).
# Re-run it after a dependency upgrade; ClassPreloaderTest fails when too much of a list has gone stale.
# Usage: bench/record-preload-list.sh   (after `mvn -B -q package -DskipTests`)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/config-conformance.jar
log=target/benchmark/class-load.log
list=src/main/resources/io/configconformance/cli/emulator-classes.txt
suite_list=src/main/resources/io/configconformance/cli/suite-classes.txt
run_log=target/benchmark/run-class-load.log
mkdir -p target/benchmark
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
java -Dconformance.preload=false -Xlog:class+load:file="$log" -jar "$jar" emulator --port "$port" > /dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
# An API request without credentials takes the whole path of a signed one up to the error envelope.
api="http://127.0.0.1:$port/?Action=GetConfigurationRecorder&Version=2020-09-07&Format=JSON"
for _ in $(seq 100); do curl -s -o /dev/null "$api" && break; sleep 0.1; done
curl -s -o /dev/null "$api&Format=XML"
kill $pid; wait $pid 2>/dev/null || true
# Classes from the jar and the runtime image that class data sharing does not already hold; no generated classes.
loaded() {
  grep -E "source: (file:.*config-conformance\.jar|jrt:/)" "$1" | awk '{print $2}' | grep -v -E '\$\$Lambda|LambdaForm|/0x'
}
loaded "$log" > "$list"
echo "$(wc -l < "$list") classes recorded in $list"
# A whole run at one thread, in the JVM `run` relaunches itself in (-XX: options keep it from relaunching).
java -XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=0.1 -XX:+UseSerialGC -Dconformance.preload=false -Xlog:class+load:file="$run_log" \
  -jar "$jar" run --threads 1 --reports target/benchmark/record-run > /dev/null
loaded "$run_log" | awk 'NR == FNR { seen[$0] = 1; next } !seen[$0]' "$list" - > "$suite_list"
echo "$(wc -l < "$suite_list") classes recorded in $suite_list"
