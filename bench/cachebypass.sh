#!/usr/bin/env bash
# Can a request force a render? wrk against one chapter as readers ask for it, then with a new query string on
# every request (/course/dpo?x=N), then with a new Host header on every request, then with a new
# X-Forwarded-Host from 127.0.0.1. Pages do not depend on any of these, so all four should be served from the page
# cache at about the same rate. Prints requests/s, p99 and errors for each and the ratio to the plain run.
# Only 127.0.0.1 is used; the jar started here is stopped at the end.
# Usage: bench/cachebypass.sh [seconds] [connections]    (JAR=path/to/other.jar compares another build)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
seconds="${1:-10}"
connections="${2:-32}"
port=18085
work="$(pwd)/target/bench/cachebypass"
rm -rf "$work" && mkdir -p "$work"
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)"; exit 2; }
jar="${JAR:-$(app_jar)}"

"$java" "${jvm_flags[@]}" -Xmx512m -jar "$jar" --server.port=$port --server.address=127.0.0.1 > "$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do sleep 0.5; done

# One script, four ways of asking for the same page; MODE picks the way.
cat > "$work/bypass.lua" <<'LUA'
local mode = os.getenv("MODE")
local n = 0
request = function()
  n = n + 1
  local headers = { ["Accept-Encoding"] = "gzip", ["Accept"] = "text/html" }
  local path = "/course/dpo"
  if mode == "query" then
    path = path .. "?x=" .. n .. "-" .. math.random(1, 1000000000)
  elseif mode == "host" then
    headers["Host"] = "h" .. n .. "-" .. math.random(1, 1000000000) .. ".example"
  elseif mode == "forwarded" then
    headers["X-Forwarded-Host"] = "f" .. n .. "-" .. math.random(1, 1000000000) .. ".example"
  end
  return wrk.format("GET", path, headers)
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.3f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(99) / 1000, summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout, summary.requests))
end
LUA

run() {
	MODE=$1 wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s -s "$work/bypass.lua" "http://127.0.0.1:$port" \
		| grep '^RESULT'
}
# Warm-up: the plain page renders once and JIT compiles the serving path.
MODE=plain wrk -t2 -c"$connections" -d3s -s "$work/bypass.lua" "http://127.0.0.1:$port" >/dev/null
read -r _ plain_rps plain_p99 plain_errors plain_requests <<<"$(run plain)"
printf '%-28s %10s req/s  p99 %8s ms  %s errors of %s\n' "plain /course/dpo" "$plain_rps" "$plain_p99" \
	"$plain_errors" "$plain_requests"
for mode in query host forwarded; do
	read -r _ rps p99 errors requests <<<"$(run $mode)"
	printf '%-28s %10s req/s  p99 %8s ms  %s errors of %s  (%s of plain)\n' "new $mode per request" "$rps" "$p99" \
		"$errors" "$requests" "$(awk -v a="$rps" -v b="$plain_rps" 'BEGIN { printf "%.2f", a / b }')"
done
