#!/usr/bin/env bash
# Adversarial 100 KB inputs (long runs of '<', '[@', '$', '<!--', unclosed constructs): the time `check` takes to
# build a site holding one as a chapter and as a deck, and the time of the first search (index build). Each input
# runs in its own JVM (after a warm-up build), so work abandoned at the limit cannot slow the next one.
# Usage: bench/adversarial.sh [limit-seconds] [name-filter]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
limit="${1:-60}"

cp=$(bench_classpath)
run() {
	"$java" "${jvm_flags[@]}" -cp "$cp" org.rlhfcourse.bench.AdversarialInputs "$limit" "$1" 2>/dev/null \
		| grep -vE '^[0-9]{2}:[0-9]{2}:[0-9]{2}'
}
printf '%-26s %12s %12s  %s\n' "input (100 KB)" "check ms" "search ms" "problems"
"$java" "${jvm_flags[@]}" -cp "$cp" org.rlhfcourse.bench.AdversarialInputs --names 2>/dev/null | while read -r name; do
	if [[ "$name" == *"${2:-}"* ]]; then
		run "$name" | tail -n +2
	fi
done
