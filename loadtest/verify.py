"""After a load test: did every lesson a simulated councillor successfully marked done end up in the database
exactly once, did anyone lose their session, was every e-mail the run caused sent exactly once, how many
responses were 5xx, and what were the latencies?

Run by loadtest/run.sh: `python loadtest/verify.py --results results.json --stats locust_stats.csv --cpu cpu.json
--mail-dir mail/ [--kill kill.json] [--haproxy-stats haproxy_stats.csv]`.
Beside the latencies it reports where the machine's CPU went during the run: the load generator (Locust's own
account), the server (gunicorn's processes), and everything else (PostgreSQL, Redis, other people's work), so
that a figure taken with the generator on the same machine says how much of the machine the server had.
Exits with status 1 when progress or a registration was lost or duplicated, when a session was lost, when an
e-mail was not sent or sent twice, or when any response was a 5xx.

The e-mails: every registration queues one confirmation as a background task (events/services.py), which the
task worker (`manage.py db_worker`) sends; run.sh points the worker at Django's file e-mail backend, and this
script waits (--wait-for-tasks) until the queue is empty before it counts the files.
"""

import argparse
import csv
import email
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "training.settings.production")

import django  # noqa: E402

django.setup()

from django_tasks.base import TaskResultStatus  # noqa: E402
from django_tasks_db.models import DBTaskResult  # noqa: E402

from courses.models import LessonCompletion  # noqa: E402
from events.models import Registration  # noqa: E402

EMAIL_TASK = "events.tasks.registration_email_send"
# Django's file e-mail backend ends every message with a line of 79 dashes (EmailBackend.write_message).
MESSAGE_SEPARATOR = b"\n" + b"-" * 79 + b"\n"


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


def registration_check(registered, emails):
    """(lost, unconfirmed, registrations per email): registrations the client saw succeed that have no row,
    and rows the client never saw succeed (an answer lost with a stopped server, say)."""
    rows = list(Registration.objects.filter(user__email__in=emails).values_list("user__email", "event_id"))
    expected = set(registered.items())
    lost = sorted(expected - set(rows))
    unconfirmed = sorted(set(rows) - expected)
    return lost, unconfirmed, Counter(email for email, _event in rows)


def tasks_wait(*, seconds):
    """Wait until the task workers have taken every queued e-mail task and finished it; False if they did not
    in time."""
    deadline = time.monotonic() + seconds
    pending = DBTaskResult.objects.filter(
        task_path=EMAIL_TASK, status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING]
    )
    while pending.exists():
        if time.monotonic() > deadline:
            return False
        time.sleep(1)
    return True


def email_tasks(emails):
    """(status -> count, registration id -> number of tasks queued for it) of the confirmation tasks for
    the registrations of `emails`."""
    registration_ids = set(Registration.objects.filter(user__email__in=emails).values_list("pk", flat=True))
    statuses = Counter()
    per_registration = Counter()
    for status, args_kwargs in DBTaskResult.objects.filter(task_path=EMAIL_TASK).values_list("status", "args_kwargs"):
        registration_id = args_kwargs.get("kwargs", {}).get("registration_id")
        if registration_id in registration_ids:
            statuses[status] += 1
            per_registration[registration_id] += 1
    missing = len(registration_ids - per_registration.keys())
    return statuses, per_registration, missing


def sent_emails(mail_dir):
    """Recipient -> number of messages in the files Django's file e-mail backend wrote to `mail_dir`."""
    sent = Counter()
    for path in sorted(Path(mail_dir).glob("*.log")):
        for raw in path.read_bytes().split(MESSAGE_SEPARATOR):
            if raw.strip():
                message = email.message_from_bytes(raw)
                for recipient in message.get_all("To", []):
                    sent[recipient.strip().lower()] += 1
    return sent


def email_check(expected, sent):
    """(missing, duplicated, unexpected): recipients who got fewer e-mails than `expected[recipient]`, more,
    or any while none was expected."""
    missing = sorted(r for r, n in expected.items() if sent.get(r, 0) < n)
    duplicated = sorted(r for r, n in expected.items() if sent.get(r, 0) > n)
    unexpected = sorted(r for r in sent if r not in expected)
    return missing, duplicated, unexpected


def sessions_check(logged_out, kill_at=None):
    """(before, after): logged-in requests answered with the login form, before and after the kill."""
    before = [entry for entry in logged_out if kill_at is None or entry["at"] < kill_at]
    after = [entry for entry in logged_out if kill_at is not None and entry["at"] >= kill_at]
    return before, after


