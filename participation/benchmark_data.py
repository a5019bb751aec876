"""A national-scale data set for `manage.py benchmark_participation`: every one of the 309 municipalities in
the network, 40,000 people, two courses of 30 lessons each and about 1.5 million lesson completions.

Everything it makes is marked: people have @benchmark.invalid addresses and the courses' slugs start with
"benchmark-". It is meant for a database of its own (the command refuses any other without --force).
Municipality sizes follow a long tail, like Finland's: the largest has about 3,000 people, the smallest 40.
"""

import datetime
import random
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group, Permission
from django.db.models import Count

from courses.models import CoursePage, Enrolment, LessonCompletion, LessonPage, ModulePage
from courses.setup import course_index_ensure
from home.setup import home_page_ensure
from municipalities.models import (
    Municipality,
    MunicipalLeader,
    Network,
    NetworkMembership,
    Role,
    RoleAssignment,
)
from municipalities.terms import current_term

from .bulk import bulk_insert
from .demo_names import FINNISH_FIRST, FINNISH_LAST
from .selectors import NETWORK_SLUG

LESSON_BODY = LessonPage.body.field.stream_block
EMAIL_DOMAIN = "benchmark.invalid"
LEADER_EMAIL = f"leader@{EMAIL_DOMAIN}"
COORDINATOR_EMAIL = f"coordinator@{EMAIL_DOMAIN}"
PEOPLE = 40_000
SMALLEST = 40
MODULES_PER_COURSE = 6
LESSONS_PER_MODULE = 5
START = datetime.datetime(2021, 8, 16, 8, 0, tzinfo=ZoneInfo("Europe/Helsinki"))
ROLE_MIX = [
    (Role.COUNCILLOR, 0.38),
    (Role.DEPUTY_COUNCILLOR, 0.3),
    (Role.BOARD_MEMBER, 0.07),
    (Role.COMMITTEE_MEMBER, 0.13),
    (Role.DIRECTOR, 0.05),
    (Role.OFFICE_HOLDER, 0.07),
]


def is_built():
    return get_user_model().objects.filter(email__endswith=f"@{EMAIL_DOMAIN}").count() >= PEOPLE


def municipality_sizes(count):
    """People per municipality, largest first: a long tail (rank^-0.75) on top of a floor of SMALLEST."""
    weights = [rank**-0.75 for rank in range(1, count + 1)]
    spare = PEOPLE - SMALLEST * count
    sizes = [SMALLEST + int(spare * weight / sum(weights)) for weight in weights]
    sizes[0] += PEOPLE - sum(sizes)
    return sizes


def _courses():
    index = course_index_ensure(home=home_page_ensure())
    courses = []
    for number in (1, 2):
        slug = f"benchmark-course-{number}"
        course = CoursePage.objects.filter(slug=slug).first()
        if course is None:
            course = index.add_child(
                instance=CoursePage(
                    title=f"Benchmark-kurssi {number}",
                    slug=slug,
                    summary="Suorituskykytesti.",
                    learning_objectives="<ul><li>Mitata</li></ul>",
                )
            )
            for m in range(1, MODULES_PER_COURSE + 1):
                module = course.add_child(instance=ModulePage(title=f"Moduuli {number}.{m}", slug=f"moduuli-{m}"))
                for n in range(1, LESSONS_PER_MODULE + 1):
                    lesson = LessonPage(title=f"Oppitunti {number}.{m}.{n}", slug=f"oppitunti-{n}")
                    lesson.body = LESSON_BODY.to_python([{"type": "paragraph", "value": "<p>Oppitunnin teksti.</p>"}])
                    module.add_child(instance=lesson)
        lessons = [
            (lesson.id, lesson.path[: -ModulePage.steplen])
            for lesson in LessonPage.objects.descendant_of(course).order_by("path")
        ]
        module_ids = dict(ModulePage.objects.child_of(course).values_list("path", "id"))
        courses.append((course.id, [(lesson_id, module_ids[path]) for lesson_id, path in lessons]))
    return courses


