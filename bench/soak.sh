#!/usr/bin/env bash
# Edits under load: wrk at 64 connections for 60 s against the jar (live reload on, content in a temporary copy)
# while a chapter is edited every second, alternating valid edits and broken front matter. A sampler fetches the
# page all along and checks that every response is one complete snapshot (the edit marker in the title equals
# the one in the body) and that broken edits never show. Prints 5xx count, torn pages and served versions.
# Usage: bench/soak.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
seconds="${1:-60}"
port=18083
work="$(pwd)/target/bench/soak"
rm -rf "$work" && mkdir -p "$work"
cp -r content "$work/content"
chapter="$work/content/chapters/08-dpo.md"
jar=$(app_jar)

"$java" "${jvm_flags[@]}" -Xmx256m -jar "$jar" \
	--server.port=$port --server.address=127.0.0.1 --site.content-dir="$work/content" \
	--site.live-reload.enabled=true --site.math.disk-cache=false > "$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health"; do sleep 0.2; done

cat > "$work/count.lua" <<'LUA'
local fivexx = 0
response = function(status, headers, body) if status >= 500 then fivexx = fivexx + 1 end end
done = function(summary, latency, requests)
  io.write(string.format("WRK %d %d %d %.3f\n", summary.requests, fivexx,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(99) / 1000))
end
LUA
wrk -t2 -c64 -d"${seconds}s" -s "$work/count.lua" "http://127.0.0.1:$port/course/dpo" > "$work/wrk.out" &
load=$!

python3 - "$chapter" "$port" "$seconds" <<'PY' > "$work/sampler.out" &
import re, sys, time, urllib.request
chapter, port, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
original = open(chapter, encoding='utf-8').read()
end = time.time() + seconds - 2
edit, torn, broken_seen, samples, versions, last_edit = 0, 0, 0, 0, set(), 0.0
while time.time() < end:
    now = time.time()
    if now - last_edit >= 1.0:
        edit += 1
        last_edit = now
        if edit % 3 == 0:
            text = original.replace('title: "', 'title: [broken "', 1)       # invalid YAML: must never go live
        else:
            text = original.replace('title: "Direct Preference Optimization"',
                                    f'title: "Direct Preference Optimization soak-{edit}"', 1)
            text = text.replace('## Why look for a direct method?', f'## Why look for a direct method?\n\nMarker soak-{edit}.', 1)
        open(chapter, 'w', encoding='utf-8').write(text)
    html = urllib.request.urlopen(f'http://127.0.0.1:{port}/course/dpo', timeout=10).read().decode()
    samples += 1
    title = re.search(r'<h1>Direct Preference Optimization(?: soak-(\d+))?</h1>', html)
    body = re.search(r'Marker soak-(\d+)\.', html)
    if not html.rstrip().endswith('</html>') or title is None:
        torn += 1
        continue
    if '[broken' in html:
        broken_seen += 1
    if (title.group(1) or None) != (body.group(1) if body else None):
        torn += 1
    versions.add(title.group(1))
    time.sleep(0.05)
open(chapter, 'w', encoding='utf-8').write(original)
print(f"SAMPLER {samples} {torn} {broken_seen} {len(versions)} {edit}")
PY
sampler=$!
wait $load
wait $sampler
read -r _ requests fivexx socket_errors p99 < <(grep "^WRK" "$work/wrk.out")
read -r _ samples torn broken versions edits < "$work/sampler.out"
echo "wrk: $requests requests, $fivexx 5xx, $socket_errors socket errors, p99 $p99 ms"
echo "edits: $edits (every third one broken); sampler: $samples pages, $torn torn, $broken showing a broken edit, $versions versions served"
[ "$fivexx" = 0 ] && [ "$torn" = 0 ] && [ "$broken" = 0 ] && echo "PASS" || { echo "FAIL"; exit 1; }
