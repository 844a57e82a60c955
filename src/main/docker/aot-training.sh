#!/usr/bin/env bash
# The training run for the JDK's AOT cache (JEP 483, 514, 515): starts the site in the current folder as the image
# runs it (same JVM, same JDK_JAVA_OPTIONS, same profile), waits until it is ready, asks for a few pages so the
# code that serves them is in the cache too, then stops it; the JVM writes app.aot as it exits. The Dockerfile
# runs it at build time, bench/startup.sh on its copy of the image's folder. Needs nothing but bash and java.
set -euo pipefail
java="${JAVA:-java}"
port="${TRAINING_PORT:-18999}"

"$java" -XX:AOTCacheOutput=app.aot -jar app.jar --server.port="$port" --server.address=127.0.0.1 \
	--site.math.disk-cache=false --site.offline.prebuild=false &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT

# HTTP/1.0 over bash's /dev/tcp: the JRE image has no HTTP client. Prints the status line.
get() {
	exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
	printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nAccept-Encoding: gzip\r\n\r\n' "$1" >&3
	head -n 1 <&3
	exec 3<&-
}

for _ in $(seq 1 1500); do
	kill -0 "$pid" 2>/dev/null || { echo "training run: the site exited before it was ready" >&2; exit 1; }
	case "$(get /actuator/health/readiness 2>/dev/null || true)" in *" 200"*) break ;; esac
	sleep 0.2
done
for path in / /course /course/introduction /course/dpo /slides /profile /essay /ja/essay /search?q=reward \
	/sitemap.xml /feed.xml /no-such-page; do
	get "$path" >/dev/null
done
kill -TERM "$pid"
wait "$pid" || true
trap - EXIT
test -s app.aot || { echo "training run: no app.aot written" >&2; exit 1; }
