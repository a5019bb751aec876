"""Benchmark of the site-wide search at national scale, run on demand, never in the test suite.

Builds (once per database) the whole demo and, beside it, a catalogue of the size a national service would
hold: --courses courses of 5 modules of 10 lessons (3,000 lessons by default), each lesson a copy of a demo
lesson's blocks (headings, paragraphs, key points, cases, checklists) with its own title and municipality, and
rebuilds the search index once. Then it times /haku/ with the Django test client, as an anonymous visitor,
for Finnish words (inflected forms among them), a Swedish word and a second page of results: median and 95th
percentile of the server time, the CPU a request used (this process and its PostgreSQL server process: on a
machine other work keeps busy, wall-clock time measures the queue for the cores, CPU time what a quiet machine
would take), and the number of queries. --explain prints PostgreSQL's plan, with timings, of the ranked query
for the first page of each search.

Use a PostgreSQL database of its own (the finnish/swedish text search configurations are what it measures):
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_search .venv/bin/python manage.py benchmark_search
"""

import statistics
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import translation
from wagtail.models import Locale

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from search.backend import matched_through_the_index
from search.selectors import site_search
from training.benchmark_cpu import cpu_seconds

PREFIX = "haku-benchmark"
MUNICIPALITIES = ["Muhos", "Kuopio", "Raasepori", "Utsjoki", "Salo", "Kemi", "Loviisa", "Ii", "Pori", "Vaasa"]
QUERIES = [
    ("fi", "esteellisyydestä"),
    ("fi", "Muhos"),
    ("fi", "strategia"),
    ("fi", "talousarviossa"),
    ("fi", "valtuusto kunnanhallitus"),
    ("fi", "sähköinen kokous"),
    ("sv", "jäv"),
    ("sv", "kommunstrategin"),
]


class Command(BaseCommand):
    help = "Measure the site-wide search (/haku/) on a national-scale catalogue."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=20)
        parser.add_argument("--courses", type=int, default=60)
        parser.add_argument("--force", action="store_true", help="Run on a database whose name lacks 'bench'.")
        parser.add_argument("--explain", action="store_true", help="Print EXPLAIN ANALYZE of each ranked query.")

    def handle(self, *args, **options):
        name = str(settings.DATABASES["default"]["NAME"])
        if "bench" not in name and not options["force"]:
            raise CommandError(f"Point DATABASE_URL at a database whose name contains 'bench' (this is {name}).")
        call_command("migrate", verbosity=0)
        if not CoursePage.objects.filter(slug__startswith=PREFIX).exists():
            started = time.perf_counter()
            self.stdout.write("Building the catalogue (once per database) …")
            call_command("load_demo", stdout=self.stdout)
            with transaction.atomic():
                lessons = self._build(options["courses"])
            call_command("update_index", verbosity=0)
            self.stdout.write(f"Built {lessons} lessons in {time.perf_counter() - started:.0f} s")
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # planner statistics, as autovacuum keeps them on a live database
        counts = {
            "pages indexed": LessonPage.objects.count() + ModulePage.objects.count() + CoursePage.objects.count(),
        }
        self.stdout.write(f"Database: {connection.vendor}; {counts}")
        # As a server runs: the test client's host allowed, no query log kept (DEBUG keeps every query's SQL).
        with override_settings(ALLOWED_HOSTS=["testserver"], DEBUG=False):
            self._measure(options["runs"], explain=options["explain"])

    @override_settings(
        WAGTAILSEARCH_BACKENDS={"default": {**settings.WAGTAILSEARCH_BACKENDS["default"], "AUTO_UPDATE": False}}
    )
    def _build(self, course_count):
        index = CourseIndexPage.objects.filter(locale=Locale.get_default()).first()
        templates = [
            lesson.body.raw_data
            for lesson in LessonPage.objects.filter(locale=Locale.get_default(), alias_of__isnull=True)
            if len(lesson.body.raw_data) > 3
        ]
        made = 0
        for c in range(course_count):
            course = index.add_child(
                instance=CoursePage(
                    title=f"Paikallinen perehdytys {c + 1}",
                    slug=f"{PREFIX}-{c + 1}",
                    summary="Kunnan oma perehdytys valtuutetuille ja viranhaltijoille.",
                    learning_objectives="<ul><li>Tunnet oman kuntasi käytännöt.</li></ul>",
                )
            )
            course.tags.set(["perehdytys", "strategia" if c % 2 else "talous"])
            course.save()
            for m in range(5):
                module = course.add_child(instance=ModulePage(title=f"Moduuli {m + 1}", slug=f"moduuli-{m + 1}"))
                for n in range(10):
                    body = [dict(block) for block in templates[(c * 50 + m * 10 + n) % len(templates)]]
                    for block in body:
                        block.pop("id", None)
                        if block["type"] == "case":
                            block["value"] = {**block["value"], "municipality": MUNICIPALITIES[(c + n) % 10]}
                    lesson = LessonPage(title=f"Oppitunti {c + 1}.{m + 1}.{n + 1}", slug=f"oppitunti-{n + 1}")
                    lesson.body = LessonPage.body.field.stream_block.to_python(body)
                    module.add_child(instance=lesson)
                    made += 1
        return made

    def _measure(self, runs, explain=False):
        client = Client()
        timings, cpu_timings = [], []
        self.stdout.write(f"{'query':<32} {'hits':>6} {'median ms':>10} {'p95 ms':>8} {'CPU ms':>7} {'queries':>8}")
        for language, query in QUERIES + [("fi", "valtuusto&sivu=2")]:
            words, _, page = query.partition("&sivu=")
            with translation.override(language):
                url = f"/{language}/haku/" if language != "fi" else "/haku/"
            params = {"q": words, **({"sivu": page} if page else {})}
            client.get(url, params)  # warm: the header's cached parts
            samples = []
            cpu_started = cpu_seconds()
            for _ in range(runs):
                started = time.perf_counter()
                response = client.get(url, params)
                samples.append((time.perf_counter() - started) * 1000)
            cpu_ms = (cpu_seconds() - cpu_started) / runs * 1000
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url, params)
            assert response.status_code == 200, (query, response.status_code)
            with translation.override(language):
                results = site_search(query=words, language=language)
                hits = results.count()
                if explain and connection.vendor == "postgresql":
                    with matched_through_the_index():  # as the search runs it
                        plan = results[:10].get_queryset().explain(analyze=True, buffers=True)
            samples.sort()
            p95 = samples[max(0, int(len(samples) * 0.95) - 1)]
            timings += samples
            cpu_timings.append(cpu_ms)
            label = f"{language}: {query}"
            self.stdout.write(
                f"{label:<32} {hits:>6} {statistics.median(samples):>10.1f} {p95:>8.1f} {cpu_ms:>7.1f} "
                f"{len(queries):>8}"
            )
            if explain and connection.vendor == "postgresql":
                self.stdout.write(plan)
        self.stdout.write(
            f"All queries: median {statistics.median(timings):.1f} ms over {len(timings)} requests; "
            f"CPU a request (Django and its database process) {statistics.median(cpu_timings):.1f} ms median "
            f"of the searches, {max(cpu_timings):.1f} ms at most"
        )
