"""Benchmark of the participation dashboards at national scale, run on demand, never in the test suite.

Builds (once) 309 municipalities, 40,000 people, two courses of 30 lessons and about 1.5 million lesson
completions (participation/benchmark_data.py), then measures with the Django test client, as a signed-in
leader and coordinator without superuser rights:

1. the dashboard of the largest municipality: median server time and queries over --runs requests;
2. the network overview of all 309 members: the same;
3. the participant CSV export: time to stream it, and peak Python memory while streaming (tracemalloc) for
   the largest municipality and for 40,000 rows (all people moved into it inside a transaction that is
   rolled back), to show that memory does not grow with the number of rows.

Use a database of its own:
    DATABASE_URL=sqlite:////tmp/bench_participation.sqlite3 .venv/bin/python manage.py benchmark_participation
"""

import statistics
import time
import tracemalloc

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, reset_queries, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse

from participation import benchmark_data
from training.benchmark_cpu import cpu_seconds


class _Rollback(Exception):
    pass


class Command(BaseCommand):
    help = "Measure the participation dashboards, network overview and CSV export on a national-scale data set."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=20)
        parser.add_argument(
            "--terms",
            type=int,
            default=1,
            choices=range(1, 6),
            help="Council terms of history to build: 4 gives 160,000 person-terms and about 6 million completions.",
        )
        parser.add_argument("--force", action="store_true", help="Run on a database whose name lacks 'bench'.")

    def handle(self, *args, **options):
        name = str(settings.DATABASES["default"]["NAME"])
        if "bench" not in name and not options["force"]:
            raise CommandError(
                f"The benchmark adds 1.5 million rows; point DATABASE_URL at a database of its own whose name "
                f"contains 'bench' (this one is {name}), or pass --force."
            )
        call_command("migrate", verbosity=0)
        started = time.perf_counter()
        built = benchmark_data.built_terms()
        if built and built != options["terms"]:
            raise CommandError(
                f"This database holds a data set of {built} term(s); use another database for "
                f"--terms {options['terms']}."
            )
        if not built:
            self.stdout.write(f"Building the data set of {options['terms']} term(s) (once per database) …")
            with transaction.atomic():
                totals = benchmark_data.build(say=self.stdout.write, terms=options["terms"])
            self.stdout.write(f"Built {totals} in {time.perf_counter() - started:.0f} s")
        with connection.cursor() as cursor:
            # Planner statistics and (on PostgreSQL) a clean visibility map, as autovacuum keeps a live
            # database; without them a freshly bulk-loaded table is read row by row.
            cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
        place = benchmark_data.largest_municipality()
        leader, coordinator = benchmark_data.viewers(place)
        self.stdout.write(
            f"Database: {connection.vendor}; largest municipality: {place.name_fi} ({place.size:,} people)"
        )
        with override_settings(ALLOWED_HOSTS=["testserver"], DEBUG=False):
            dashboard = reverse("participation:municipality", args=[place.code])
            self._timed("Municipality dashboard", leader, dashboard, options["runs"])
            self._timed("Network overview", coordinator, reverse("participation:network"), options["runs"])
            export = reverse("participation:participants_export", args=[place.code, "csv"])
            self._export("CSV export, largest municipality", leader, export)
            try:
                with transaction.atomic():
                    benchmark_data.everyone_into(place)
                    self._export("CSV export, 40,000 people", leader, export)
                    raise _Rollback  # leaves the data set as it was
            except _Rollback:
                pass

    def _timed(self, label, user, url, runs):
        client = Client()
        client.force_login(user)
        for _ in range(2):  # warm per-process caches, as on a running server
            assert client.get(url).status_code == 200
        timings = []
        cpu_started = cpu_seconds()
        for _ in range(runs):
            started = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200
        cpu_per_request = (cpu_seconds() - cpu_started) / runs * 1000
        reset_queries()
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        self.stdout.write(
            f"{label}: median {statistics.median(timings):.0f} ms (min {min(timings):.0f}, "
            f"max {max(timings):.0f}, {runs} runs), {len(queries)} queries; "
            f"CPU {cpu_per_request:.0f} ms a request (Django and its database process)"
        )

    def _export(self, label, user, url):
        client = Client()
        client.force_login(user)
        started = time.perf_counter()
        response = client.get(url)
        rows = sum(chunk.count(b"\n") for chunk in response.streaming_content) - 1
        seconds = time.perf_counter() - started
        tracemalloc.start()
        response = client.get(url)
        for _chunk in response.streaming_content:
            pass
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        self.stdout.write(f"{label}: {rows:,} rows in {seconds:.2f} s, peak Python memory {peak / 1024 / 1024:.1f} MiB")
