#!/usr/bin/env bash
# Math on a fresh clone: `check` of a book of 1,129 distinct formulas with an empty formula cache (cold), the same
# check with the cache filled (warm), and a fresh clone of the book with its committed `.freeze` folder (written by
# the `freeze` command) and an empty cache (frozen); each in a fresh JVM, alternating, side by side in one run.
# The book is generated from every distinct formula of content/ (inline and display), each prefixed by `a_{1} + `
# so that none is in the formula cache the build puts in the jar, spread over 21 chapters.
# Usage: bench/mathbook.sh [runs] [extra check options...]   Goal: empty cache <= 1.5 x warm.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
runs="${1:-3}"
shift || true

cp=$(bench_classpath)
"$java" "${jvm_flags[@]}" -cp "$cp" org.rlhfcourse.bench.FormulaCorpus content target/bench/corpus.json >/dev/null
book=target/bench/mathbook
rm -rf "$book"
python3 - target/bench/corpus.json "$book" <<'PY'
import json, os, sys
corpus = json.load(open(sys.argv[1]))
book = sys.argv[2]
prefixes = ['a_{1} + ']
formulas = [(p + f['tex'], f['display']) for p in prefixes for f in corpus]
os.makedirs(f'{book}/chapters')
open(f'{book}/site.yml', 'w').write('title: Formula book\n')
chapters = 21
for c in range(chapters):
    part = formulas[c::chapters]
    lines = ['---', f'title: Part {c + 1}', '---', '']
    for i, (tex, display) in enumerate(part):
        if display:
            lines += ['$$', tex.strip(), '$$', '']
        else:
            lines += [f'Formula {i + 1} reads ${tex}$ in running text.', '']
    open(f'{book}/chapters/{c + 1:02d}-part-{c + 1}.md', 'w').write('\n'.join(lines))
print(f'book: {len(set(formulas))} distinct formulas in {chapters} chapters -> {book}')
PY
# The same book as committed with its typeset formulas (what a fresh clone gets).
rm -rf "$book-frozen"
cp -r "$book" "$book-frozen"
"$java" "${jvm_flags[@]}" -cp "$cp" org.rlhfcourse.CourseSiteApplication freeze "--site.content-dir=$book-frozen" \
	--site.math.disk-cache=false | grep -v '^SLF4J'

check() { # content, cache-dir, further options
	local content=$1 dir=$2 start end
	shift 2
	start=$(date +%s%N)
	"$java" "${jvm_flags[@]}" -cp "$cp" org.rlhfcourse.CourseSiteApplication check "--site.content-dir=$content" \
		"--site.math.cache-dir=$dir" "$@" >target/bench/mathbook-check.log 2>&1 \
		|| { cat target/bench/mathbook-check.log; exit 1; }
	end=$(date +%s%N)
	echo $(((end - start) / 1000000))
}

cold=() warm=() frozen=()
for run in $(seq "$runs"); do
	dir=$(mktemp -d "${TMPDIR:-/tmp}/mathbook-cache.XXXXXX")
	rmdir "$dir"
	cold+=("$(check "$book" "$dir" "$@")")
	warm+=("$(check "$book" "$dir" "$@")")
	rm -rf "$dir"
	frozen+=("$(check "$book-frozen" "$dir" "$@")")
	rm -rf "$dir"
	echo "run $run: cold ${cold[-1]} ms, warm ${warm[-1]} ms, fresh clone with .freeze ${frozen[-1]} ms" \
		"($(tail -n 1 target/bench/mathbook-check.log))"
done
python3 - "${cold[*]}" "${warm[*]}" "${frozen[*]}" <<'PY'
import statistics, sys
cold, warm, frozen = ([int(x) for x in arg.split()] for arg in sys.argv[1:4])
c, w, f = statistics.median(cold), statistics.median(warm), statistics.median(frozen)
print(f'check, median of {len(cold)}: empty cache {c:.0f} ms, cache filled {w:.0f} ms, '
      f'fresh clone with .freeze {f:.0f} ms')
print(f'ratio empty cache/warm = {c / w:.2f}; fresh clone with .freeze/warm = {f / w:.2f} (goal <= 1.5)')
PY
