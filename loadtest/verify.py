"""After a load test: did every lesson a simulated councillor successfully marked done end up in the database
exactly once, how many responses were 5xx, and what were the latencies?

Run by loadtest/run.sh: `python loadtest/verify.py --results results.json --stats locust_stats.csv --cpu cpu.json`.
Beside the latencies it reports where the machine's CPU went during the run: the load generator (Locust's own
account), the server (gunicorn's processes), and everything else (PostgreSQL, Redis, other people's work), so
that a figure taken with the generator on the same machine says how much of the machine the server had.
Exits with status 1 when progress was lost or duplicated, or when any response was a 5xx.
"""

import argparse
import csv
import json
import os
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "training.settings.production")

import django  # noqa: E402

django.setup()

from courses.models import LessonCompletion  # noqa: E402


def progress_check(completed):
    """(lost, duplicated, unconfirmed): marks the client saw succeed that have no row, rows that exist more
    than once, and rows the client never saw succeed (a response lost to a timeout, say)."""
    rows = Counter(
        LessonCompletion.objects.filter(user__email__in=completed.keys()).values_list("user__email", "lesson_id")
    )
    expected = {(email, lesson_id) for email, ids in completed.items() for lesson_id in ids}
    lost = sorted(expected - rows.keys())
    duplicated = sorted(key for key, count in rows.items() if count > 1)
    unconfirmed = sorted(rows.keys() - expected)
    return lost, duplicated, unconfirmed


def latency_rows(stats_csv):
    with open(stats_csv, newline="") as handle:
        return list(csv.DictReader(handle))


def cpu_report(cpu, generator):
    """Lines saying how the CPU time of the run was spent, in seconds and in cores' worth."""
    ticks = cpu["clock_ticks"]
    busy = cpu["machine_busy_ticks"] / ticks
    idle = cpu["machine_idle_ticks"] / ticks
    wall = (busy + idle) / cpu["cores"] or 1.0
    server = cpu["server_ticks"] / ticks
    locust = generator.get("cpu_seconds", 0.0)
    other = max(busy - server - locust, 0.0)
    pinned = f", pinned to CPU {cpu['generator_pinned']}" if cpu.get("generator_pinned") else ""
    return [
        f"Scenario {cpu['scenario']}: {cpu['users']} users, {cpu['spawn_rate']} new per second, {cpu['run_time']}; "
        f"load average after the run {cpu['load_average_after']}.",
        f"CPU during the run ({wall:.0f} s on {cpu['cores']} cores): machine busy {busy:.0f} s "
        f"({busy / wall:.2f} cores), idle {idle:.0f} s.",
        f"  load generator (Locust, FastHttpUser{pinned}): {locust:.1f} s ({locust / wall:.2f} cores)",
        f"  server (gunicorn): {server:.1f} s ({server / wall:.2f} cores)",
        f"  everything else (PostgreSQL, Redis, other processes on the machine): {other:.0f} s "
        f"({other / wall:.2f} cores)",
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--results", required=True)
    parser.add_argument("--stats", required=True, help="Locust's <prefix>_stats.csv")
    parser.add_argument("--cpu", help="CPU accounting written by run.sh (cpu.json)")
    args = parser.parse_args()

    results = json.loads(Path(args.results).read_text())
    lost, duplicated, unconfirmed = progress_check(results["completed"])
    server_errors = sum(count for status, count in results["status_counts"].items() if status.startswith("5"))

    print("Status codes:", ", ".join(f"{s}: {n}" for s, n in sorted(results["status_counts"].items())))
    print("Transport errors (timeouts, refused):", results["transport_errors"] or "none")
    print(f"5xx responses: {server_errors}")
    print(
        f"Mark-done successes seen by the clients: {results['mark_done_successes']}; "
        f"lost: {len(lost)}; duplicated: {len(duplicated)}; saved but not confirmed to the client: "
        f"{len(unconfirmed)}"
    )
    for email, lesson_id in lost[:20]:
        print(f"  LOST: {email} lesson {lesson_id}")
    if args.cpu:
        print()
        print("\n".join(cpu_report(json.loads(Path(args.cpu).read_text()), results.get("generator", {}))))
    print()
    print("| request | count | failures | median ms | p95 ms | p99 ms | max ms | req/s |")
    print("|---|---|---|---|---|---|---|---|")
    for row in latency_rows(args.stats):
        print(
            f"| {row['Name']} | {row['Request Count']} | {row['Failure Count']} | {row['50%']} | {row['95%']} | "
            f"{row['99%']} | {float(row['Max Response Time']):.0f} | {float(row['Requests/s']):.1f} |"
        )
    if lost or duplicated or server_errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