def haproxy_report(stats_csv):
    """One line per app server from HAProxy's `show stat`: its state and what it answered."""
    with open(stats_csv, newline="") as handle:
        rows = list(csv.DictReader(line.lstrip("# ") for line in handle))
    lines = []
    for row in rows:
        if row["pxname"] != "app" or row["svname"] in ("FRONTEND", "BACKEND"):
            continue
        lines.append(
            f"  {row['svname']} ({row['status']}): {row['stot']} requests, "
            f"2xx {row['hrsp_2xx']}, 3xx {row['hrsp_3xx']}, 4xx {row['hrsp_4xx']}, 5xx {row['hrsp_5xx']}; "
            f"connection errors {row['econ'] or 0}, response errors {row['eresp'] or 0}, "
            f"retried {row['wretr'] or 0}, sent to the other server {row['wredis'] or 0}"
        )
    frontend = next((row for row in rows if row["svname"] == "FRONTEND"), None)
    if frontend:
        lines.append(f"  balancer answered 5xx itself or passed one on: {frontend['hrsp_5xx']}")
    return lines


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
    support = cpu.get("support_ticks", 0) / ticks
    locust = generator.get("cpu_seconds", 0.0)
    other = max(busy - server - support - locust, 0.0)
    pinned = f", pinned to CPU {cpu['generator_pinned']}" if cpu.get("generator_pinned") else ""
    return [
        f"Scenario {cpu['scenario']}: {cpu['users']} users, {cpu['spawn_rate']} new per second, {cpu['run_time']}; "
        f"load average after the run {cpu['load_average_after']}.",
        f"CPU during the run ({wall:.0f} s on {cpu['cores']} cores): machine busy {busy:.0f} s "
        f"({busy / wall:.2f} cores), idle {idle:.0f} s.",
        f"  load generator (Locust, FastHttpUser{pinned}): {locust:.1f} s ({locust / wall:.2f} cores)",
        f"  server (gunicorn{' x 2' if cpu.get('servers') == 2 else ''}): {server:.1f} s ({server / wall:.2f} cores)",
        f"  task workers{' and HAProxy' if cpu.get('servers') == 2 else ''}: {support:.1f} s "
        f"({support / wall:.2f} cores)",
        f"  everything else (PostgreSQL, Redis, other processes on the machine): {other:.0f} s "
        f"({other / wall:.2f} cores)",
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--results", required=True)
    parser.add_argument("--stats", required=True, help="Locust's <prefix>_stats.csv")
    parser.add_argument("--cpu", help="CPU accounting written by run.sh (cpu.json)")
    parser.add_argument("--plan", help="the plan prepare.py wrote (plan.json): who the simulated users were")
    parser.add_argument("--mail-dir", help="where the task worker's file e-mail backend wrote the e-mails")
    parser.add_argument("--wait-for-tasks", type=int, default=120, help="seconds to wait for the queue to empty")
    parser.add_argument("--kill", help="when and how run.sh stopped an app server (kill.json)")
    parser.add_argument("--haproxy-stats", help="HAProxy's counters at the end of the run (CSV)")
    args = parser.parse_args()

    results = json.loads(Path(args.results).read_text())
    lost, duplicated, unconfirmed = progress_check(results["completed"])
    failed = bool(lost or duplicated)
    server_errors = sum(count for status, count in results["status_counts"].items() if status.startswith("5"))

    print("Status codes:", ", ".join(f"{s}: {n}" for s, n in sorted(results["status_counts"].items())))
    print("Transport errors (timeouts, refused):", results["transport_errors"] or "none")
    print(f"5xx responses: {server_errors}")
    print(
        f"Mark-done successes seen by the clients: {results['mark_done_successes']}; "
        f"lost: {len(lost)}; duplicated: {len(duplicated)}; saved but not confirmed to the client: "
        f"{len(unconfirmed)}"
    )
    for address, lesson_id in lost[:20]:
        print(f"  LOST: {address} lesson {lesson_id}")

    kill = json.loads(Path(args.kill).read_text()) if args.kill else None
    if kill:
        print(
            f"Stopped app server {kill['server']} with SIG{kill['signal']} {kill['after_seconds']} s into the run; "
            f"{kill.get('survivors', 0)} of its processes were still running a second later."
        )
    before, after = sessions_check(results.get("logged_out", []), kill["at"] if kill else None)
    print(
        f"Sessions lost (a logged-in page answered with the login form): {len(before) + len(after)}"
        + (f" ({len(after)} after the stop)" if kill else "")
        + f", of {len({e['email'] for e in before + after})} users"
    )
    for entry in (before + after)[:20]:
        print(f"  LOGGED OUT: {entry['email']} on {entry['request']}")
    failed = failed or bool(before or after)

    if args.plan and args.mail_dir:
        emails = json.loads(Path(args.plan).read_text())["emails"]
        drained = tasks_wait(seconds=args.wait_for_tasks)
        lost_registrations, unconfirmed_registrations, per_user = registration_check(
            results.get("registered", {}), emails
        )
        statuses, per_registration, untasked = email_tasks(emails)
        sent = sent_emails(args.mail_dir)
        missing, twice, unexpected = email_check(per_user, sent)
        queued_twice = sum(1 for n in per_registration.values() if n > 1)
        print(
            f"Event registrations seen by the clients: {len(results.get('registered', {}))}; lost: "
            f"{len(lost_registrations)}; saved but not confirmed to the client: {len(unconfirmed_registrations)}"
        )
        print(
            f"E-mails: {sum(per_user.values())} registrations; confirmation tasks queued "
            f"{sum(per_registration.values())} ({', '.join(f'{s}: {n}' for s, n in sorted(statuses.items()))}), "
            f"not queued {untasked}, queued twice {queued_twice}; queue emptied: {'yes' if drained else 'NO'}; "
            f"e-mails sent {sum(sent.values())}: missing {len(missing)}, sent twice {len(twice)}, "
            f"unexpected {len(unexpected)}"
        )
        for recipient in (missing + twice + unexpected)[:20]:
            print(f"  E-MAIL: {recipient} expected {per_user.get(recipient, 0)}, sent {sent.get(recipient, 0)}")
        not_done = sum(n for status, n in statuses.items() if status != TaskResultStatus.SUCCESSFUL)
        failed = failed or bool(lost_registrations or untasked or queued_twice or not drained or not_done)
        failed = failed or bool(missing or twice or unexpected)
    if args.haproxy_stats:
        print("Load balancer (HAProxy):")
        print("\n".join(haproxy_report(args.haproxy_stats)))
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
    if failed or server_errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
