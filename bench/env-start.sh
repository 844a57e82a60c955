#!/usr/bin/env bash
# Starts the packaged jar the way a container host does, configured by environment variables only (no arguments,
# no files), waits for the readiness probe and checks that the settings took effect: port, public base URL,
# prod profile (JSON logs, HSTS), liveness and info. Prints the time to ready. Stops the process it started.
# Usage: bench/env-start.sh   (builds the jar with ./mvnw -q -DskipTests package if there is none)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
port="${PORT:-18093}"
work=target/bench/env-start
mkdir -p "$work"

jar=$(app_jar)

start=$(date +%s%N)
env -i PATH="$PATH" HOME="${HOME:-/tmp}" \
	SPRING_PROFILES_ACTIVE=prod \
	SERVER_PORT="$port" \
	SITE_BASE_URL=https://rlhf.example.org \
	SITE_MATH_POOL_SIZE=1 \
	"$java" -XX:MaxRAMPercentage=75 "${jvm_flags[@]}" \
	-jar "$jar" >"$work/app.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true' EXIT

fail() { echo "env-start: $*" >&2; tail -n 20 "$work/app.log" >&2; exit 1; }

for _ in $(seq 1 600); do
	kill -0 "$pid" 2>/dev/null || fail "the application exited"
	[ "$(curl -s "http://127.0.0.1:$port/actuator/health/readiness")" = '{"status":"UP"}' ] && break
	sleep 0.2
done
ready_ms=$((($(date +%s%N) - start) / 1000000))
[ "$(curl -s "http://127.0.0.1:$port/actuator/health/readiness")" = '{"status":"UP"}' ] || fail "not ready after 120 s"
[ "$(curl -s "http://127.0.0.1:$port/actuator/health/liveness")" = '{"status":"UP"}' ] || fail "liveness is not UP"
curl -s "http://127.0.0.1:$port/profile" | grep -q 'https://rlhf.example.org/profile' \
	|| fail "SITE_BASE_URL was not applied"
curl -s -D - -o /dev/null "http://127.0.0.1:$port/course" | grep -qi '^Strict-Transport-Security: max-age=31536000' \
	|| fail "the prod profile is not active (no HSTS header)"
curl -s "http://127.0.0.1:$port/actuator/info" | grep -q '"build"' || fail "/actuator/info has no build info"
head -n 1 "$work/app.log" | grep -q '^{"@timestamp"' || fail "logs are not JSON"
echo "env-start: ready in ${ready_ms} ms on port $port with environment-only configuration; all checks passed"
