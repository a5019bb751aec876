"""Benchmark of the lesson page, run on demand (`make benchmark`), never in the test suite.

1. Server time and query count of one lesson page in-process (Django test client), logged out and as an
   enrolled learner, median and 95th percentile over --runs requests.
2. Throughput and latency under gunicorn (--workers processes) with --concurrency parallel clients for
   --seconds, over real HTTP on 127.0.0.1.

It uses the demo content, loading it first if the database has none.
"""

import http.cookiejar
import os
import re
import secrets
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, reset_queries
from django.test import Client
from django.test.utils import CaptureQueriesContext

from courses.models import Enrolment, LessonPage
from courses.services import enrolment_create

BENCHMARK_PASSWORD = "benchmark-" + secrets.token_urlsafe(12)


def _percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


class Command(BaseCommand):
    help = "Measure the lesson page: in-process server time and queries, then throughput under gunicorn."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=200)
        parser.add_argument("--seconds", type=int, default=15)
        parser.add_argument("--workers", type=int, default=2)
        parser.add_argument("--concurrency", type=int, default=8)
        parser.add_argument("--port", type=int, default=8123)
        parser.add_argument("--skip-gunicorn", action="store_true")

    def handle(self, *args, **options):
        call_command("migrate", verbosity=0)  # a new, empty benchmark database works as well as the demo's
        if not LessonPage.objects.live().exists():
            call_command("load_demo", stdout=self.stdout)
        lesson = LessonPage.objects.live().order_by("path")[3]
        course = lesson.get_parent().get_parent().specific
        learner, _ = get_user_model().objects.get_or_create(email="benchmark@example.fi")
        learner.set_password(BENCHMARK_PASSWORD)
        learner.save()
        enrolment_create(user=learner, course=course)
        url = lesson.url
        self.stdout.write(f"Lesson: {url} (database: {connection.vendor})")

        anonymous, logged_in = Client(SERVER_NAME="127.0.0.1"), Client(SERVER_NAME="127.0.0.1")
        logged_in.force_login(learner)
        for label, client in (("anonymous", anonymous), ("enrolled learner", logged_in)):
            self._in_process(label, client, url, options["runs"])

        if not options["skip_gunicorn"]:
            self._gunicorn(url, learner.email, options)
        Enrolment.objects.filter(user=learner).delete()

    def _in_process(self, label, client, url, runs):
        client.get(url)  # warm caches
        timings = []
        for _ in range(runs):
            started = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise CommandError(f"{url} answered {response.status_code}")
        reset_queries()  # request_started clears the query log, so start from an empty one
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        self.stdout.write(
            f"  in-process, {label}: median {statistics.median(timings):.1f} ms, "
            f"p95 {_percentile(timings, 0.95):.1f} ms, {len(captured)} queries ({runs} runs)"
        )

    def _gunicorn(self, url, email, options):
        port = options["port"]
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "training.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1",
            "WAGTAILADMIN_BASE_URL": "https://127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": os.environ.get("DATABASE_URL") or f"sqlite:///{settings.DATABASES['default']['NAME']}",
        }
        root = Path(settings.BASE_DIR)
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=root, env=env, check=True
        )
        server = subprocess.Popen(  # noqa: S603 - our own gunicorn, fixed arguments
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "training.wsgi",
                f"--bind=127.0.0.1:{port}",
                f"--workers={options['workers']}",
                "--log-level=warning",
            ],
            cwd=root,
            env=env,
        )
        try:
            self._wait_for(port)
            session = self._log_in(f"http://127.0.0.1:{port}", email)
            for label, cookie in (("anonymous", ""), ("enrolled learner", session)):
                self._load(label, f"http://127.0.0.1:{port}{url}", cookie, options)
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=20)

    def _log_in(self, base, email):
        """Log in through the real login form, as a browser would; returns the Cookie header to send."""
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        html = opener.open(f"{base}/tili/kirjaudu/").read().decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        form = urllib.parse.urlencode(
            {"csrfmiddlewaretoken": token, "username": email, "password": BENCHMARK_PASSWORD}
        ).encode()
        # Production cookies are Secure, which a cookie jar will not send over plain HTTP: send it by hand.
        csrf_cookie = next(cookie.value for cookie in jar if cookie.name == "csrftoken")
        headers = {"Referer": base, "Cookie": f"csrftoken={csrf_cookie}"}
        opener.open(urllib.request.Request(f"{base}/tili/kirjaudu/", data=form, headers=headers))  # noqa: S310
        cookies = {cookie.name: cookie.value for cookie in jar}
        if "sessionid" not in cookies:
            raise CommandError("Could not log in to gunicorn")
        return f"sessionid={cookies['sessionid']}"

    def _wait_for(self, port):
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)  # noqa: S310 - local server
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("gunicorn did not start")

    def _load(self, label, url, cookie, options):
        deadline = time.monotonic() + options["seconds"]
        latencies, errors, lock = [], [], threading.Lock()

        def worker():
            request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})  # noqa: S310
            while time.monotonic() < deadline:
                started = time.perf_counter()
                try:
                    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - local server
                        response.read()
                        ok = response.status == 200
                except OSError:
                    ok = False
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    (latencies if ok else errors).append(elapsed)

        threads = [threading.Thread(target=worker) for _ in range(options["concurrency"])]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.stdout.write(
            f"  gunicorn {options['workers']} workers, {options['concurrency']} clients, {label}: "
            f"{len(latencies) / options['seconds']:.0f} req/s, median {statistics.median(latencies):.1f} ms, "
            f"p95 {_percentile(latencies, 0.95):.1f} ms, {len(errors)} errors"
        )
