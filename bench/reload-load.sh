#!/usr/bin/env bash
# Reloads under load: wrk at 64 connections against a chapter while that chapter is saved every 2 s (valid
# edits, live reload on, content in a temporary copy). Prints requests per second, p99, socket timeouts and
# errors, and from the server log how many rebuilds ran and how long they took. Give several jars to compare
# builds side by side in one run (each gets the same load, one after the other).
#
#   bench/reload-load.sh [seconds] [jar...]     # default: 60 s, the packaged jar
#   SAVE_EVERY=1 CONNECTIONS=32 bench/reload-load.sh 30 old.jar target/rlhf-course-site-0.1.0-SNAPSHOT.jar
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
seconds="${1:-60}"
shift || true
jars=("$@")
[ ${#jars[@]} -gt 0 ] || jars=("$(app_jar)")
port=${PORT:-18084}
every=${SAVE_EVERY:-2}
connections=${CONNECTIONS:-64}
work="$(pwd)/target/bench/reload-load"

cat_lua() {
	cat <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("WRK %d %.1f %.1f %d %d\n", summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(99) / 1000, summary.errors.timeout,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status))
end
LUA
}

run_one() {
	local jar="$1"
	rm -rf "$work" && mkdir -p "$work"
	cp -r content "$work/content"
	cat_lua > "$work/report.lua"
	local chapter="$work/content/chapters/08-dpo.md"
	"$java" "${jvm_flags[@]}" -Xmx512m -jar "$jar" \
		--server.port="$port" --server.address=127.0.0.1 --site.content-dir="$work/content" \
		--site.live-reload.enabled=true > "$work/app.log" 2>&1 &
	local app=$!
	trap "kill $app 2>/dev/null; wait $app 2>/dev/null || true" EXIT
	until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
		kill -0 "$app" 2>/dev/null || { echo "the site did not start:" >&2; cat "$work/app.log" >&2; exit 1; }
		sleep 0.2
	done
	# Warm up (JIT, page cache) before measuring.
	wrk -t2 -c"$connections" -d5s "http://127.0.0.1:$port/course/dpo" > /dev/null
	local builds_before
	builds_before=$(grep -c "Site built from" "$work/app.log" || true)
	wrk -t2 -c"$connections" -d"${seconds}s" -s "$work/report.lua" "http://127.0.0.1:$port/course/dpo" \
		> "$work/wrk.out" &
	local load=$!
	local saves=0
	local original
	original=$(cat "$chapter")
	local end=$(( $(date +%s) + seconds - 1 ))
	while [ "$(date +%s)" -lt "$end" ]; do
		saves=$((saves + 1))
		printf '%s\n\nAn edited paragraph, save %d.\n' "$original" "$saves" > "$chapter"
		sleep "$every"
	done
	wait $load
	sleep 3
	kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true
	trap - EXIT
	read -r _ requests rps p99 timeouts errors < <(grep "^WRK" "$work/wrk.out")
	local times
	times=($(grep "Site built from" "$work/app.log" | tail -n +$((builds_before + 1)) \
		| sed -n 's/.* in \([0-9]*\) ms.*/\1/p' | sort -n))
	local count=${#times[@]}
	echo "$(basename "$jar"): ${rps} req/s, p99 ${p99} ms, ${timeouts} timeouts, ${errors} other errors" \
		"(${requests} requests, ${connections} connections, ${seconds} s)"
	if [ "$count" -gt 0 ]; then
		echo "  ${saves} saves every ${every} s -> ${count} rebuilds: median ${times[$((count / 2))]} ms," \
			"min ${times[0]} ms, max ${times[$((count - 1))]} ms"
	else
		echo "  ${saves} saves every ${every} s -> no rebuild logged"
	fi
}

for jar in "${jars[@]}"; do
	run_one "$jar"
done
