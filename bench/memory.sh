#!/usr/bin/env bash
# Resident memory of the jar after the full render, and at its peak under load (wrk, 64 connections).
# Usage: bench/memory.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
seconds="${1:-30}"
port=18082
jar=$(app_jar)
mkdir -p target/bench
"$java" "${jvm_flags[@]}" -Xmx256m -Xss512k -XX:MaxMetaspaceSize=192m \
	-jar "$jar" --server.port=$port --server.address=127.0.0.1 > target/bench/memory-app.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health"; do sleep 0.2; done
for path in / /course /course/introduction /course/timeline /course/instruction-tuning /course/reward-modeling \
	/course/dpo /course/rlvr /course/notation /profile /essay /ja/essay; do
	curl -sf -o /dev/null "http://127.0.0.1:$port$path"
done
rss() { awk -v key="$1" '$1 == key":" { printf "%.0f", $2 / 1024 }' "/proc/$pid/status"; }
echo "after full render: RSS $(rss VmRSS) MB"
wrk -t2 -c64 -d"${seconds}s" -H 'Accept-Encoding: gzip' "http://127.0.0.1:$port/course/dpo" >/dev/null
echo "under load: RSS $(rss VmRSS) MB, peak $(rss VmHWM) MB (goal <= 512 MB)"
