#!/usr/bin/env bash
# Time `check` on a content folder holding one deck of N slides, for growing N, with one or more packaged jars
# side by side (for example the jar of main and the jar of a branch), so that the growth of deck parsing and
# rendering with deck length can be compared: linear work doubles with N, quadratic work quadruples. FAILED marks a
# check that reported errors (a deck past site.render.file-timeout is one).
# Usage: bench/deck-size.sh [jar ...]   (default: this checkout's jar); SIZES="800 1562 3125" to choose N.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
jars=("$@")
if [ ${#jars[@]} -eq 0 ]; then
	jars=("$(app_jar)")
fi
sizes=(${SIZES:-200 800 1562 3125})
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-8s' "slides"
for jar in "${jars[@]}"; do printf ' %28s' "$(basename "$(dirname "$(dirname "$jar")")") ms"; done
echo
for n in "${sizes[@]}"; do
	content="$work/$n"
	mkdir -p "$content/decks"
	printf 'title: "Deck size"\n' > "$content/site.yml"
	{
		printf -- '---\ntitle: "Big deck"\n---\n\n'
		for ((i = 1; i <= n; i++)); do
			printf '## Slide %d\n\n- a point with *emphasis* and `code`\n- another point\n\n---\n\n' "$i"
		done
	} > "$content/decks/big.md"
	printf '%-8s' "$n"
	for jar in "${jars[@]}"; do
		start=$(date +%s%N)
		status=ok
		timeout 600 "$java" "${jvm_flags[@]}" -jar "$jar" check --site.content-dir="$content" > /dev/null 2>&1 \
			|| status=FAILED
		printf ' %21d %6s' $(( ($(date +%s%N) - start) / 1000000 )) "$status"
	done
	echo
done
