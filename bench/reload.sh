#!/usr/bin/env bash
# Measures live reload: the milliseconds from saving an edit to a chapter until the server answers with the
# edited page. Runs the packaged jar on a temporary copy of content/ with live reload on, edits one chapter
# RUNS times, and prints each time, the median and the maximum.
#
#   bench/reload.sh                      # 10 edits of chapters/08-dpo.md on port 8092
#   RUNS=20 CHAPTER=01-introduction PORT=8093 bench/reload.sh
#
# Needs curl and a JDK 25 (JAVA, else java on the PATH if it is 25+, else the usual Temurin 25 location).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8092}
RUNS=${RUNS:-10}
CHAPTER=${CHAPTER:-08-dpo}
SLUG=${CHAPTER#*-}

find_java() {
  local candidate
  for candidate in "${JAVA:-}" "$(command -v java || true)" /usr/lib/jvm/temurin-25-jdk-amd64/bin/java; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    local major
    major=$("$candidate" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [ "${major:-0}" -ge 25 ]; then echo "$candidate"; return; fi
  done
  echo "bench/reload.sh: no JDK 25 found; set JAVA=/path/to/java" >&2
  exit 2
}
JAVA_BIN=$(find_java)

. bench/common.sh
JAR=$(app_jar)

COPY=$(mktemp -d)
LOG="$COPY.log"
cp -R content/. "$COPY"
FILE="$COPY/chapters/$CHAPTER.md"
[ -f "$FILE" ] || { echo "bench/reload.sh: no chapter $CHAPTER in content/chapters" >&2; exit 2; }

"$JAVA_BIN" "${jvm_flags[@]}" -jar "$JAR" \
  --server.port="$PORT" --site.content-dir="$COPY" --site.live-reload.enabled=true >"$LOG" 2>&1 &
APP=$!
cleanup() { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; rm -rf "$COPY" "$LOG"; }
trap cleanup EXIT

URL="http://127.0.0.1:$PORT/course/$SLUG"
for _ in $(seq 1 600); do
  if curl -fs -o /dev/null "$URL"; then break; fi
  if ! kill -0 "$APP" 2>/dev/null; then echo "the site did not start:" >&2; cat "$LOG" >&2; exit 1; fi
  sleep 0.1
done
curl -fs -o /dev/null "$URL" || { echo "the site did not answer $URL" >&2; exit 1; }

times=()
for run in $(seq 1 "$RUNS"); do
  marker="reload-bench-$run-$RANDOM$RANDOM"
  start=$(date +%s%N)
  printf '\nAn edited paragraph, %s.\n' "$marker" >>"$FILE"
  until curl -fs "$URL" | grep -q "$marker"; do
    if [ $(( ($(date +%s%N) - start) / 1000000 )) -gt 30000 ]; then echo "run $run: no update after 30 s" >&2; exit 1; fi
    sleep 0.01
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  times+=("$ms")
  echo "run $run: ${ms} ms"
  sleep 0.3
done

sorted=($(printf '%s\n' "${times[@]}" | sort -n))
builds=($(sed -n 's/.*Site built from .* in \([0-9]*\) ms.*/\1/p' "$LOG" | tail -n +2 | sort -n))
echo "edit chapters/$CHAPTER.md -> updated $URL: median ${sorted[$(( ${#sorted[@]} / 2 ))]} ms, max ${sorted[-1]} ms over $RUNS edits"
if [ ${#builds[@]} -gt 0 ]; then
  echo "of which the rebuild itself (server log): median ${builds[$(( ${#builds[@]} / 2 ))]} ms, max ${builds[-1]} ms"
fi
