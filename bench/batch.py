#!/usr/bin/env python3
"""Batch throughput: profiles per second of `assess --jsonl` (all cores), and of POST /v1/advisories:batch.

Writes N profiles as JSON Lines (the examples, each firm renamed), runs `assess --jsonl FILE --format json`
and reads the time the batch itself took from its summary line (JVM start and rule loading excluded; the
whole command's wall time is printed too). With --http, also sends them to a service started here (loopback)
in one request and times the streamed answer.

    mvn -B -q package -DskipTests
    python3 bench/batch.py --profiles 20000 [--http]
"""
import argparse
import json
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


def profiles_as_json(jar):
    """The examples as JSON, converted by the program's own reader (assess of a batch echoes nothing), via the
    echo baseline's converter when the test classes are built, else by PyYAML."""
    test_classes = ROOT / "target" / "test-classes"
    out = []
    for example in sorted((ROOT / "data" / "examples").glob("*.yaml")):
        if (test_classes / "com" / "custodyadvisor" / "bench" / "EchoServer.class").exists():
            text = subprocess.run(["java", "-cp", f"{jar}:{test_classes}", "com.custodyadvisor.bench.EchoServer",
                                   "--json", str(example)], capture_output=True, check=True, text=True).stdout
            out.append(json.loads(text))
        else:
            import yaml  # noqa: PLC0415 (only without the test classes)
            out.append(json.loads(json.dumps(yaml.safe_load(example.read_text()), default=str)))
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profiles", type=int, default=20000)
    parser.add_argument("--jar", default=str(JAR))
    parser.add_argument("--http", action="store_true")
    args = parser.parse_args()
    examples = profiles_as_json(args.jar)
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "profiles.jsonl"
        with jsonl.open("w") as f:
            for i in range(args.profiles):
                profile = json.loads(json.dumps(examples[i % len(examples)]))
                profile["firm"]["name"] = f"{profile['firm']['name']} #{i}"
                f.write(json.dumps(profile) + "\n")
        start = time.perf_counter()
        process = subprocess.Popen(["java", "-jar", args.jar, "assess", "--jsonl", str(jsonl), "--format", "json",
                                    "--fail-on", "NONE"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        # when each result arrived: the second half of the batch runs on code the JIT has compiled by then, which
        # the first half (and a short batch) mostly does not
        arrivals = [time.perf_counter() for _ in process.stdout]
        errors = process.stderr.read().decode()
        process.wait()
        wall = time.perf_counter() - start
        summary = errors.strip().splitlines()[-1]
        m = re.match(r"(\d+) profiles in ([\d.]+) s", summary)
        if not m:
            sys.exit(errors)
        count, seconds = int(m[1]), float(m[2])
        half = len(arrivals) // 2
        steady = (len(arrivals) - 1 - half) / (arrivals[-1] - arrivals[half]) if half and arrivals[-1] > arrivals[half] else 0
        print(f"assess --jsonl: {count} profiles in {seconds:.2f} s = {count / seconds:.0f} profiles/s "
              f"(whole command {wall:.2f} s = {count / wall:.0f} profiles/s; its second half {steady:.0f} profiles/s); "
              f"{summary}")
        if args.http:
            with socket.socket() as s:
                s.bind(("127.0.0.1", 0))
                port = s.getsockname()[1]
            service = subprocess.Popen(["java", "-jar", args.jar, "serve", "--port", str(port), "--no-watch",
                                        "--max-batch-body", "256MiB"],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                for _ in range(600):
                    try:
                        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health/ready", timeout=2):
                            break
                    except Exception:
                        time.sleep(0.1)
                body = jsonl.read_bytes()
                for label in ("warm-up", "measured"):
                    request = urllib.request.Request(f"http://127.0.0.1:{port}/v1/advisories:batch", data=body,
                                                     headers={"Content-Type": "application/x-ndjson"})
                    start = time.perf_counter()
                    with urllib.request.urlopen(request, timeout=600) as response:
                        lines = sum(1 for _ in response)
                    took = time.perf_counter() - start
                print(f"POST /v1/advisories:batch: {lines} results in {took:.2f} s = {lines / took:.0f} profiles/s")
            finally:
                service.terminate()
                service.wait(timeout=40)


if __name__ == "__main__":
    main()
