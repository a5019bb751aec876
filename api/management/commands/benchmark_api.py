"""Benchmark of the reporting API on the national-scale data set of `benchmark_participation`, run on
demand, never in the test suite. Build the data first (benchmark_participation does, once per database).

Measures, with a leader's and the coordinator's API keys, median server time and queries of:
the largest municipality's figures and participant pages (first, middle, last; 100 and 500 rows), the
network figures, and then the same participant pages with all 40,000 people given roles in that one
municipality (inside a transaction that is rolled back). Each line gives the wall time and the CPU a request
took (this process and its database process): on a busy machine the first measures the queue for the cores,
the second what a request would take on a quiet one.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_participation .venv/bin/python manage.py benchmark_api
"""

import os
import statistics
import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse

from api import services
from municipalities.models import RoleAssignment
from municipalities.terms import current_term
from participation import benchmark_data
from participation.course_tree import courses_for_term
from training.benchmark_cpu import cpu_seconds


def _pct95(values):
    return sorted(values)[max(0, int(len(values) * 0.95) - 1)]


class _Rollback(Exception):
    pass


class Command(BaseCommand):
    help = "Measure the reporting API on the national-scale participation data set."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=10)
        parser.add_argument("--force", action="store_true", help="Run on a database whose name lacks 'bench'.")

    def handle(self, *args, **options):
        name = str(settings.DATABASES["default"]["NAME"])
        if "bench" not in name and not options["force"]:
            raise CommandError(
                "Point DATABASE_URL at the benchmark database (its name contains 'bench'), or pass --force."
            )
        if not benchmark_data.built_terms():
            raise CommandError("Build the data set first: manage.py benchmark_participation.")
        self.runs = options["runs"]
        place = benchmark_data.largest_municipality()
        leader, coordinator = benchmark_data.viewers(place)
        course = courses_for_term(current_term())[0]
        try:
            with transaction.atomic(), override_settings(ALLOWED_HOSTS=["testserver"], DEBUG=False):
                leader_key = services.api_token_create(user=leader, name="bench", municipality=place).key
                network_key = services.api_token_create(user=coordinator, name="bench").key
                self.stdout.write(
                    f"Database: {connection.vendor}; largest municipality: {place.name_fi}; "
                    f"load average {' '.join(f'{load:.1f}' for load in os.getloadavg())}"
                )
                self._pages(leader_key, place, course)
                self._timed("Network figures (309 members)", network_key, reverse("api:network_figures"))
                everyone = get_user_model().objects.filter(email__endswith=f"@{benchmark_data.EMAIL_DOMAIN}")
                RoleAssignment.objects.filter(user__in=everyone).update(municipality=place)
                with connection.cursor() as cursor:
                    cursor.execute("ANALYZE")
                self.stdout.write("All 40,000 people in the one municipality:")
                self._pages(leader_key, place, course)
                raise _Rollback
        except _Rollback:
            pass

    def _pages(self, key, place, course):
        figures = reverse("api:municipality_figures", args=[place.code])
        people = self._timed("Municipality figures", key, figures)["courses"][0]["everyone"]["people"]
        url = reverse("api:participants", args=[place.code, course.id])
        for size in (100, 500):
            self._walk(f"Participants, {people:,} people, every page of {size}", key, url, size)
        self._timed("Participants updated since 2022-01-01, first page of 100", key, url, updated_since="2022-01-01")

    def _walk(self, label, key, url, size):
        """Every page in turn through the `next` links, each timed once, with the queries of each."""
        client = Client(headers={"Authorization": f"Bearer {key}"})
        client.get(url, {"page_size": size})
        timings, cpu, queries, rows, next_url = [], [], set(), 0, f"{url}?page_size={size}"
        while next_url:
            with CaptureQueriesContext(connection) as captured:
                cpu_started, started = cpu_seconds(), time.perf_counter()
                response = client.get(next_url)
                timings.append((time.perf_counter() - started) * 1000)
                cpu.append((cpu_seconds() - cpu_started) * 1000)
            assert response.status_code == 200, response.content[:300]
            queries.add(len(captured))
            body = response.json()
            rows += len(body["results"])
            next_url = body["next"]
        self.stdout.write(
            f"{label}: {len(timings)} pages, {rows:,} rows; median {statistics.median(timings):.0f} ms, "
            f"95th percentile {_pct95(timings):.0f} ms, max {max(timings):.0f} ms; "
            f"CPU {statistics.mean(cpu):.1f} ms a page (mean); queries per page {sorted(queries)}"
        )

    def _timed(self, label, key, url, **query):
        client = Client(headers={"Authorization": f"Bearer {key}"})
        for _ in range(2):
            response = client.get(url, query)
            assert response.status_code == 200, response.content[:300]
        timings = []
        cpu_started = cpu_seconds()
        for _ in range(self.runs):
            started = time.perf_counter()
            response = client.get(url, query)
            timings.append((time.perf_counter() - started) * 1000)
        cpu = (cpu_seconds() - cpu_started) / self.runs * 1000
        with CaptureQueriesContext(connection) as queries:
            client.get(url, query)
        self.stdout.write(
            f"{label}: median {statistics.median(timings):.0f} ms (min {min(timings):.0f}, max {max(timings):.0f}, "
            f"{self.runs} runs), {len(queries)} queries; CPU {cpu:.1f} ms a request (Django and its database process)"
        )
        return response.json()
