"""A councillor's journey after the orientation seminar, for Locust: log in through the form, open My learning
and the course, study lessons in order and mark them done, open the event calendar and a quiz lesson.

Two scenarios (loadtest/run.sh picks one with LOADTEST_SCENARIO): `Councillor`, people arriving over minutes
and studying; `SeminarCouncillor`, the seminar peak: everyone in the room logs in within two minutes, opens
the same lesson the trainer points at and marks it done, then carries on as a Councillor.

The simulated browsers are Locust's FastHttpUser (geventhttpclient), which costs the load generator several
times less CPU per request than the default requests-based client: on a machine it shares with the server,
every CPU second the generator spends is one the server does not get. The generator's own CPU time is
written to the results beside the requests, so a report can say how much of the machine it took.

Run by loadtest/run.sh, which prepares the database and the plan (loadtest/prepare.py). Every request goes to
the host given with --host, and the run refuses any host but 127.0.0.1.

Production cookies are Secure and the production settings trust X-Forwarded-Proto from the TLS-terminating
proxy in front of gunicorn. The simulated browsers play that proxy's part: they send X-Forwarded-Proto: https
and an https Referer (Django's CSRF check for secure requests), and their cookie jar sends Secure cookies over
the plain-HTTP hop to 127.0.0.1 (the client marks them sendable). So the server runs the production settings
unchanged: no switch that could weaken cookies in production.

Each councillor also registers once for an upcoming event (the plan names one open to them), which queues a
confirmation e-mail for the background task worker: the two-server run (LOADTEST_SERVERS=2) checks that every
e-mail the run caused was sent exactly once, even with an app server stopped mid-run.

A logged-in page that answers with a redirect to the login form means the session was lost (the server that
answered did not know it): counted with the time it happened, and the councillor logs in again and carries on.

At the end, the lessons each learner successfully marked done, the events they registered for, the lost
sessions and the count of responses per status code are written to LOADTEST_RESULTS (JSON) for
loadtest/verify.py.
"""

import itertools
import json
import os
import random
import re
import resource
import time
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlparse

from locust import between, events, task
from locust.contrib.fasthttp import FastHttpUser
from locust.exception import StopUser

PLAN = json.loads(Path(os.environ["LOADTEST_PLAN"]).read_text())
RESULTS = Path(os.environ["LOADTEST_RESULTS"])
TIMEOUT = float(os.environ.get("LOADTEST_TIMEOUT", "60"))
WAIT_MIN = float(os.environ.get("LOADTEST_WAIT_MIN", "3"))
WAIT_MAX = float(os.environ.get("LOADTEST_WAIT_MAX", "10"))

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
MARK_DONE_FORM = re.compile(r'action="[^"]*/oppitunnit/(\d+)/valmis/"')
REGISTER_FORM = re.compile(r'action="[^"]*/tapahtuma/(\d+)/ilmoittaudu/"')
LOGIN_PATH = "/tili/kirjaudu/"

_emails = itertools.cycle(PLAN["emails"])
completed = defaultdict(set)  # email -> lesson ids whose mark-done POST succeeded
registered = {}  # email -> event id whose registration POST succeeded
logged_out = []  # (email, wall-clock time, what was asked) for every logged-in request sent to the login form
status_counts = Counter()
transport_errors = Counter()  # timeouts and refused connections: no status code at all
started = {}  # wall clock and this process's CPU time when the test started


@events.test_start.add_listener
def _only_localhost(environment, **kwargs):
    if urlparse(environment.host or "").hostname != "127.0.0.1":
        raise SystemExit(f"Refusing to load-test {environment.host!r}: only http://127.0.0.1:<port> is allowed.")
    started.update(wall=time.monotonic(), cpu=_cpu_seconds())


def _cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