def _progress(rng, user_id, course_id, lessons, share):
    """About 1.5 million completions in all: most enrol, over half of them finish, a tenth never start."""
    if rng.random() >= share:
        return None, []
    enrolled_at = START + datetime.timedelta(days=rng.uniform(0, 60))
    chance = rng.random()
    done = 0 if chance < 0.1 else len(lessons) if chance < 0.65 else rng.randint(1, len(lessons) - 1)
    when, completions = enrolled_at, []
    for lesson_id, module_id in lessons[:done]:
        when += datetime.timedelta(hours=rng.uniform(1, 72))
        completions.append(
            LessonCompletion(
                user_id=user_id, lesson_id=lesson_id, module_id=module_id, course_id=course_id, completed_at=when
            )
        )
    enrolment = Enrolment(
        user_id=user_id,
        course_id=course_id,
        enrolled_at=enrolled_at,
        last_activity_at=when if done else None,
        started_at=completions[0].completed_at if done else None,
        completed_at=when if done == len(lessons) else None,
    )
    return enrolment, completions


def build(*, say):
    User = get_user_model()
    rng = random.Random(2021)
    network = Network.objects.get(slug=NETWORK_SLUG)
    term = current_term()
    places = list(Municipality.objects.order_by("code"))
    rng.shuffle(places)  # the largest is not always the same kind of name
    bulk_insert(
        NetworkMembership,
        (NetworkMembership(network=network, municipality=place, joined_on=START.date()) for place in places),
    )
    courses = _courses()
    say(f"Courses: {len(courses)} with {sum(len(lessons) for _id, lessons in courses)} lessons")
    password = make_password(None)
    totals = {"people": 0, "enrolments": 0, "completions": 0}
    for number, (place, size) in enumerate(zip(places, municipality_sizes(len(places)), strict=True), start=1):
        first = totals["people"]
        bulk_insert(
            User,
            (
                User(
                    email=f"person.{first + n}@{EMAIL_DOMAIN}",
                    first_name=rng.choice(FINNISH_FIRST),
                    last_name=rng.choice(FINNISH_LAST),
                    municipality=place,
                    password=password,
                )
                for n in range(size)
            ),
        )
        ids = list(
            User.objects.filter(municipality=place, email__endswith=f"@{EMAIL_DOMAIN}").values_list("id", flat=True)
        )
        roles, enrolments, completions = [], [], []
        for user_id in ids:
            role = rng.choices([role for role, _share in ROLE_MIX], [share for _role, share in ROLE_MIX])[0]
            roles.append(RoleAssignment(user_id=user_id, municipality=place, term=term, role=role))
            for (course_id, lessons), share in zip(courses, (0.95, 0.8), strict=True):
                enrolment, done = _progress(rng, user_id, course_id, lessons, share)
                if enrolment is not None:
                    enrolments.append(enrolment)
                    completions += done
        bulk_insert(RoleAssignment, roles)
        bulk_insert(Enrolment, enrolments)
        bulk_insert(LessonCompletion, completions)
        totals["people"] += len(ids)
        totals["enrolments"] += len(enrolments)
        totals["completions"] += len(completions)
        if number % 20 == 0 or number == len(places):
            say(
                f"  {number}/{len(places)} municipalities: {totals['people']:,} people, "
                f"{totals['enrolments']:,} enrolments, {totals['completions']:,} completions"
            )
    return totals


def largest_municipality():
    return (
        Municipality.objects.filter(people__email__endswith=f"@{EMAIL_DOMAIN}")
        .annotate(size=Count("people"))
        .order_by("-size")
        .first()
    )


def viewers(place):
    """A leader of `place` and a coordinator, both without superuser rights, as real users would be."""
    User = get_user_model()
    leader, _ = User.objects.get_or_create(email=LEADER_EMAIL, defaults={"first_name": "Bench", "last_name": "Leader"})
    MunicipalLeader.objects.get_or_create(user=leader, municipality=place)
    coordinator, _ = User.objects.get_or_create(
        email=COORDINATOR_EMAIL, defaults={"first_name": "Bench", "last_name": "Coordinator"}
    )
    group, _ = Group.objects.get_or_create(name="Verkostokoordinaattorit")
    group.permissions.add(Permission.objects.get(content_type__model="municipality", codename="view_network"))
    coordinator.groups.add(group)
    return leader, coordinator
