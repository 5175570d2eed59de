#!/usr/bin/env python3
"""Start-up of the command line and the service, as ratios to `--help` measured in the same run.

Times (median of --runs, wall clock): `--help`; `assess` of one example on the shipped rules; `assess` on an
edited copy of the rules, the first run (compiles, fills an empty rule cache) and the next ones (from the
cache); `serve` from the process start to its first advisory (a POST answered 200). Loopback only.

    mvn -B -q package -DskipTests
    python3 bench/startup.py --runs 7
    python3 bench/startup.py --java /usr/lib/jvm/temurin-25-jdk-amd64/bin/java --aot   # Java 25's AOT caches
    python3 bench/startup.py --cds   # Java 13 to 24: class-data sharing archives, one per command, as the launcher
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


def first_advisory(serve, runs, cwd):
    return statistics.median(first_advisory_of(serve, cwd) for _ in range(runs))


def first_advisory_of(serve, cwd):
    """Seconds from starting the serve command given to its first advisory answered 200; then stops it (SIGTERM)."""
    body = EXAMPLE.read_bytes()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    start = time.perf_counter()
    process = subprocess.Popen(serve + ["--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               cwd=cwd)
    try:
        while True:
            if time.perf_counter() - start > 120:
                sys.exit("serve gave no advisory within 120 s")
            try:
                request = urllib.request.Request(f"http://127.0.0.1:{port}/v1/advisories", data=body,
                                                 headers={"Content-Type": "application/yaml"})
                with urllib.request.urlopen(request, timeout=5) as response:
                    if response.status == 200:
                        return time.perf_counter() - start
            except Exception:
                time.sleep(0.02)
    finally:
        process.terminate()
        process.wait(timeout=40)


class Archives:
    """The JVM options a command runs with: none, or as the launcher does, an archive of its own per subcommand,
    made by one run of that command (serve's when it is stopped after its first advisory)."""

    def __init__(self, java, jar, mode, tmp):
        self.java, self.jar, self.mode, self.tmp = java, jar, mode, tmp
        self.made = {}

    def command(self, name, args, cwd, env=None):
        options = self.made.get(name)
        if options is None:
            options = self.made[name] = self.make(name, args, cwd, env)
        return [self.java] + options + ["-jar", self.jar] + args

    def make(self, name, args, cwd, env):
        if self.mode is None:
            return []
        quiet = ["-Xlog:cds=off", "-Xlog:cds+dynamic=off"] + (["-Xlog:aot=off"] if self.mode == "aot" else [])
        archive = self.tmp / f"{name}.{'aot' if self.mode == 'aot' else 'jsa'}"
        config = self.tmp / f"{name}.aotconf"
        record = ([f"-XX:AOTMode=record", f"-XX:AOTConfiguration={config}"] if self.mode == "aot"
                  else [f"-XX:ArchiveClassesAtExit={archive}"]) + quiet
        training = [self.java] + record + ["-jar", self.jar] + args
        if name == "serve":
            first_advisory_of(training, cwd)
        else:
            subprocess.run(training, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd, env=env)
        if self.mode == "aot":
            subprocess.run([self.java, "-XX:AOTMode=create", f"-XX:AOTConfiguration={config}",
                            f"-XX:AOTCache={archive}", "-jar", self.jar], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, check=True)
            return [f"-XX:AOTCache={archive}"] + quiet
        if not archive.exists():
            sys.exit(f"no archive made by {' '.join(map(str, training))}")
        return [f"-XX:SharedArchiveFile={archive}"] + quiet


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--java", default="java")
    parser.add_argument("--jar", default=str(ROOT / "target" / "custody-advisor.jar"))
    parser.add_argument("--aot", action="store_true",
                        help="Java 25 or later: an AOT cache per command, as the launcher keeps, trained on one run of it")
    parser.add_argument("--cds", action="store_true",
                        help="Java 13 to 24: a class-data sharing archive per command, as the launcher keeps, dumped "
                             "at the end of one run of it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        # outside the checkout, so the shipped rules inside the jar are what runs
        work = tmp / "work"
        work.mkdir()
        shutil.copy(EXAMPLE, work / EXAMPLE.name)
        archives = Archives(args.java, args.jar, "aot" if args.aot else "cds" if args.cds else None, tmp)
        results = {"java": subprocess.run([args.java, "-version"], capture_output=True, text=True).stderr.splitlines()[0]}
        results["help_s"] = median(archives.command("main", ["--help"], work), args.runs, cwd=work)
        assess = archives.command("assess", ["assess", EXAMPLE.name, "--format", "json", "--fail-on", "NONE"], work)
        results["assess_shipped_s"] = median(assess, args.runs, cwd=work)
        edited = tmp / "rules"
        shutil.copytree(ROOT / "rules", edited)
        first = sorted(edited.glob("*.drl"))[0]
        first.write_text(first.read_text() + "\n// edited\n")
        env = dict(os.environ, CUSTODY_ADVISOR_CACHE=str(tmp / "cache"))
        # with the archive assess made on the shipped rules, as the launcher would use it
        with_edited = archives.command("assess", ["assess", EXAMPLE.name, "--rules", str(edited), "--format", "json",
                                                  "--fail-on", "NONE"], work)
        results["assess_edited_first_s"] = timed(with_edited, env, cwd=work)
        results["assess_edited_cached_s"] = median(with_edited, args.runs, env, cwd=work)
        serve = archives.command("serve", ["serve", "--no-watch"], work)
        results["serve_first_advisory_s"] = first_advisory(serve, max(3, args.runs // 2), work)
    help_s = results["help_s"]
    for key in ("assess_shipped_s", "assess_edited_first_s", "assess_edited_cached_s", "serve_first_advisory_s"):
        results[key[:-len("_s")] + "_to_help"] = round(results[key] / help_s, 2)
    for key, value in results.items():
        print(f"{key:32} {value:.3f}" if isinstance(value, float) else f"{key:32} {value}")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
