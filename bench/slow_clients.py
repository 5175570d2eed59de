#!/usr/bin/env python3
"""Slow-body load: N connections each send an advisory request whose body trickles in (1 byte/s by default),
reopened whenever the server closes one, while a probe asks for /health and an advisory every 200 ms.
Prints how long the probes took. Only for a service on this machine (loopback).

    java -jar target/custody-advisor.jar serve --port 7070 &
    python3 bench/slow_clients.py --connections 1000 --seconds 60
"""
import argparse
import http.client
import resource
import selectors
import socket
import statistics
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

PROFILE = Path(__file__).resolve().parent.parent / "data" / "examples" / "apac-custodian.yaml"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:7070")
    parser.add_argument("--connections", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--body-bytes", type=int, default=1000, help="declared body length of each slow request")
    parser.add_argument("--bytes-per-second", type=float, default=1)
    parser.add_argument("--probe-timeout", type=float, default=10)
    args = parser.parse_args()
    target = urlparse(args.url)
    host, port = target.hostname, target.port or 80
    if host not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("only a service on this machine (loopback) may be loaded")
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, args.connections + 256)), hard))

    stop = threading.Event()
    slow = SlowSenders(host, port, args)
    probe = Probe(host, port, args.probe_timeout, stop)
    probe.warm_up()
    threading.Thread(target=probe.run, daemon=True).start()
    slow.run(stop, args.seconds)
    stop.set()
    time.sleep(0.5)

    print(f"slow connections: {args.connections} at {args.bytes_per_second} byte/s for {args.seconds:.0f} s; "
          f"opened {slow.opened}, open at the end {len(slow.sockets)}, min open after ramp-up {slow.min_open}, "
          f"answers to slow bodies {dict(sorted(slow.answers.items()))}, open failures {slow.open_failures}")
    for name, samples in (("GET /health", probe.health), ("POST /v1/advisories", probe.advisory)):
        ok = [s for s, status in samples if status == 200]
        bad = [status for _, status in samples if status != 200]
        if ok:
            ok.sort()
            p99 = ok[min(len(ok) - 1, int(len(ok) * 0.99))]
            print(f"{name}: {len(samples)} probes, {len(bad)} failed {sorted(set(map(str, bad)))}; "
                  f"p50 {statistics.median(ok) * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms, max {ok[-1] * 1000:.1f} ms, "
                  f"over 1 s: {sum(1 for s in ok if s > 1)}")
        else:
            print(f"{name}: {len(samples)} probes, all failed {sorted(set(map(str, bad)))}")


class SlowSenders:
    """Keeps N connections open, each sending one byte of its body at a time."""

    def __init__(self, host, port, args):
        self.host, self.port, self.args = host, port, args
        self.selector = selectors.DefaultSelector()
        self.sockets = {}
        self.opened = 0
        self.open_failures = 0
        self.min_open = None
        self.answers = {}
        self.head = (f"POST /v1/advisories HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
                     f"Content-Length: {args.body_bytes}\r\n\r\n").encode()

    def open_one(self):
        s = socket.socket(socket.AF_INET6 if ":" in self.host else socket.AF_INET, socket.SOCK_STREAM)
        s.settimeout(5)
        try:
            s.connect((self.host, self.port))
            s.sendall(self.head)
        except OSError:
            self.open_failures += 1
            s.close()
            return
        s.setblocking(False)
        self.selector.register(s, selectors.EVENT_READ)
        self.sockets[s] = 0
        self.opened += 1

    def close(self, s, answer=None):
        if answer:
            status = answer.split(b" ", 2)[1].decode(errors="replace") if answer.startswith(b"HTTP/") else "?"
            self.answers[status] = self.answers.get(status, 0) + 1
        else:
            self.answers["closed"] = self.answers.get("closed", 0) + 1
        self.selector.unregister(s)
        del self.sockets[s]
        s.close()

    def run(self, stop, seconds):
        start = time.monotonic()
        while len(self.sockets) < self.args.connections:
            self.open_one()
        ramped = time.monotonic()
        interval = 1 / self.args.bytes_per_second
        next_send = time.monotonic()
        while time.monotonic() - start < seconds:
            for key, _ in self.selector.select(timeout=0.05):
                try:
                    data = key.fileobj.recv(65536)
                except OSError:
                    data = b""
                self.close(key.fileobj, data)
            if time.monotonic() >= next_send:
                next_send += interval
                for s in list(self.sockets):
                    if self.sockets[s] >= self.args.body_bytes - 1:
                        continue  # never complete a body: stay slow
                    try:
                        s.send(b" ")
                        self.sockets[s] += 1
                    except OSError:
                        self.close(s)
            while len(self.sockets) < self.args.connections and time.monotonic() - start < seconds:
                self.open_one()
            if time.monotonic() - ramped > 2:
                self.min_open = len(self.sockets) if self.min_open is None else min(self.min_open, len(self.sockets))
        for s in list(self.sockets):
            self.close(s, b"")


class Probe:
    """Asks for /health and an advisory in turn, each on a fresh connection, and times the answers."""

    def __init__(self, host, port, timeout, stop):
        self.host, self.port, self.timeout, self.stop = host, port, timeout, stop
        self.health, self.advisory = [], []
        self.body = PROFILE.read_bytes()

    def ask(self, method, path, body=None, headers=None):
        started = time.monotonic()
        try:
            conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            response.read()
            conn.close()
            return time.monotonic() - started, response.status
        except OSError as e:
            return time.monotonic() - started, type(e).__name__

    def warm_up(self, advisories=50):
        """A fresh JVM compiles as it goes: the figures are for a service that has answered before."""
        for _ in range(advisories):
            self.ask("POST", "/v1/advisories", self.body, {"Content-Type": "application/yaml"})

    def run(self):
        time.sleep(1)
        while not self.stop.is_set():
            self.health.append(self.ask("GET", "/health"))
            self.advisory.append(self.ask("POST", "/v1/advisories", self.body,
                                          {"Content-Type": "application/yaml"}))
            time.sleep(0.2)


if __name__ == "__main__":
    main()
