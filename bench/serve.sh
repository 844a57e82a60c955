#!/usr/bin/env bash
# Serving speed: the running jar against nginx serving the static export of the same site, same pages, same
# client (wrk, 2 threads, keep-alive), one after the other in one run. Four cases: the eight-page mix and the one
# large chapter (/course/introduction), each with gzip accepted and without compression (curl, crawlers, some
# proxies). Each case alternates app and nginx for a few rounds and keeps the best of each.
# Prints requests/s, p99 latency and errors for both servers and the ratio per case.
# Only 127.0.0.1 is used; every process started here is stopped at the end.
# Usage: bench/serve.sh [seconds] [connections] [rounds]
#   APP_JAR=path   the jar to measure (default: the packaged one)
#   APP_ARGS=...   extra arguments for the jar, e.g. --spring.threads.virtual.enabled=false
#   CASES="mix-gzip large-identity"   only these cases
#   WARMUP=8       seconds of load on the app per case before anything counts (the JIT needs more on a busy machine)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
seconds="${1:-5}"
connections="${2:-64}"
rounds="${3:-3}"
app_port=18080
nginx_port=18081
work="$(pwd)/target/bench/serve"
rm -rf "$work" && mkdir -p "$work"
command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "needs wrk and nginx (apt-get install wrk nginx)"; exit 2; }

jar="${APP_JAR:-$(app_jar)}"
# The flags the container image runs with (its ENTRYPOINT), so the bench measures what is deployed.
mapfile -t flags < <(image_jvm_flags)

# The export (with its EPUB and PDF, slow) is made again only when the jar is newer than it.
site="$(pwd)/target/bench/serve-site"
if [ ! -e "$site/index.html" ] || [ "$jar" -nt "$site/index.html" ]; then
	rm -rf "$site"
	"$java" "${flags[@]}" -jar "$jar" export --out="$site" --site.base-url="http://127.0.0.1:$app_port" > "$work/export.log" 2>&1
	# nginx at its best for a static site: files compressed once, ahead of time (gzip_static), as the app does.
	find "$site" -type f \( -name '*.html' -o -name '*.css' -o -name '*.js' -o -name '*.svg' -o -name '*.xml' \) \
		-exec gzip -k -9 {} \;
fi

app=""
stop() {
	[ -z "$app" ] || { kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true; }
	[ ! -e "$work/nginx.pid" ] || nginx -c "$work/nginx.conf" -p "$work" -s stop 2>/dev/null || true
}
trap stop EXIT
trap 'exit 130' INT TERM
# shellcheck disable=SC2086 # APP_ARGS is a list of arguments
"$java" "${flags[@]}" -jar "$jar" --server.port=$app_port --server.address=127.0.0.1 \
	--site.base-url="http://127.0.0.1:$app_port" --site.offline.prebuild=false ${APP_ARGS:-} > "$work/app.log" 2>&1 &
app=$!
cat > "$work/nginx.conf" <<NGINX
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  gzip_static on;
  gzip_vary on;
  client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp;
  uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;
  server {
    listen 127.0.0.1:$nginx_port;
    root $site;
    location / { try_files \$uri \$uri/index.html =404; }
    error_page 404 /404.html;
  }
}
NGINX
mkdir -p "$work/tmp"
nginx -c "$work/nginx.conf" -p "$work"

until curl -sf -o /dev/null "http://127.0.0.1:$app_port/actuator/health/readiness"; do
	kill -0 $app 2>/dev/null || { tail -n 20 "$work/app.log"; exit 1; }
	sleep 0.2
done

# PATHS (space-separated) are requested in turn; ENCODING is sent as Accept-Encoding unless empty.
cat > "$work/pages.lua" <<'LUA'
local paths = {}
for path in string.gmatch(os.getenv("PATHS"), "%S+") do paths[#paths + 1] = path end
local headers = { ["Accept"] = "text/html" }
if os.getenv("ENCODING") ~= "" then headers["Accept-Encoding"] = os.getenv("ENCODING") end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], headers)
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.3f %d %d %.1f\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(99) / 1000, summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout, summary.requests, summary.bytes / summary.requests))
end
LUA

mix="/ /course /course/introduction /course/dpo /course/rlvr /profile /essay /ja/essay"
large="/course/introduction"
# Both servers must send the same bytes, or the comparison is void: check sizes per encoding before loading.
for path in $mix; do
	for encoding in gzip identity; do
		a=$(curl -s -H "Accept-Encoding: $encoding" -o /dev/null -w '%{http_code} %{size_download}' "http://127.0.0.1:$app_port$path")
		n=$(curl -s -H "Accept-Encoding: $encoding" -o /dev/null -w '%{http_code} %{size_download}' "http://127.0.0.1:$nginx_port$path")
		echo "$path $encoding: app $a, nginx $n" >> "$work/sizes.txt"
	done
done

run() { # port paths encoding seconds
	PATHS="$2" ENCODING="$3" wrk -t2 -c"$connections" -d"$4s" -s "$work/pages.lua" "http://127.0.0.1:$1" | grep '^RESULT'
}
# Best of: noise on a shared machine only ever slows a server down.
best() { sort -k2 -g -r | head -n 1; }

cases="${CASES:-mix-gzip mix-identity large-gzip large-identity}"
# Warm both servers (the JVM's JIT above all) on every case before anything counts.
for case in $cases; do
	paths=$mix; [ "${case%%-*}" = large ] && paths=$large
	encoding=${case#*-}; [ "$encoding" = identity ] && encoding=""
	run $app_port "$paths" "$encoding" "${WARMUP:-8}" >/dev/null
	run $nginx_port "$paths" "$encoding" 1 >/dev/null
done

printf '%-16s %12s %9s %8s %12s %9s %8s %6s\n' case "app req/s" "app p99" "app err" "nginx req/s" "ngx p99" \
	"ngx err" ratio
for case in $cases; do
	paths=$mix; [ "${case%%-*}" = large ] && paths=$large
	encoding=${case#*-}; [ "$encoding" = identity ] && encoding=""
	: > "$work/app.runs"; : > "$work/nginx.runs"
	for _ in $(seq "$rounds"); do # alternate, so both see the same moments of a busy machine
		run $app_port "$paths" "$encoding" "$seconds" >> "$work/app.runs"
		run $nginx_port "$paths" "$encoding" "$seconds" >> "$work/nginx.runs"
	done
	read -r _ app_rps app_p99 app_errors _ _ <<<"$(best < "$work/app.runs")"
	read -r _ nginx_rps nginx_p99 nginx_errors _ _ <<<"$(best < "$work/nginx.runs")"
	app_errors=$(awk '{ e += $4 } END { print e }' "$work/app.runs")
	nginx_errors=$(awk '{ e += $4 } END { print e }' "$work/nginx.runs")
	awk -v c="$case" -v a="$app_rps" -v ap="$app_p99" -v ae="$app_errors" -v n="$nginx_rps" -v np="$nginx_p99" \
		-v ne="$nginx_errors" 'BEGIN { printf "%-16s %12.0f %7.1fms %8d %12.0f %7.1fms %8d %6.2f\n", c, a, ap, ae, n, np, ne, a / n }'
done
echo "best of $rounds rounds of ${seconds}s per server and case, alternating; errors summed over all rounds"
echo "goals: ratio >= 0.8 with gzip, >= 0.5 without; app p99 < 20 ms; 0 errors (sizes checked: $work/sizes.txt)"
