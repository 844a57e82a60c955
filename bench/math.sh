#!/usr/bin/env bash
# KaTeX on GraalJS (JMH) against KaTeX on Node.js, same version, same corpus (every formula in content/), same
# options. Prints both and their ratios. Usage: bench/math.sh [warm-seconds]
# JIT=1 runs GraalJS with the Graal compiler (the jar matching the JDK's JVMCI version on the upgrade module
# path, polyglot on the module path) instead of the interpreter the site uses.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
seconds="${1:-10}"

cp=$(bench_classpath)
all="$(cat target/bench/classpath.txt)"
flags=("${jvm_flags[@]}")
mode=interpreter
if [ "${JIT:-0}" = 1 ]; then
	jdk_version=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.version = //p')
	./mvnw -q dependency:get -Dartifact="org.graalvm.compiler:compiler:$jdk_version" >/dev/null
	graal='org/graalvm/(polyglot/polyglot|sdk|truffle|js/js-language|regex|shadowed)'
	modules=$(tr ':' '\n' <<<"$all" | grep -E "$graal" | grep '\.jar$' | paste -sd:)
	cp="target/test-classes:target/classes:$(tr ':' '\n' <<<"$all" | grep -vE "$graal" | paste -sd:)"
	flags=(-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI
		"--upgrade-module-path=$HOME/.m2/repository/org/graalvm/compiler/compiler/$jdk_version/compiler-$jdk_version.jar"
		"--module-path=$modules" --add-modules=org.graalvm.polyglot
		--enable-native-access=ALL-UNNAMED,org.graalvm.truffle --sun-misc-unsafe-memory-access=allow)
	mode=jit
fi

"$java" "${flags[@]}" -cp "$cp" org.rlhfcourse.bench.FormulaCorpus content target/bench/corpus.json

(cd bench/math && npm install --silent --no-audit --no-fund >/dev/null)
node_json=$(node bench/math/katex-node.mjs target/bench/corpus.json "$seconds")
echo "node:   $node_json"

"$java" "${flags[@]}" -cp "$cp" org.openjdk.jmh.Main 'KatexBenchmark.warm' -f 1 -t 2 -wi 3 -w "${seconds}s" -i 3 -r "${seconds}s" \
	-jvmArgs "${flags[*]} -cp $cp" -rf json -rff target/bench/jmh-warm.json >/dev/null
"$java" "${flags[@]}" -cp "$cp" org.openjdk.jmh.Main 'KatexBenchmark.coldCorpus' -f 1 -t 1 -wi 0 -i 3 \
	-jvmArgs "${flags[*]} -cp $cp" -rf json -rff target/bench/jmh-cold.json >/dev/null

python3 - "$node_json" "$mode" <<'PY'
import json, sys
node = json.loads(sys.argv[1])
print(f"graalvm mode: {sys.argv[2]}")
warm = json.load(open('target/bench/jmh-warm.json'))[0]['primaryMetric']
cold = json.load(open('target/bench/jmh-cold.json'))[0]['primaryMetric']
print(f"graal:  warm {warm['score']:.0f} formulas/s (2 threads, ±{warm['scoreError']:.0f}); cold corpus {cold['score']:.0f} ms (fresh engine, 1 thread)")
print(f"node:   warm {node['warmPerSecond']} formulas/s (1 thread); cold corpus {node['coldMs']} ms ({node['formulas']} formulas)")
print(f"ratio warm graal/node = {warm['score'] / node['warmPerSecond']:.2f} (goal >= 0.5)")
print(f"ratio cold graal/node = {cold['score'] / node['coldMs']:.2f} (goal <= 3)")
PY
