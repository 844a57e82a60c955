#!/usr/bin/env bash
# Resident memory of the site as the container image runs it (its /app laid out as the Dockerfile does, started with
# its ENTRYPOINT and environment: prod profile, JDK_JAVA_OPTIONS, so the EPUB and PDF are made at start too), after
# every page was rendered, and at its peak under load (wrk, 64 connections, the eight-page mix with and without
# gzip, then searches). Docker is not needed; only 127.0.0.1 is used; the process started here is stopped.
# Usage: bench/memory.sh [seconds]   (APP_JAR=path to measure another jar)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
seconds="${1:-30}"
port=18082
work="$(pwd)/target/bench/memory"
image="$(pwd)/target/bench/image"
mkdir -p "$work"
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)"; exit 2; }

jar="${APP_JAR:-$(app_jar)}"
image_layout "$jar" "$image"
mapfile -t environment < <(image_env)
mapfile -t command < <(image_command)

(cd "$image" && exec env "${environment[@]}" SERVER_PORT=$port SITE_BASE_URL="http://127.0.0.1:$port" "${command[@]}") \
	> "$work/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
until [ "$(curl -s "http://127.0.0.1:$port/actuator/health/readiness")" = '{"status":"UP"}' ]; do
	kill -0 $pid 2>/dev/null || { tail -n 20 "$work/app.log"; exit 1; }
	sleep 0.2
done
for path in / /course /course/introduction /course/timeline /course/instruction-tuning /course/reward-modeling \
	/course/dpo /course/rlvr /course/notation /profile /essay /ja/essay /course/rlhf-course.epub \
	/course/rlhf-course.pdf; do
	curl -s -o /dev/null "http://127.0.0.1:$port$path"
done
rss() { awk -v key="$1" '$1 == key":" { printf "%.0f", $2 / 1024 }' "/proc/$pid/status"; }
echo "after full render (and the EPUB and PDF): RSS $(rss VmRSS) MB"

cat > "$work/mix.lua" <<'LUA'
local paths = { "/", "/course", "/course/introduction", "/course/dpo", "/course/rlvr", "/profile", "/essay",
  "/ja/essay", "/search?q=reward", "/search.json?q=policy" }
local i = 0
request = function()
  i = i + 1
  local headers = {}
  if i % 2 == 0 then headers["Accept-Encoding"] = "gzip" end
  return wrk.format("GET", paths[(i % #paths) + 1], headers)
end
LUA
wrk -t2 -c64 -d"${seconds}s" -s "$work/mix.lua" "http://127.0.0.1:$port" > "$work/wrk.txt"
echo "under load ($(awk '/Requests\/sec/ { print $2 }' "$work/wrk.txt") req/s): RSS $(rss VmRSS) MB, peak $(rss VmHWM) MB (goal <= 512 MB)"
