#!/usr/bin/env python3
"""bench/first-prompt.py MQT STORE [RUNS]: time from starting the REPL in a pseudo-terminal to its
first `mqt> ` prompt (issue 4: within 50 ms on the 60x store). Prints median and p95."""
import os, pty, select, statistics, sys, time

def once(mqt, store):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["MQT_HISTORY"] = "/dev/null"
        os.execv(mqt, ["mqt", "--db", store])
    seen = b""
    deadline = time.time() + 10
    while time.time() < deadline and b"mqt> " not in seen:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                seen += os.read(fd, 4096)
            except OSError:
                break
    elapsed = (time.perf_counter() - start) * 1000
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    return elapsed if b"mqt> " in seen else float("inf")

mqt, store = sys.argv[1], sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 15
times = sorted(once(mqt, store) for _ in range(runs))
median = statistics.median(times)
p95 = times[max(0, int(round(0.95 * runs)) - 1)]
print(f"REPL first prompt on {os.path.basename(store)}: {median:.1f} ms (p95 {p95:.1f}); target 50 ms: {'met' if median <= 50 else 'NOT met'}")