@events.request.add_listener
def _count_status(response=None, exception=None, **kwargs):
    status = getattr(response, "status_code", 0) or 0
    if status:
        status_counts[str(status)] += 1
    elif exception is not None:
        # With catch_response the exception is our failure message; the response keeps the real cause.
        cause = getattr(response, "error", None) or exception
        transport_errors[type(cause).__name__] += 1


@events.quitting.add_listener
def _write_results(environment, **kwargs):
    RESULTS.write_text(
        json.dumps(
            {
                "completed": {email: sorted(ids) for email, ids in completed.items()},
                "mark_done_successes": sum(len(ids) for ids in completed.values()),
                "registered": registered,
                "logged_out": [{"email": email, "at": at, "request": name} for email, at, name in logged_out],
                "status_counts": dict(status_counts),
                "transport_errors": dict(transport_errors),
                "generator": {
                    "cpu_seconds": round(_cpu_seconds() - started.get("cpu", 0.0), 1),
                    "wall_seconds": round(time.monotonic() - started.get("wall", time.monotonic()), 1),
                },
            },
            indent=2,
        )
    )


def _outcome(response):
    """What came back, for the error report: a status and redirect, or the error when nothing came back."""
    if not response.status_code:
        return f"no response ({type(response.error).__name__})"
    return f"{response.status_code} {_location(response)}".strip()


def _location(response):
    return (response.headers or {}).get("Location", "") or ""


