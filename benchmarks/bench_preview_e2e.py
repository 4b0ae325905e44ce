#!/usr/bin/env python3
"""Time `mimecast-bridge-cli preview` of a generated data set served by the simulator.

Writes a data set of --alerts records with `bench_pipeline --write-dataset`: every record is
an alert, 30 % are attachment, 30 % impersonation and 40 % url records, one second apart from
2026-11-23T01:00:00Z. Then starts `mimecast-bridge-simulator --data DIR --time-shift none` on
127.0.0.1 and runs `mimecast-bridge-cli preview --api 2 --page-size 500` over one window of less
than 24 hours, so each log type takes one paging run. Reports the CLI's wall time and peak RSS (wait4 of the
child), the calls in the simulator's request log and the CLI's summary line.

Targets: get-logs calls equal to the number of pages (ceil(records / page size) per log type),
one token request, and as many alerts printed as records written.

Usage: bench_preview_e2e.py --cli PATH --simulator PATH --pipeline PATH [--alerts N] [--smoke]
"""

import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request

BENCHMARK = "preview_e2e"
CLIENT_ID = "bench-client"
CLIENT_SECRET = "bench-client-secret-value"  # a simulator-only value, never a real secret
WINDOW_FROM = "2026-11-23T00:00:00Z"
WINDOW_TO = "2026-11-23T23:00:00Z"


def format_value(value):
    """Format with four significant digits, or as a whole number from 1000 up."""
    return f"{value:.0f}" if abs(value) >= 1000 else f"{value:.4g}"


def result(measure, value, unit):
    print(f"RESULT|{BENCHMARK}|{measure}|{format_value(value)}|{unit}", flush=True)


def target(measure, value, unit, expected, checked):
    """Print a target line for value == expected and return whether it is met or unchecked."""
    met = value == expected
    status = "PASS" if met else "MISS"
    if not checked:
        status = "SKIP"
    print(f"TARGET|{BENCHMARK}|{measure}|{format_value(value)}|{unit}|== {expected}|{status}",
          flush=True)
    return met or not checked


def write_data_set(pipeline, folder, alerts):
    """Write the data set and return {log type: record count}."""
    output = subprocess.run([pipeline, "--write-dataset", folder, "--records", str(alerts)],
                            check=True, capture_output=True, text=True).stdout
    return {name: int(count) for name, count in (line.split() for line in output.splitlines())}


def start_simulator(simulator, folder):
    environment = dict(os.environ, MIMECAST_SIMULATOR_CLIENT_SECRET=CLIENT_SECRET)
    process = subprocess.Popen(
        [simulator, "--data", folder, "--time-shift", "none", "--client-id", CLIENT_ID],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=environment)
    first_line = process.stdout.readline().split()
    if len(first_line) != 2 or first_line[0] != "mimecast":
        process.kill()
        sys.exit(f"The simulator did not print its Mimecast URL; it printed {first_line!r}.")
    return process, first_line[1]


def run_preview(cli, base_url, page_size, state_dir, output_path):
    """Run the CLI and return (exit code, wall seconds, peak RSS in MB, standard error)."""
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith(("MIMECAST_", "SOPHOS_"))}
    environment.update(MIMECAST_CLIENT_ID=CLIENT_ID, MIMECAST_CLIENT_SECRET=CLIENT_SECRET,
                       LC_ALL="C.UTF-8", LANG="C.UTF-8", HOME=state_dir)
    arguments = [cli, "preview", "--api", "2", "--base-url", base_url, "--from", WINDOW_FROM,
                 "--to", WINDOW_TO, "--page-size", str(page_size), "--state-dir", state_dir]
    with open(output_path, "wb") as output, tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(arguments, stdout=output, stderr=errors, env=environment)
        _, status, usage = os.wait4(process.pid, 0)
        wall_seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        return (process.returncode, wall_seconds, usage.ru_maxrss / 1024.0,
                errors.read().decode("utf-8", "replace"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True, help="path of mimecast-bridge-cli")
    parser.add_argument("--simulator", required=True, help="path of mimecast-bridge-simulator")
    parser.add_argument("--pipeline", required=True,
                        help="path of bench_pipeline, which writes the data set")
    parser.add_argument("--alerts", type=int, help="records in the data set (default 50000)")
    parser.add_argument("--page-size", type=int, default=500, help="records per page")
    parser.add_argument("--smoke", action="store_true",
                        help="use 1500 records and check no timing, to see that it runs")
    options = parser.parse_args()
    alerts = options.alerts or (1500 if options.smoke else 50000)

    with tempfile.TemporaryDirectory(prefix="bench-preview-") as folder:
        data_folder = os.path.join(folder, "data")
        counts = write_data_set(options.pipeline, data_folder, alerts)
        expected_pages = sum(max(1, math.ceil(count / options.page_size))
                             for count in counts.values())
        simulator, base_url = start_simulator(options.simulator, data_folder)
        try:
            output_path = os.path.join(folder, "alerts.jsonl")
            exit_code, wall_seconds, peak_mb, errors = run_preview(
                options.cli, base_url, options.page_size, folder, output_path)
            with urllib.request.urlopen(base_url + "/_simulator/requests", timeout=30) as reply:
                log = json.load(reply)
        finally:
            simulator.terminate()
            simulator.wait(timeout=30)

        with open(output_path, "rb") as output:
            printed = sum(1 for _ in output)

    entries = log if isinstance(log, list) else log.get("requests", [])
    token_calls = sum(1 for entry in entries if entry.get("path") == "/oauth/token")
    log_calls = sum(1 for entry in entries if entry.get("path", "").endswith("/get-logs"))
    summary = re.search(r"summary: pages=(\d+) calls=(\d+)", errors)
    print(f"{alerts} records in {expected_pages} pages of {options.page_size}; "
          f"CLI exit code {exit_code}")
    if summary:
        print(f"CLI summary: pages={summary.group(1)} calls={summary.group(2)}")
    if exit_code != 0:
        print(errors.strip()[-2000:])

    result("wall time", wall_seconds, "s")
    result("peak RSS of the CLI", peak_mb, "MB")
    result("alerts per second", printed / wall_seconds if wall_seconds > 0 else 0, "alerts/s")
    met = target("CLI exit code", exit_code, "", 0, True)
    met = target("alerts printed", printed, "alerts", alerts, True) and met
    met = target("get-logs calls", log_calls, "calls", expected_pages, True) and met
    met = target("token requests", token_calls, "calls", 1, True) and met
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
