#!/usr/bin/env python3
"""HTTP throughput of POST /v1/advisories against a bare Javalin JSON echo, in the same run.

Starts the echo server (src/test/java/.../bench/EchoServer.java: same Jetty, Javalin and Jackson, no logging),
loads it with wrk, stops it; then starts the service (serve --no-watch) and loads it the same way with the
same example as JSON; prints requests/s, latency percentiles and the server's CPU time per request of both,
and their ratios. CPU per request (user and system time of the server process over the measured run, from
/proc) compares well on a shared machine, where requests/s depends on what else runs. Both listen on
loopback only; each wrk run is bounded in time. Needs wrk, and the jar and test classes built:

    mvn -B -q package -DskipTests && mvn -B -q test-compile
    python3 bench/http_vs_echo.py --seconds 15 --warmup 60 --connections 32
"""
import argparse
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JAR = ROOT / "target" / "custody-advisor.jar"
TEST_CLASSES = ROOT / "target" / "test-classes"
ECHO = "com.custodyadvisor.bench.EchoServer"

LUA = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = io.open(os.getenv("BODY_FILE"), "rb"):read("*a")
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %d %d %.1f %.1f %.1f %.1f\\n", summary.requests, summary.duration,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(url, seconds=60, status=200):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == status:
                    return
        except Exception:
            pass
        time.sleep(0.1)
    sys.exit(f"{url} did not answer {status} within {seconds} s")


def wrk(url, args, body_file, seconds, lua_file):
    env = dict(os.environ, BODY_FILE=str(body_file))
    out = subprocess.run(["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{seconds}s", "--timeout", "10s",
                          "-s", str(lua_file), url], env=env, capture_output=True, text=True, timeout=seconds + 60)
    m = re.search(r"RESULT (\d+) (\d+) (\d+) ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)", out.stdout)
    if not m:
        sys.exit("wrk said:\n" + out.stdout + out.stderr)
    requests, micros, errors = int(m[1]), int(m[2]), int(m[3])
    return {"requests": requests, "requests_per_s": round(requests / (micros / 1e6)), "errors": errors,
            "p50_ms": float(m[4]) / 1000, "p90_ms": float(m[5]) / 1000, "p99_ms": float(m[6]) / 1000,
            "max_ms": float(m[7]) / 1000}


def cpu_seconds(pid):
    """User and system CPU time of a process so far, or None where /proc is not there."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def compiler_seconds(pid):
    """CPU time so far of the JIT compiler's threads of a process (C1 and C2), or None where /proc is not there."""
    total = 0
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            if (task / "comm").read_text().startswith(("C1 CompilerThre", "C2 CompilerThre")):
                fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
                total += int(fields[11]) + int(fields[12])
    except OSError:
        return None
    return total / os.sysconf("SC_CLK_TCK")


def measure(name, command, ready_url, post_url, args, body_file, lua_file):
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    try:
        wait_until(ready_url)
        wrk(post_url, args, body_file, args.warmup, lua_file)
        cpu_before, jit_before = cpu_seconds(process.pid), compiler_seconds(process.pid)
        result = wrk(post_url, args, body_file, args.seconds, lua_file)
        cpu_after, jit_after = cpu_seconds(process.pid), compiler_seconds(process.pid)
        result["cpu_ms_per_request"] = (round((cpu_after - cpu_before) * 1000 / result["requests"], 3)
                                        if cpu_before is not None and result["requests"] else None)
        # while the JIT still compiles, the figures are of a program warming up, not of its steady state
        result["jit_share_of_cpu"] = (round((jit_after - jit_before) / (cpu_after - cpu_before), 3)
                                      if jit_before is not None and cpu_after > cpu_before else None)
    finally:
        process.terminate()
        try:
            process.wait(timeout=40)
        except subprocess.TimeoutExpired:
            process.kill()
    print(f"{name:8} {result['requests_per_s']:>7} requests/s  p50 {result['p50_ms']:.2f} ms  "
          f"p90 {result['p90_ms']:.2f} ms  p99 {result['p99_ms']:.2f} ms  max {result['max_ms']:.1f} ms  "
          f"errors {result['errors']}  CPU {result['cpu_ms_per_request']} ms/request "
          f"(JIT compiler {result['jit_share_of_cpu']} of it)", flush=True)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=15)
    # under load the C2 compiler works on the rules' code for about 50 s (a third of the CPU at first): a shorter
    # warm-up measures the JIT as much as the service; the JIT's share of the measured CPU is printed to check
    parser.add_argument("--warmup", type=int, default=60, help="seconds of load before each measurement")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--example", default="apac-custodian.yaml")
    parser.add_argument("--jar", default=str(JAR), help="the service's jar (e.g. an older build to compare)")
    args = parser.parse_args()
    for needed in (Path(args.jar), TEST_CLASSES / "com" / "custodyadvisor" / "bench" / "EchoServer.class"):
        if not needed.exists():
            sys.exit(f"{needed} is missing: build with mvn -B -q package -DskipTests && mvn -B -q test-compile")
    classpath = f"{args.jar}{os.pathsep}{TEST_CLASSES}"
    with tempfile.TemporaryDirectory() as tmp:
        body_file = Path(tmp) / "profile.json"
        body = subprocess.run(["java", "-cp", classpath, ECHO, "--json", str(ROOT / "data" / "examples" / args.example)],
                              capture_output=True, check=True).stdout
        body_file.write_bytes(body)
        lua_file = Path(tmp) / "post.lua"
        lua_file.write_text(LUA)
        print(f"POST of {args.example} as JSON ({len(body)} bytes), wrk -t{args.threads} -c{args.connections} "
              f"-d{args.seconds}s after {args.warmup} s of warm-up", flush=True)
        port = free_port()
        echo = measure("echo", ["java", "-cp", classpath, ECHO, str(port)], f"http://127.0.0.1:{port}/health",
                       f"http://127.0.0.1:{port}/echo", args, body_file, lua_file)
        port = free_port()
        service = measure("service", ["java", "-jar", args.jar, "serve", "--port", str(port), "--no-watch"],
                          f"http://127.0.0.1:{port}/health/ready", f"http://127.0.0.1:{port}/v1/advisories", args,
                          body_file, lua_file)
    ratio = service["requests_per_s"] / echo["requests_per_s"]
    cpu_ratio = (service["cpu_ms_per_request"] / echo["cpu_ms_per_request"]
                 if service["cpu_ms_per_request"] and echo["cpu_ms_per_request"] else None)
    print(f"ratio    {ratio:.3f} of the echo's requests/s; p99 {service['p99_ms']:.1f} ms against "
          f"{echo['p99_ms']:.1f} ms; {cpu_ratio and round(cpu_ratio, 1)}x the echo's CPU per request; "
          f"load average {os.getloadavg()[0]:.1f}")
    print(json.dumps({"echo": echo, "service": service, "ratio": round(ratio, 3),
                      "cpu_ratio": cpu_ratio and round(cpu_ratio, 2), "load_average": os.getloadavg()}))


if __name__ == "__main__":
    main()