class Councillor(FastHttpUser):
    wait_time = between(WAIT_MIN, WAIT_MAX)
    network_timeout = TIMEOUT
    connection_timeout = TIMEOUT
    default_headers = {"X-Forwarded-Proto": "https"}

    def on_start(self):
        self.email = next(_emails)
        self.https_origin = self.host.replace("http://", "https://", 1).rstrip("/")
        self.next_lesson = 0
        self.registration_settled = False  # registered, or found registered already
        self.log_in()

    def _send_secure_cookies_over_local_hop(self):
        """The TLS proxy would send the Secure cookies on; the client's cookie jar sends them over https only:
        mark the jar's cookies sendable."""
        for cookie in self.client.cookiejar:
            cookie.secure = False

    def _get(self, url, name):
        self._send_secure_cookies_over_local_hop()
        return self.client.get(url, name=name, allow_redirects=False, catch_response=True)

    def _post(self, url, *, name, data, referer):
        self._send_secure_cookies_over_local_hop()
        headers = {"Referer": self.https_origin + referer}
        return self.client.post(url, name=name, data=data, headers=headers, allow_redirects=False, catch_response=True)

    def log_in(self):
        with self._get(LOGIN_PATH, "login form") as page:
            token = CSRF_INPUT.search(page.text or "")
            if page.status_code != 200 or token is None:
                page.failure(f"login form: {_outcome(page)}, CSRF token {'found' if token else 'missing'}")
                raise StopUser()
        data = {"csrfmiddlewaretoken": token.group(1), "username": self.email, "password": PLAN["password"]}
        with self._post(LOGIN_PATH, name="log in", data=data, referer=LOGIN_PATH) as answer:
            if answer.status_code != 302:
                answer.failure(f"log in: expected a redirect, got {_outcome(answer)}")
                raise StopUser()

    def _page(self, url, name):
        with self._get(url, name) as page:
            if page.status_code != 200:
                page.failure(f"{name}: {_outcome(page)}")
        self._log_in_again_if_logged_out(page, name)
        return page

    def _log_in_again_if_logged_out(self, response, name):
        """Every page this user asks for needs the session: a redirect to the login form means it was lost."""
        if response.status_code == 302 and LOGIN_PATH in _location(response):
            logged_out.append((self.email, time.time(), name))
            self.client.cookiejar.clear()
            self.log_in()

    @task(3)
    def my_learning(self):
        self._page("/oma-oppiminen/", "my learning")

    @task(2)
    def course(self):
        self._page(PLAN["course_url"], "course")

    @task(8)
    def study_next_lesson(self):
        """Open the next lesson in order, read it, mark it done."""
        if self.next_lesson >= len(PLAN["lessons"]):
            self.next_lesson = 0  # finished: goes back to revise from the start
        lesson = PLAN["lessons"][self.next_lesson]
        self.next_lesson += 1
        page = self._page(lesson["url"], "lesson")
        if page.status_code == 200 and lesson["id"] not in completed[self.email]:
            self.mark_done(lesson, page.text or "")

    @task(1)
    def double_click_mark_done(self):
        """Two mark-done POSTs for the same lesson, as from a double click: still one completion."""
        lesson = random.choice(PLAN["lessons"])
        page = self._page(lesson["url"], "lesson")
        if page.status_code == 200 and lesson["id"] not in completed[self.email]:
            self.mark_done(lesson, page.text or "")
            self.mark_done(lesson, page.text or "", name="mark done (again)")

    def mark_done(self, lesson, html, name="mark done"):
        token = CSRF_INPUT.search(html)
        form = MARK_DONE_FORM.search(html)
        if token is None or form is None or int(form.group(1)) != lesson["id"]:
            # Already done: an earlier mark-done was saved but its answer timed out. verify.py reports these
            # as "saved but not confirmed to the client".
            return
        url = f"/oppitunnit/{lesson['id']}/valmis/"
        data = {"csrfmiddlewaretoken": token.group(1)}
        path = urlparse(lesson["url"]).path
        with self._post(url, name=name, data=data, referer=path) as answer:
            location = _location(answer)
            if answer.status_code == 302 and LOGIN_PATH not in location:
                completed[self.email].add(lesson["id"])
            else:
                answer.failure(f"mark done: {_outcome(answer)}")
        self._log_in_again_if_logged_out(answer, name)

    @task(1)
    def register_for_event(self):
        """Register once for the upcoming event the plan gives this councillor: a confirmation e-mail is queued
        for the task worker."""
        event = PLAN["events"].get(self.email)
        if event is None or self.registration_settled:
            return
        page = self._page(event["url"], "event page")
        html = (page.text or "") if page.status_code == 200 else ""
        token = CSRF_INPUT.search(html)
        form = REGISTER_FORM.search(html)
        if page.status_code == 200 and (token is None or form is None or int(form.group(1)) != event["id"]):
            # Already registered: an earlier registration was saved but its answer was lost. verify.py counts
            # its e-mail all the same.
            self.registration_settled = True
            return
        if page.status_code != 200:
            return
        url = f"/tapahtuma/{event['id']}/ilmoittaudu/"
        data = {"csrfmiddlewaretoken": token.group(1), "needs": ""}
        with self._post(url, name="register for event", data=data, referer=event["url"]) as answer:
            if answer.status_code == 302 and LOGIN_PATH not in _location(answer):
                registered[self.email] = event["id"]
                self.registration_settled = True
            else:
                answer.failure(f"register for event: {_outcome(answer)}")
        self._log_in_again_if_logged_out(answer, "register for event")

    @task(2)
    def event_calendar(self):
        if PLAN["calendar_url"]:
            self._page(PLAN["calendar_url"], "event calendar")

    @task(2)
    def quiz_lesson(self):
        if PLAN["quiz_lessons"]:
            self._page(random.choice(PLAN["quiz_lessons"])["url"], "quiz lesson")


class SeminarCouncillor(Councillor):
    """The seminar peak: the trainer asks the room to open the first lesson; everyone logs in within two
    minutes (run.sh spawns them at 200 per 120 s), opens that same lesson and marks it done, then studies on."""

    def on_start(self):
        super().on_start()
        lesson = PLAN["lessons"][0]
        page = self._page(lesson["url"], "seminar lesson")
        if page.status_code == 200 and lesson["id"] not in completed[self.email]:
            self.mark_done(lesson, page.text or "", name="seminar mark done")
        self.next_lesson = 1
