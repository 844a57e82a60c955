# Sourced by the bench scripts (from the repository root): the JDK 25 to run with, the flags GraalJS needs on it,
# the packaged jar (built if missing) and the test classpath for JMH.

# JAVA_25 wins; else the JDK 25 installed beside the default one.
bench_java_home=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n 1)
java="${JAVA_25:-${bench_java_home:+$bench_java_home/bin/}java}"

# The flags the site runs with: GraalJS loads native code and uses sun.misc.Unsafe.
jvm_flags=(--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow)

# The path of the packaged jar, packaging it first when there is none.
app_jar() {
	local jar
	jar=$(ls target/rlhf-course-site-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
	if [ -z "$jar" ]; then
		./mvnw -q -DskipTests package >&2
		jar=$(ls target/rlhf-course-site-*.jar | grep -v '\.original$' | head -n 1)
	fi
	echo "$jar"
}

# Compiles the tests (benchmarks live there) and prints the classpath that runs them.
bench_classpath() {
	./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench/classpath.txt \
		-Dmdep.includeScope=test >&2
	echo "target/test-classes:target/classes:$(cat target/bench/classpath.txt)"
}

# The JVM flags of the container image, one a line, read from the Dockerfile's ENTRYPOINT (between "java" and
# "-jar"), so the benches run with exactly what is deployed. The AOT cache flag is left out: it only fits the
# image's own layout (see image_layout).
image_jvm_flags() {
	sed -n 's/^ENTRYPOINT //p' Dockerfile | jq -r '.[1:index("-jar")][]' | grep -v '^-XX:AOTCache='
}
