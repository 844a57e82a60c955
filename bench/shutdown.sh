#!/usr/bin/env bash
# Graceful shutdown under load: 32 client threads request pages from the jar without pause; after a few seconds
# the jar gets SIGTERM. No response may be cut off once it has started; after the port closes, new connections
# are refused, which is expected; while the server drains, new requests get a complete 503. Prints completed,
# 503, cut-off, refused and unanswered requests.
# Usage: bench/shutdown.sh    (JAR=path/to/other.jar measures another build)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
port=18084
jar="${JAR:-$(app_jar)}"
mkdir -p target/bench
"$java" "${jvm_flags[@]}" -Xmx256m -jar "$jar" \
	--server.port=$port --server.address=127.0.0.1 --site.page-cache.enabled=false > target/bench/shutdown-app.log 2>&1 &
app=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health"; do sleep 0.2; done

python3 - "$port" "$app" <<'PY'
import os, signal, socket, sys, threading, time
port, pid = int(sys.argv[1]), int(sys.argv[2])
paths = ["/course/dpo", "/course/rlvr", "/", "/course", "/profile", "/ja/essay"]
stats = {"done": 0, "unavailable": 0, "refused": 0, "lost": 0, "unanswered": 0}
reasons = []
lock = threading.Lock()
stop = time.time() + 12

def client(n):
    i = n
    while time.time() < stop:
        i += 1
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=5)
        except OSError:
            with lock: stats["refused"] += 1
            time.sleep(0.05)
            continue
        data = b""
        try:
            s.sendall(f"GET {paths[i % len(paths)]} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
            while True:
                chunk = s.recv(65536)
                if not chunk: break
                data += chunk
            ok = data.startswith(b"HTTP/1.1 200") and data.rstrip().endswith(b"</html>")
            with lock:
                if ok: stats["done"] += 1
                elif data.startswith(b"HTTP/1.1 503") and data.endswith(b"seconds.\n"): stats["unavailable"] += 1
                elif data: stats["lost"] += 1; reasons.append(data[:40])
                else: stats["unanswered"] += 1
        except OSError as error:
            with lock:
                if data: stats["lost"] += 1; reasons.append(repr(error).encode())
                else: stats["unanswered"] += 1
        finally:
            s.close()

threads = [threading.Thread(target=client, args=(n,)) for n in range(32)]
for t in threads: t.start()
time.sleep(4)
os.kill(pid, signal.SIGTERM)
for t in threads: t.join()
print(f"completed {stats['done']}, complete 503 {stats['unavailable']}, cut off mid-response {stats['lost']}, refused after the port closed {stats['refused']}, "
      f"reset with no response byte {stats['unanswered']} (connections still in the kernel's accept queue when the "
      "port closed; in production the readiness probe and the preStop pause drain traffic first)")
for reason in sorted(set(reasons)): print("  lost:", reason.decode(errors="replace"))
print("PASS" if stats["lost"] == 0 else "FAIL")
PY
wait $app 2>/dev/null || true
grep -o "Commencing graceful shutdown.*\|Graceful shutdown complete.*" target/bench/shutdown-app.log | head -2
