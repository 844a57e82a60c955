#!/usr/bin/env bash
# Time from launching the JVM to a ready site (readiness probe UP), and to the first chapter served, for the
# container image CI publishes: its /app laid out from the packaged jar as the Dockerfile does (layers extracted,
# AOT cache from the same training run), started with its ENTRYPOINT and environment (prod profile, its
# JDK_JAVA_OPTIONS). Beside it, the same folder started without the AOT cache, and the fat jar, each with the same
# flags. Docker is not needed.
# Usage: bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
runs="${1:-3}"
port=18181
work="$(pwd)/target/bench/startup"
image="$(pwd)/target/bench/image"
mkdir -p "$work"

jar="${APP_JAR:-$(app_jar)}"
image_layout "$jar" "$image"
mapfile -t environment < <(image_env)
mapfile -t command < <(image_command)

# Prints "ready first-page" in milliseconds for one start of the command given, run in the image's folder.
start_ms() {
	local start ready end pid
	start=$(date +%s%N)
	(cd "$image" && exec env "${environment[@]}" SERVER_PORT=$port "$@" --site.math.disk-cache=false) \
		>"$work/run.log" 2>&1 &
	pid=$!
	until [ "$(curl -s "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null)" = '{"status":"UP"}' ]; do
		kill -0 "$pid" 2>/dev/null || { tail -n 20 "$work/run.log" >&2; exit 1; }
		sleep 0.02
	done
	ready=$(date +%s%N)
	curl -sf -o /dev/null "http://127.0.0.1:$port/course/dpo"
	end=$(date +%s%N)
	kill "$pid"; wait "$pid" 2>/dev/null || true
	echo "$(((ready - start) / 1000000)) $(((end - start) / 1000000))"
}

cp "$jar" "$work/fat.jar"
declare -A best_ready best_page
variants="image no-aot fat-jar"
for _ in $(seq "$runs"); do # interleaved, so each variant sees the same moments of a busy machine
	for variant in $variants; do
		case $variant in
			image) read -r ready page <<<"$(start_ms "${command[@]}")" ;;
			no-aot) read -r ready page <<<"$(start_ms "$java" -jar app.jar)" ;;
			fat-jar) read -r ready page <<<"$(start_ms "$java" -jar "$work/fat.jar")" ;;
		esac
		if [ -z "${best_ready[$variant]:-}" ] || [ "$ready" -lt "${best_ready[$variant]}" ]; then
			best_ready[$variant]=$ready
			best_page[$variant]=$page
		fi
	done
done
for variant in $variants; do
	echo "$variant: ready ${best_ready[$variant]} ms, first chapter ${best_page[$variant]} ms (best of $runs)"
done
awk -v i="${best_ready[image]}" -v n="${best_ready[no-aot]}" -v f="${best_ready[fat-jar]}" 'BEGIN {
	printf "ratio image / no-aot = %.2f, image / fat-jar = %.2f (goal: image ready <= 2000 ms)\n", i / n, i / f }'
