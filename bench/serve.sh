#!/usr/bin/env bash
# Serving speed: the running jar against nginx serving the static export of the same site, same pages, same
# client (wrk, keep-alive, gzip accepted), one after the other in one run. Prints requests/s, p99 latency and
# errors for both, and the ratio. Only 127.0.0.1 is used; every process started here is stopped at the end.
# Usage: bench/serve.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
seconds="${1:-30}"
connections="${2:-64}"
app_port=18080
nginx_port=18081
work="$(pwd)/target/bench/serve"
rm -rf "$work" && mkdir -p "$work"
command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "needs wrk and nginx (apt-get install wrk nginx)"; exit 2; }

jar=$(app_jar)
flags=("${jvm_flags[@]}" -XX:MaxRAMPercentage=75)

"$java" "${flags[@]}" -jar "$jar" export --out="$work/site" --site.base-url="http://127.0.0.1:$app_port" > "$work/export.log" 2>&1
# nginx at its best for a static site: files compressed once, ahead of time (gzip_static), as the app does.
find "$work/site" -type f \( -name '*.html' -o -name '*.css' -o -name '*.js' -o -name '*.svg' -o -name '*.xml' \) \
	-exec gzip -k -9 {} \;

"$java" "${flags[@]}" -jar "$jar" --server.port=$app_port --server.address=127.0.0.1 ${APP_ARGS:-} > "$work/app.log" 2>&1 &
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
  keepalive_requests 100000;
  gzip_static on;
  gzip_vary on;
  client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp;
  uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/site;
    location / { try_files \$uri \$uri/index.html =404; }
    error_page 404 /404.html;
  }
}
NGINX
mkdir -p "$work/tmp"
nginx -c "$work/nginx.conf" -p "$work"
trap 'kill $app 2>/dev/null; nginx -c "$work/nginx.conf" -p "$work" -s stop 2>/dev/null; wait $app 2>/dev/null || true' EXIT

until curl -sf -o /dev/null "http://127.0.0.1:$app_port/actuator/health"; do sleep 0.2; done

cat > "$work/pages.lua" <<'LUA'
local paths = { "/", "/course", "/course/introduction", "/course/dpo", "/course/rlvr", "/profile", "/essay", "/ja/essay" }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], { ["Accept-Encoding"] = "gzip", ["Accept"] = "text/html" })
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.3f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(99) / 1000, summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout, summary.requests))
end
LUA

run() {
	wrk -t2 -c"$connections" -d5s -s "$work/pages.lua" "http://127.0.0.1:$1" >/dev/null
	wrk -t2 -c"$connections" -d"${seconds}s" -s "$work/pages.lua" "http://127.0.0.1:$1" | grep '^RESULT'
}
app_result=$(run $app_port)
nginx_result=$(run $nginx_port)
read -r _ app_rps app_p99 app_errors app_requests <<<"$app_result"
read -r _ nginx_rps nginx_p99 nginx_errors nginx_requests <<<"$nginx_result"
echo "app:   $app_rps req/s, p99 $app_p99 ms, $app_errors errors of $app_requests"
echo "nginx: $nginx_rps req/s, p99 $nginx_p99 ms, $nginx_errors errors of $nginx_requests"
awk -v a="$app_rps" -v n="$nginx_rps" -v p="$app_p99" 'BEGIN {
	printf "ratio app/nginx = %.2f (goal >= 0.8); app p99 %.1f ms (goal < 20)\n", a / n, p }'
