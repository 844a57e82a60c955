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

# The container image's JVM flags (its JDK_JAVA_OPTIONS), one a line, read from the Dockerfile so the benches run
# with exactly what is deployed.
image_jvm_flags() {
	sed -n 's/^ENV JDK_JAVA_OPTIONS="\(.*\)"$/\1/p' Dockerfile | tr ' ' '\n'
}

# The container image's environment (its ENV lines, JDK_JAVA_OPTIONS included), one NAME=value a line.
image_env() {
	sed -n 's/^ENV \([A-Z_]*\)="\{0,1\}\([^"]*\)"\{0,1\}$/\1=\2/p' Dockerfile
}

# Lays out the image's /app in folder $2 from jar $1 as the Dockerfile does: the jar's layers extracted and merged,
# then the same training run for the AOT cache, with the image's environment. Docker is not needed. A folder
# already laid out from the same jar, Dockerfile and training script is kept.
image_layout() {
	local jar=$1 dir=$2 layer
	# Laid out already from this jar, Dockerfile and training script: kept.
	if [ -s "$dir/app.aot" ] && [ "$dir/app.aot" -nt "$jar" ] && [ "$dir/app.aot" -nt Dockerfile ] \
		&& [ "$dir/app.aot" -nt src/main/docker/aot-training.sh ] && cmp -s "$jar" "$dir.jar"; then
		return
	fi
	rm -rf "$dir" "$dir.layers" && mkdir -p "$dir" "$dir.layers"
	cp "$jar" "$dir.layers/app.jar"
	(cd "$dir.layers" && "$java" -Djarmode=tools -jar app.jar extract --layers --destination extracted >/dev/null)
	for layer in dependencies spring-boot-loader snapshot-dependencies application; do
		cp -a "$dir.layers/extracted/$layer/." "$dir/"
	done
	rm -rf "$dir.layers"
	cp "$jar" "$dir.jar"
	local -a environment
	mapfile -t environment < <(image_env)
	(cd "$dir" && env "${environment[@]}" JAVA="$java" "$OLDPWD/src/main/docker/aot-training.sh") >"$dir.training.log" 2>&1
}

# The image's ENTRYPOINT as a command to run in the image's folder, java being the bench's JDK 25, one word a line.
image_command() {
	sed -n 's/^ENTRYPOINT //p' Dockerfile | jq -r '.[1:][]' | sed "1i $java"
}
