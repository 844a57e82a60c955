#!/usr/bin/env bash
# Site search (JMH): one search with its highlighted snippets per query, and a whole index build, over the bundled
# content. Usage: bench/search.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
seconds="${1:-5}"

cp=$(bench_classpath)
flags=("${jvm_flags[@]}")

"$java" "${flags[@]}" -cp "$cp" org.openjdk.jmh.Main 'SearchBenchmark' -f 1 -t 1 -wi 3 -w "${seconds}s" -i 3 \
	-r "${seconds}s" -jvmArgs "${flags[*]} -cp $cp" -rf json -rff target/bench/jmh-search.json \
	2>&1 | grep -E "^(Benchmark|SearchBenchmark)"
