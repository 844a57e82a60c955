#!/usr/bin/env bash
# Site search (JMH): one search with its highlighted snippets per query, and a whole index build, over the bundled
# content. Usage: bench/search.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-5}"

./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench/classpath.txt -Dmdep.includeScope=test
java_home=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n 1)
java="${JAVA_25:-${java_home:+$java_home/bin/}java}"
cp="target/test-classes:target/classes:$(cat target/bench/classpath.txt)"
flags=(--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow)

"$java" "${flags[@]}" -cp "$cp" org.openjdk.jmh.Main 'SearchBenchmark' -f 1 -t 1 -wi 3 -w "${seconds}s" -i 3 \
	-r "${seconds}s" -jvmArgs "${flags[*]} -cp $cp" -rf json -rff target/bench/jmh-search.json \
	2>&1 | grep -E "^(Benchmark|SearchBenchmark)"
