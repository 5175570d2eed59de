#!/usr/bin/env python3
"""Start-up of the command line and the service, as ratios to `--help` measured in the same run.

Times (median of --runs, wall clock): `--help`; `assess` of one example on the shipped rules; `assess` on an
edited copy of the rules, the first run (compiles, fills an empty rule cache) and the next ones (from the
cache); `serve` from the process start to its first advisory (a POST answered 200). Loopback only.

    mvn -B -q package -DskipTests
    python3 bench/startup.py --runs 7
    python3 bench/startup.py --java /usr/lib/jvm/temurin-25-jdk-amd64/bin/java --aot   # Java 25's AOT cache
    python3 bench/startup.py --cds   # Java 13 to 24: a class-data sharing archive, as the launcher keeps one
"""
import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "data" / "examples" / "apac-custodian.yaml"


def timed(command, env=None, cwd=None):
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=cwd)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(map(str, command))} failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    return elapsed


def median(command, runs, env=None, cwd=None):
    return statistics.median(timed(command, env, cwd) for _ in range(runs))


def first_advisory(java, runs, cwd):
    body = EXAMPLE.read_bytes()
    times = []
    for _ in range(runs):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        start = time.perf_counter()
        process = subprocess.Popen(java + ["serve", "--port", str(port), "--no-watch"], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, cwd=cwd)
        try:
            while True:
                if time.perf_counter() - start > 120:
                    sys.exit("serve gave no advisory within 120 s")
                try:
                    request = urllib.request.Request(f"http://127.0.0.1:{port}/v1/advisories", data=body,
                                                     headers={"Content-Type": "application/yaml"})
                    with urllib.request.urlopen(request, timeout=5) as response:
                        if response.status == 200:
                            times.append(time.perf_counter() - start)
                            break
                except Exception:
                    time.sleep(0.02)
        finally:
            process.terminate()
            process.wait(timeout=40)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--java", default="java")
    parser.add_argument("--jar", default=str(ROOT / "target" / "custody-advisor.jar"))
    parser.add_argument("--aot", action="store_true",
                        help="Java 25 or later: train an AOT cache on one assess run, then time every command with it")
    parser.add_argument("--cds", action="store_true",
                        help="Java 13 to 24: dump a class-data sharing archive on one assess run, then time every "
                             "command with it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        java = [args.java]
        if args.aot:
            aot = tmp / "app.aot"
            subprocess.run([args.java, f"-XX:AOTCacheOutput={aot}", "-jar", args.jar, "assess", str(EXAMPLE),
                            "--fail-on", "NONE"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            java.append(f"-XX:AOTCache={aot}")
        elif args.cds:
            jsa = tmp / "app.jsa"
            subprocess.run([args.java, f"-XX:ArchiveClassesAtExit={jsa}", "-jar", args.jar, "assess", str(EXAMPLE),
                            "--fail-on", "NONE"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            java += [f"-XX:SharedArchiveFile={jsa}", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"]
        java += ["-jar", args.jar]
        # outside the checkout, so the shipped rules inside the jar are what runs
        work = tmp / "work"
        work.mkdir()
        shutil.copy(EXAMPLE, work / EXAMPLE.name)
        results = {"java": subprocess.run([args.java, "-version"], capture_output=True, text=True).stderr.splitlines()[0]}
        results["help_s"] = median(java + ["--help"], args.runs, cwd=work)
        assess = java + ["assess", EXAMPLE.name, "--format", "json", "--fail-on", "NONE"]
        results["assess_shipped_s"] = median(assess, args.runs, cwd=work)
        edited = tmp / "rules"
        shutil.copytree(ROOT / "rules", edited)
        first = sorted(edited.glob("*.drl"))[0]
        first.write_text(first.read_text() + "\n// edited\n")
        env = dict(os.environ, CUSTODY_ADVISOR_CACHE=str(tmp / "cache"))
        with_edited = java + ["assess", EXAMPLE.name, "--rules", str(edited), "--format", "json", "--fail-on", "NONE"]
        results["assess_edited_first_s"] = timed(with_edited, env, cwd=work)
        results["assess_edited_cached_s"] = median(with_edited, args.runs, env, cwd=work)
        results["serve_first_advisory_s"] = first_advisory(java, max(3, args.runs // 2), work)
    help_s = results["help_s"]
    for key in ("assess_shipped_s", "assess_edited_first_s", "assess_edited_cached_s", "serve_first_advisory_s"):
        results[key[:-len("_s")] + "_to_help"] = round(results[key] / help_s, 2)
    for key, value in results.items():
        print(f"{key:32} {value:.3f}" if isinstance(value, float) else f"{key:32} {value}")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
