#!/usr/bin/env python3
"""Soak: N minutes of advisory load on a service started here, with a reload every few seconds that is in
turn valid (a rule file added), broken (that file made unparsable, or a rule that loops: refused) and
restored (the file removed again). Prints, every 30 s and at the end: requests, failed requests, answers
from a stale rule set, reloads, and the resident memory and live heap of the service after a full GC
(the service runs with -Xmx512m unless --jvm says otherwise).

    mvn -B -q package -DskipTests
    python3 scripts/soak.py --minutes 5

The service runs on a copy of rules/ and data/ (the checkout is never touched) on a free loopback port.
"""
import argparse
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEY = "soak-admin-key"
EXTRA = "soak-extra.drl"
VALID = """package custody.rules;
import com.custodyadvisor.profile.*;
rule "Soak: notes a firm"
    @id("SOAK-NOTE") @severity("INFO") @category("TEST") @source("soak")
when
    Firm( name == "never a firm's name {n}" )
then
end
"""
BROKEN = VALID.replace("when", "when\n    Firm( nmae == 1 )")
LOOPS = """package custody.rules;
import com.custodyadvisor.profile.*;
rule "Soak: loops"
    @id("SOAK-LOOP") @severity("INFO") @category("TEST") @source("soak")
when
    $f : Firm()
then
    insert(new Firm($f.name() + "!", $f.type(), $f.domicile(), $f.regions(), $f.clientAssets()));
end
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=5)
    parser.add_argument("--reload-every", type=float, default=3, help="seconds between reloads")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--jar", default=str(ROOT / "target" / "custody-advisor.jar"))
    parser.add_argument("--jvm", default="-Xmx512m",
                        help="JVM options of the service (a bounded heap keeps resident memory comparable)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="custody-soak-"))
    shutil.copytree(ROOT / "rules", work / "rules")
    shutil.copytree(ROOT / "data", work / "data")
    port = free_port()
    env = dict(os.environ, CUSTODY_ADVISOR_ADMIN_KEY=KEY)
    server = subprocess.Popen(["java", *args.jvm.split(), "-jar", args.jar, "serve", "--host", "127.0.0.1", "--port", str(port),
                               "--rules", str(work / "rules"), "--data", str(work / "data"), "--no-watch"],
                              env=env, stdout=subprocess.DEVNULL, stderr=open(work / "serve.log", "w"))
    try:
        soak(server, port, work, args)
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(60)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(work, ignore_errors=True)


def soak(server, port, work, args):
    state = State(health(port, wait=120)["rulesetVersion"])
    bodies = [p.read_bytes() for p in sorted((ROOT / "data" / "examples").glob("*.yaml"))]
    stop = threading.Event()
    clients = [threading.Thread(target=load, args=(port, bodies, state, stop), daemon=True)
               for _ in range(args.clients)]
    for c in clients:
        c.start()
    started = time.monotonic()
    end = started + args.minutes * 60
    next_report = started + 30
    step = 0
    print("minute  requests  failed  stale  reloads(ok/refused/unexpected)  rss-after-gc  heap-after-gc")
    while time.monotonic() < end:
        time.sleep(args.reload_every)
        reload_step(port, work, state, step)
        step += 1
        if time.monotonic() >= next_report:
            report(server.pid, state, started)
            next_report += 30
    stop.set()
    for c in clients:
        c.join(30)
    report(server.pid, state, started)
    print(json.dumps({"requests": state.requests, "failed": state.failed, "stale": state.stale,
                      "reloads_ok": state.reloads_ok, "reloads_refused": state.reloads_refused,
                      "reloads_unexpected": state.reloads_unexpected,
                      "reload_seconds_mean": round(sum(state.reload_seconds) / max(len(state.reload_seconds), 1), 2),
                      "reload_seconds_max": round(max(state.reload_seconds, default=0), 2),
                      "rss_after_gc_mib": state.rss, "heap_after_gc_mib": state.heap,
                      "failures": state.failure_kinds}, indent=1))
    if state.failed or state.stale or state.reloads_unexpected:
        sys.exit(1)


class State:
    """What the clients saw, and which rule set serves: a request sent after a reload answered must get it."""

    def __init__(self, version):
        self.lock = threading.Lock()
        self.serving = version
        self.epoch = 0  # bumped when a reload starts and when it ends: a request spanning one is not judged
        self.requests = self.failed = self.stale = 0
        self.reloads_ok = self.reloads_refused = self.reloads_unexpected = 0
        self.reload_seconds = []
        self.failure_kinds = {}
        self.rss, self.heap = [], []

    def record(self, epoch_at_start, serving_at_start, status, version):
        with self.lock:
            self.requests += 1
            if status != 200:
                self.failed += 1
                self.failure_kinds[str(status)] = self.failure_kinds.get(str(status), 0) + 1
            elif epoch_at_start % 2 == 0 and self.epoch == epoch_at_start and version != serving_at_start:
                self.stale += 1


def load(port, bodies, state, stop):
    conn = None
    i = 0
    while not stop.is_set():
        body = bodies[i % len(bodies)]
        i += 1
        with state.lock:
            epoch, serving = state.epoch, state.serving
        try:
            if conn is None:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            conn.request("POST", "/v1/advisories", body=body, headers={"Content-Type": "application/yaml"})
            response = conn.getresponse()
            data = response.read()
            version = json.loads(data).get("rulesetVersion") if response.status == 200 else None
            state.record(epoch, serving, response.status, version)
        except (OSError, http.client.HTTPException, ValueError) as e:
            state.record(epoch, serving, type(e).__name__, None)
            conn = None


def reload_step(port, work, state, step):
    """valid, broken, restored; every other broken step is a rule that loops instead of a syntax error."""
    extra = work / "rules" / EXTRA
    phase = step % 3
    if phase == 0:
        extra.write_text(VALID.replace("{n}", str(step)))
        expected, query = 200, ""
    elif phase == 1:
        extra.write_text(BROKEN if (step // 3) % 2 == 0 else LOOPS)
        expected, query = 422, ""
    else:
        extra.unlink()
        expected, query = 200, "?allowRemovals=true"
    with state.lock:
        state.epoch += 1
    began = time.monotonic()
    status, body = request(port, "POST", "/v1/admin/reload" + query, headers={"Authorization": "Bearer " + KEY})
    with state.lock:
        state.reload_seconds.append(time.monotonic() - began)
        if status == 200:
            state.serving = body["rulesetVersion"]
        if status == expected:
            if status == 200:
                state.reloads_ok += 1
            else:
                state.reloads_refused += 1
        else:
            state.reloads_unexpected += 1
            print(f"reload step {step}: expected {expected}, got {status}: {body}", flush=True)
        state.epoch += 1


def report(pid, state, started):
    subprocess.run(["jcmd", str(pid), "GC.run"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    time.sleep(2)  # G1 gives memory back to the system after the collection, not during it
    rss = rss_mib(pid)
    heap = heap_used_mib(pid)
    with state.lock:
        state.rss.append(rss)
        state.heap.append(heap)
        print(f"{(time.monotonic() - started) / 60:6.1f}  {state.requests:8d}  {state.failed:6d}  {state.stale:5d}  "
              f"{state.reloads_ok:6d}/{state.reloads_refused}/{state.reloads_unexpected:<18d}  {rss:8.1f} MiB  "
              f"{heap:8.1f} MiB", flush=True)


def rss_mib(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def heap_used_mib(pid):
    out = subprocess.run(["jcmd", str(pid), "GC.heap_info"], capture_output=True, text=True).stdout
    match = re.search(r"used (\d+)K", out)
    return int(match.group(1)) / 1024 if match else float("nan")


def health(port, wait):
    deadline = time.monotonic() + wait
    while True:
        try:
            status, body = request(port, "GET", "/health")
            if status == 200:
                return body
        except OSError:
            pass
        if time.monotonic() > deadline:
            sys.exit("the service did not start")
        time.sleep(0.5)


def request(port, method, path, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    conn.request(method, path, body=b"" if method == "POST" else None, headers=headers or {})
    response = conn.getresponse()
    body = json.loads(response.read() or b"{}")
    conn.close()
    return response.status, body


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


if __name__ == "__main__":
    main()
