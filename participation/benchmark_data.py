"""A national-scale data set for `manage.py benchmark_participation`: every one of the 309 municipalities in
the network, 40,000 people, two courses of 30 lessons each and about 1.5 million lesson completions.

With `terms=4`, the same for each of four council terms (the current one and three before it): 160,000
person-terms, about 100,000 people (half of each council is re-elected to the next) and about 6 million lesson
completions, each term with its own copies of the two courses, as the service holds them after 16 years.

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
    CouncilTerm,
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


def built_terms():
    """How many council terms the data set in this database covers (0: not built)."""
    if get_user_model().objects.filter(email__endswith=f"@{EMAIL_DOMAIN}").count() < PEOPLE:
        return 0
    return RoleAssignment.objects.filter(user__email__endswith=f"@{EMAIL_DOMAIN}").values("term").distinct().count()


def history_terms(count):
    """The current council term and the `count - 1` before it, oldest first. A database that lacks the older
    terms gets them, four years apart (the data migration loads 2017–2021 onwards)."""
    current = current_term()
    terms = [current]
    while len(terms) < count:
        later = terms[0]
        earlier = (
            CouncilTerm.objects.filter(starts_on__lt=later.starts_on).order_by("-starts_on").first()
        ) or CouncilTerm.objects.create(
            name=f"{later.starts_on.year - 4}–{later.starts_on.year}",
            election_date=later.election_date.replace(year=later.election_date.year - 4),
            starts_on=later.starts_on.replace(year=later.starts_on.year - 4),
            ends_on=later.starts_on - datetime.timedelta(days=1),
        )
        terms.insert(0, earlier)
    return terms


def municipality_sizes(count):
    """People per municipality, largest first: a long tail (rank^-0.75) on top of a floor of SMALLEST."""
    weights = [rank**-0.75 for rank in range(1, count + 1)]
    spare = PEOPLE - SMALLEST * count
    sizes = [SMALLEST + int(spare * weight / sum(weights)) for weight in weights]
    sizes[0] += PEOPLE - sum(sizes)
    return sizes


def _courses(term=None):
    """The two courses of the data set; for an earlier term (`term`), that term's own copies."""
    index = course_index_ensure(home=home_page_ensure())
    courses = []
    for number in (1, 2):
        slug = f"benchmark-{term.starts_on.year}-course-{number}" if term else f"benchmark-course-{number}"
        course = CoursePage.objects.filter(slug=slug).first()
        if course is None:
            course = index.add_child(
                instance=CoursePage(
                    title=f"Benchmark-kurssi {number}" + (f" ({term.name})" if term else ""),
                    slug=slug,
                    summary="Suorituskykytesti.",
                    learning_objectives="<ul><li>Mitata</li></ul>",
                    council_term=term,
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


def _progress(rng, user_id, course_id, lessons, share, start=START):
    """About 1.5 million completions in all: most enrol, over half of them finish, a tenth never start."""
    if rng.random() >= share:
        return None, []
    enrolled_at = start + datetime.timedelta(days=rng.uniform(0, 60))
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


def build(*, say, terms=1):
    """The data set for the current council term and, with `terms` > 1, the terms before it."""
    User = get_user_model()
    rng = random.Random(2021)
    network = Network.objects.get(slug=NETWORK_SLUG)
    term_list = history_terms(terms)
    places = list(Municipality.objects.order_by("code"))
    rng.shuffle(places)  # the largest is not always the same kind of name
    bulk_insert(
        NetworkMembership,
        (NetworkMembership(network=network, municipality=place, joined_on=START.date()) for place in places),
    )
    # The current term's courses keep the data set's original names; earlier terms get copies of their own.
    term_courses = [_courses(None if term == term_list[-1] else term) for term in term_list]
    lessons = sum(len(lessons) for courses in term_courses for _id, lessons in courses)
    say(f"Terms: {', '.join(term.name for term in term_list)}; {len(term_courses) * 2} courses, {lessons} lessons")
    password = make_password(None)
    totals = {"people": 0, "person-terms": 0, "enrolments": 0, "completions": 0}
    for number, (place, size) in enumerate(zip(places, municipality_sizes(len(places)), strict=True), start=1):
        holders = []
        for term, courses in zip(term_list, term_courses, strict=True):
            # Half of a council is re-elected to the next one; the new half are new people.
            kept = rng.sample(holders, len(holders) // 2) if holders else []
            new = size - len(kept)
            first = totals["people"]
            emails = [f"person.{first + n}@{EMAIL_DOMAIN}" for n in range(new)]
            bulk_insert(
                User,
                (
                    User(
                        email=email,
                        first_name=rng.choice(FINNISH_FIRST),
                        last_name=rng.choice(FINNISH_LAST),
                        municipality=place,
                        password=password,
                    )
                    for email in emails
                ),
            )
            ids = kept + list(User.objects.filter(email__in=emails).values_list("id", flat=True))
            start = (
                START
                if term == term_list[-1]
                else datetime.datetime.combine(term.starts_on, START.timetz()) + datetime.timedelta(days=76)
            )
            roles, enrolments, completions = [], [], []
            for user_id in ids:
                role = rng.choices([role for role, _share in ROLE_MIX], [share for _role, share in ROLE_MIX])[0]
                roles.append(RoleAssignment(user_id=user_id, municipality=place, term=term, role=role))
                for (course_id, lessons), share in zip(courses, (0.95, 0.8), strict=True):
                    enrolment, done = _progress(rng, user_id, course_id, lessons, share, start)
                    if enrolment is not None:
                        enrolments.append(enrolment)
                        completions += done
            bulk_insert(RoleAssignment, roles)
            bulk_insert(Enrolment, enrolments)
            bulk_insert(LessonCompletion, completions)
            holders = ids
            totals["people"] += new
            totals["person-terms"] += len(ids)
            totals["enrolments"] += len(enrolments)
            totals["completions"] += len(completions)
        if number % 20 == 0 or number == len(places):
            say(
                f"  {number}/{len(places)} municipalities: {totals['people']:,} people, "
                f"{totals['person-terms']:,} person-terms, {totals['enrolments']:,} enrolments, "
                f"{totals['completions']:,} completions"
            )
    return totals


def everyone_into(place):
    """Move every person of the data set, and their roles of the current term, into `place` (for the 40,000-row
    export; run it in a transaction that is rolled back)."""
    get_user_model().objects.filter(email__endswith=f"@{EMAIL_DOMAIN}").update(municipality=place)
    # Each person holds one role a term in the data set, so moving the roles breaks no uniqueness rule.
    RoleAssignment.objects.filter(term=current_term(), user__email__endswith=f"@{EMAIL_DOMAIN}").update(
        municipality=place
    )


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
