#!/usr/bin/env bash
# Time from `java -jar` to a ready site (readiness probe UP, first chapter served) with the bundled content:
# without any formula cache, with the formulas pre-rendered into the jar, and, as the Dockerfile runs it, from
# the extracted jar with the JDK's AOT cache recorded by a training run.
# Usage: bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
runs="${1:-3}"
port=18181
work=target/bench/startup
mkdir -p "$work"

jar=$(app_jar)
cp "$jar" "$work/warm.jar"
cp "$jar" "$work/cold.jar"
zip -q -d "$work/cold.jar" BOOT-INF/classes/math-cache/formulas.json

flags=("${jvm_flags[@]}")
args=(--server.port=$port --site.math.disk-cache=false)

# As in the Dockerfile: the extracted jar, and one training run that records the AOT cache (JEP 483/514).
rm -rf "$work/extracted"
"$java" -Djarmode=tools -jar "$work/warm.jar" extract --destination "$work/extracted" >/dev/null
"$java" "${flags[@]}" -XX:AOTCacheOutput="$work/extracted/app.aot" -Dspring.context.exit=onRefresh \
	-jar "$work/extracted/warm.jar" "${args[@]}" >"$work/train.log" 2>&1

ready_ms() {
	local start end pid
	start=$(date +%s%N)
	"$java" "${flags[@]}" "$@" "${args[@]}" >"$work/run.log" 2>&1 &
	pid=$!
	until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null \
		|| curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health" 2>/dev/null; do sleep 0.05; done
	curl -sf -o /dev/null "http://127.0.0.1:$port/course/dpo"
	end=$(date +%s%N)
	kill "$pid"; wait "$pid" 2>/dev/null || true
	echo $(((end - start) / 1000000))
}

declare -A best
for variant in cold warm aot; do
	for _ in $(seq "$runs"); do
		case $variant in
			cold) ms=$(ready_ms -jar "$work/cold.jar") ;;
			warm) ms=$(ready_ms -jar "$work/warm.jar") ;;
			aot) ms=$(ready_ms -XX:AOTCache="$work/extracted/app.aot" -jar "$work/extracted/warm.jar") ;;
		esac
		if [ -z "${best[$variant]:-}" ] || [ "$ms" -lt "${best[$variant]}" ]; then best[$variant]=$ms; fi
	done
	echo "$variant: best of $runs = ${best[$variant]} ms"
done
awk -v c="${best[cold]}" -v w="${best[warm]}" -v a="${best[aot]}" 'BEGIN {
	printf "ratio formulas-in-jar / no-cache = %.2f; extracted+aot / formulas-in-jar = %.2f (goal: ready <= 3000 ms)\n", w / c, a / w }'
