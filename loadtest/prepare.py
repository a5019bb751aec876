"""Prepares the load-test database after `migrate` and `load_demo`: N learner accounts with one known password,
each enrolled in the orientation course, and a plan of the addresses the simulated councillors visit,
including for each councillor an upcoming event they may register for (the registration queues a
confirmation e-mail).

Run by loadtest/run.sh: `python loadtest/prepare.py --users 200 --password ... --plan plan.json`.
Idempotent: accounts are found by email, so a second run only resets their progress.
"""

import argparse
import json
import os
import sys
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "training.settings.production")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from courses import completion, services  # noqa: E402
from courses.models import CoursePage, LessonCompletion, LessonPage  # noqa: E402
from events.models import EventIndexPage, EventPage, Registration  # noqa: E402
from events.rules import registration_refusal  # noqa: E402
from municipalities.models import Municipality  # noqa: E402

ORIENTATION_COURSE = "valtuustokauden-2021-2025-perehdytys"
EMAIL = "kuormitus{:03d}@example.fi"


def _has_quiz(lesson):
    return any(block.block_type == "quiz" for block in lesson.body)


@transaction.atomic
def learners_ensure(*, count, password, course):
    """`count` councillors of the demo municipalities, enrolled in `course`, with no progress yet. The
    password is hashed once and the hash shared: hashing it 200 times would take minutes."""
    User = get_user_model()
    probe = User(email="hash@example.invalid")
    probe.set_password(password)
    # Municipalities of the demo network first: their people may register for the network's events, which the
    # journey does (events/access.py).
    members = Municipality.objects.filter(memberships__isnull=False).distinct().order_by("code")
    municipalities = list(members[:10]) or list(Municipality.objects.order_by("code")[:10]) or [None]
    users = []
    for n in range(1, count + 1):
        user = User.objects.filter(email=EMAIL.format(n)).first() or User(email=EMAIL.format(n))
        user.first_name, user.last_name = "Kuormitus", f"Testaaja {n}"
        user.password = probe.password
        user.municipality = municipalities[n % len(municipalities)]
        user.is_active = True
        user.save()
        services.enrolment_create(user=user, course=course)
        users.append(user)
    LessonCompletion.objects.filter(user__in=users).delete()
    Registration.objects.filter(user__in=users).delete()
    return users


def events_for(users):
    """email -> the upcoming event (default language) each user may register for, spread over the events open
    to them. Only events that take everyone who asks (no capacity, or a waiting list): a refusal would be the
    test's own doing, not the server's."""
    now = timezone.now()
    events = [
        event
        for event in EventPage.objects.live().filter(locale__language_code="fi", starts_at__gt=now).order_by("pk")
        if event.capacity is None or event.waiting_list_enabled
    ]
    chosen = {}
    for n, user in enumerate(users):
        open_to_user = [e for e in events if not registration_refusal(event=e, user=user, seats_taken=0, now=now)]
        if open_to_user:
            event = open_to_user[n % len(open_to_user)]
            chosen[user.email] = {"id": event.pk, "url": _path(event)}
    return chosen


def _path(page):
    """The page's address without scheme or host: the simulated users only ever talk to 127.0.0.1."""
    return urlparse(page.url).path


def plan_build(*, course, users, password):
    lessons = list(LessonPage.objects.live().descendant_of(course).order_by("path"))
    # A lesson is "markable" when a fresh learner may mark it done: no passed quiz or other check needed.
    markable = [lesson for lesson in lessons if not completion.lesson_blocker(user=users[0], lesson=lesson)]
    quiz_lessons = [lesson for lesson in lessons if _has_quiz(lesson)]
    calendar = EventIndexPage.objects.live().filter(locale=course.locale).first()
    return {
        "password": password,
        "emails": [user.email for user in users],
        "course_url": _path(course),
        "lessons": [{"id": lesson.pk, "url": _path(lesson)} for lesson in markable],
        "quiz_lessons": [{"id": lesson.pk, "url": _path(lesson)} for lesson in quiz_lessons],
        "calendar_url": _path(calendar) if calendar else None,
        "events": events_for(users),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--password", required=True)
    parser.add_argument("--plan", required=True, help="where to write the plan (JSON)")
    args = parser.parse_args()

    course = CoursePage.objects.live().get(slug=ORIENTATION_COURSE, locale__language_code="fi")
    users = learners_ensure(count=args.users, password=args.password, course=course)
    plan = plan_build(course=course, users=users, password=args.password)
    Path(args.plan).write_text(json.dumps(plan, indent=2))
    print(
        f"{len(users)} learners enrolled in “{course.title}”; {len(plan['lessons'])} lessons to mark done, "
        f"{len(plan['quiz_lessons'])} quiz lessons, calendar {plan['calendar_url']}; "
        f"{len(plan['events'])} learners have an event to register for "
        f"({len({event['id'] for event in plan['events'].values()})} events)."
    )


if __name__ == "__main__":
    main()
