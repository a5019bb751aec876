"""Demo data for the dashboards: the USO network's 28 member municipalities, their rosters and their progress
through the two demo courses in autumn 2021.

Rosters are generated from a fixed seed per municipality, so every run makes the same people, roles,
enrolments and completions; rows are inserted with ignore_conflicts on their unique constraints, so a
second run adds nothing. Sizes follow the councils: 13 seats in the smallest municipalities, 59–79 in the
largest cities, plus deputies, the executive board, committees and a few office-holders. Some small
municipalities have fewer than five people on the second course, so the small-group rule shows.
"""

import datetime
import random
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.text import slugify

from courses.models import Enrolment, LessonCompletion
from municipalities.models import (
    CouncilTerm,
    Municipality,
    MunicipalLeader,
    Network,
    NetworkMembership,
    Role,
    RoleAssignment,
)

from .bulk import bulk_insert
from .course_tree import course_tree
from .demo_names import FINNISH_FIRST, FINNISH_LAST, SWEDISH_FIRST, SWEDISH_LAST
from .demo_rollover import AUTUMN_2025, rollover_load
from .selectors import NETWORK_SLUG
from .services import coordinator_names_share

HELSINKI = ZoneInfo("Europe/Helsinki")
COORDINATORS_GROUP = "Verkostokoordinaattorit"
LEADER_EMAIL = "kunnanjohtaja@example.fi"
COUNCILLOR_EMAIL = "valtuutettu@example.fi"
COORDINATOR_EMAIL = "koordinaattori@example.fi"
DEMO_HOME = "109"  # Hämeenlinna: where the demo leader and the demo councillor belong
COURSE_SLUGS = ["valtuustokauden-2021-2025-perehdytys", "kestava-kunnan-johtaminen"]
AUTUMN_TERM = "2021–2025"  # the term of the autumn 2021 orientation and its participation history
NEW_TERM = "2025–2029"  # the term the demo councils rolled over into on 1.6.2025
COURSE_2025_SLUG = "valtuustokauden-2025-2029-perehdytys"
AUTUMN_START = datetime.datetime(2021, 8, 16, 8, 0, tzinfo=HELSINKI)
AUTUMN_END = datetime.datetime(2021, 12, 17, 20, 0, tzinfo=HELSINKI)


@dataclass(frozen=True)
class DemoMunicipality:
    code: str
    council: int  # seats on the council
    swedish: float  # share of Swedish names
    enrolment: float  # share of people enrolled in the orientation course
    pace: float  # how far, on average, the enrolled have got (0–1)


MEMBERS = [
    DemoMunicipality("049", 75, 0.08, 0.62, 0.55),  # Espoo
    DemoMunicipality("092", 67, 0.03, 0.48, 0.45),  # Vantaa
    DemoMunicipality("837", 67, 0.01, 0.71, 0.62),  # Tampere
    DemoMunicipality("398", 59, 0.01, 0.55, 0.50),  # Lahti
    DemoMunicipality("297", 59, 0.0, 0.66, 0.58),  # Kuopio
    DemoMunicipality("109", 51, 0.01, 0.78, 0.66),  # Hämeenlinna
    DemoMunicipality("743", 51, 0.0, 0.84, 0.72),  # Seinäjoki
    DemoMunicipality("638", 51, 0.3, 0.58, 0.52),  # Porvoo
    DemoMunicipality("272", 51, 0.12, 0.45, 0.40),  # Kokkola
    DemoMunicipality("734", 51, 0.01, 0.52, 0.47),  # Salo
    DemoMunicipality("444", 51, 0.04, 0.60, 0.50),  # Lohja
    DemoMunicipality("684", 51, 0.0, 0.40, 0.35),  # Rauma
    DemoMunicipality("186", 43, 0.02, 0.69, 0.61),  # Järvenpää
    DemoMunicipality("257", 43, 0.16, 0.57, 0.49),  # Kirkkonummi
    DemoMunicipality("543", 43, 0.01, 0.63, 0.55),  # Nurmijärvi
    DemoMunicipality("980", 43, 0.0, 0.50, 0.44),  # Ylöjärvi
    DemoMunicipality("710", 43, 0.65, 0.54, 0.48),  # Raasepori
    DemoMunicipality("499", 43, 0.68, 0.47, 0.42),  # Mustasaari
    DemoMunicipality("753", 43, 0.34, 0.61, 0.53),  # Sipoo
    DemoMunicipality("140", 43, 0.0, 0.73, 0.64),  # Iisalmi
    DemoMunicipality("233", 35, 0.0, 0.42, 0.38),  # Kauhava
    DemoMunicipality("434", 35, 0.42, 0.51, 0.46),  # Loviisa
    DemoMunicipality("598", 35, 0.55, 0.56, 0.50),  # Pietarsaari
    DemoMunicipality("078", 27, 0.42, 0.64, 0.57),  # Hanko
    DemoMunicipality("322", 27, 0.7, 0.48, 0.43),  # Kemiönsaari
    DemoMunicipality("583", 13, 0.0, 0.70, 0.60),  # Pelkosenniemi
    DemoMunicipality("742", 13, 0.0, 0.35, 0.40),  # Savukoski
    DemoMunicipality("890", 13, 0.0, 0.45, 0.50),  # Utsjoki
]


@dataclass
class DemoPerson:
    email: str
    first_name: str
    last_name: str
    swedish: bool
    roles: list


def _board_size(council):
    return 7 if council <= 27 else 9 if council <= 43 else 11 if council <= 59 else 13


def roster(member, place):
    """The people of one municipality and their roles, the same on every run."""
    rng = random.Random(f"roster-{member.code}")
    domain = f"{slugify(place.name_fi)}.example.fi"
    people = []

    def person(*roles):
        swedish = rng.random() < member.swedish
        first = rng.choice(SWEDISH_FIRST if swedish else FINNISH_FIRST)
        last = rng.choice(SWEDISH_LAST if swedish else FINNISH_LAST)
        email = f"{slugify(first)}.{slugify(last)}.{len(people) + 1}@{domain}"
        people.append(DemoPerson(email, first, last, swedish, list(roles)))

    board = _board_size(member.council)
    for seat in range(member.council):
        roles = [Role.COUNCILLOR]
        if seat == 0:
            roles.append(Role.COUNCIL_CHAIR)
        elif seat <= board:
            roles.append(Role.BOARD_MEMBER)
            if seat == 1:
                roles.append(Role.BOARD_CHAIR)
        elif rng.random() < 0.4:
            roles.append(Role.COMMITTEE_MEMBER)
            if rng.random() < 0.15:
                roles.append(Role.COMMITTEE_CHAIR)
        person(*roles)
    for _ in range(member.council // 2):
        person(Role.DEPUTY_COUNCILLOR, *([Role.COMMITTEE_MEMBER] if rng.random() < 0.5 else []))
    if member.code != DEMO_HOME:  # Hämeenlinna's manager is the demo leader
        person(Role.MANAGER)
    for _ in range(1 + member.council // 20):
        person(Role.DIRECTOR)
    for _ in range(1 + member.council // 30):
        person(Role.OFFICE_HOLDER)
    return people


@dataclass
class DemoProgress:
    enrolments: list
    completions: list


def _progress_of(rng, user_id, course, share, pace, *, start=None, end=None):
    """Whether one person enrolled in one course, and the lessons they did, in order, with their times."""
    start, end = start or AUTUMN_START, end or AUTUMN_END
    if rng.random() >= share:
        return [], []
    lessons = [(module.id, lesson_id) for module in course.modules for lesson_id in module.required_lesson_ids]
    enrolled_at = start + datetime.timedelta(days=rng.uniform(0, 45), hours=rng.uniform(0, 10))
    # Some enrol and never open a lesson (the leaders' "not started" list), many finish, the rest stop
    # somewhere on the way; the municipality's pace sets the mix.
    chance = rng.random()
    if chance < 0.3 * (1 - pace) + 0.05:
        done = 0
    elif chance > 1 - 0.75 * pace:
        done = len(lessons)
    else:
        done = rng.randint(1, max(1, len(lessons) - 1))
    when, completions = enrolled_at, []
    for module_id, lesson_id in lessons[:done]:
        when = min(end, when + datetime.timedelta(days=rng.uniform(0.2, 6), minutes=rng.uniform(5, 90)))
        completions.append(
            LessonCompletion(
                user_id=user_id, lesson_id=lesson_id, module_id=module_id, course_id=course.id, completed_at=when
            )
        )
    enrolment = Enrolment(
        user_id=user_id,
        course_id=course.id,
        enrolled_at=enrolled_at,
        last_lesson_id=completions[-1].lesson_id if completions else None,
        last_activity_at=when if completions else None,
        started_at=completions[0].completed_at if completions else None,
        completed_at=when if lessons and done == len(lessons) else None,
    )
    return [enrolment], completions


def progress(member, user_ids, courses):
    rng = random.Random(f"progress-{member.code}")
    result = DemoProgress(enrolments=[], completions=[])
    # The second course is optional further study: fewer take it, and in the smallest municipalities only a
    # handful, which is what the small-group rule is for.
    shares = [member.enrolment, member.enrolment * (0.15 if member.council <= 13 else 0.4)]
    for user_id in user_ids:
        for course, share, pace in zip(courses, shares, [member.pace, member.pace * 0.7], strict=False):
            enrolments, completions = _progress_of(rng, user_id, course, share, pace)
            result.enrolments += enrolments
            result.completions += completions
    return result


def network_ensure():
    network = Network.objects.get(slug=NETWORK_SLUG)
    places = {place.code: place for place in Municipality.objects.filter(code__in=[m.code for m in MEMBERS])}
    for n, member in enumerate(MEMBERS):
        NetworkMembership.objects.get_or_create(
            network=network,
            municipality=places[member.code],
            defaults={"joined_on": datetime.date(2021, 6, 1) + datetime.timedelta(days=3 * n)},
        )
    return places


def demo_users_wire(*, place, term, new_term=None):
    """The demo logins of courses/demo.py get their part: the leader leads Hämeenlinna and is its manager (and
    has shared its names with the coordinator, so the demo shows a shared and an unshared municipality), the
    councillor sits on its council, the coordinator follows the whole network."""
    User = get_user_model()
    leader = User.objects.filter(email=LEADER_EMAIL).first()
    if leader is not None:
        MunicipalLeader.objects.get_or_create(user=leader, municipality=place)
        User.objects.filter(pk=leader.pk).update(municipality=place)
        for held in filter(None, (term, new_term)):  # the manager continues into the new term
            RoleAssignment.objects.get_or_create(user=leader, municipality=place, term=held, role=Role.MANAGER)
        coordinator_names_share(municipality=place, shared=True, by=leader)
    councillor = User.objects.filter(email=COUNCILLOR_EMAIL).first()
    if councillor is not None:
        User.objects.filter(pk=councillor.pk).update(municipality=place)
        for held in filter(None, (term, new_term)):  # re-elected in 2025
            RoleAssignment.objects.get_or_create(user=councillor, municipality=place, term=held, role=Role.COUNCILLOR)
    group, _created = Group.objects.get_or_create(name=COORDINATORS_GROUP)
    group.permissions.add(Permission.objects.get(content_type__model="municipality", codename="view_network"))
    coordinator = User.objects.filter(email=COORDINATOR_EMAIL).first()
    if coordinator is not None:
        coordinator.groups.add(group)


@transaction.atomic
def participation_demo_load(*, stdout=None):
    def say(message):
        if stdout is not None:
            stdout.write(message)

    User = get_user_model()
    places = network_ensure()
    term = CouncilTerm.objects.get(name=AUTUMN_TERM)
    new_term = CouncilTerm.objects.get(name=NEW_TERM)
    tree = {course.slug: course for course in course_tree()}
    courses = [tree[slug] for slug in COURSE_SLUGS if slug in tree]
    course_2025 = tree.get(COURSE_2025_SLUG)
    rollover = {"people": 0, "re_elected": 0, "new": 0, "enrolments": 0}
    unusable = make_password(None)  # people log in through an invitation, never with a demo password
    totals = {"people": 0, "enrolments": 0, "completions": 0}
    for member in MEMBERS:
        place = places[member.code]
        people = roster(member, place)
        bulk_insert(
            User,
            (
                User(
                    email=p.email,
                    first_name=p.first_name,
                    last_name=p.last_name,
                    municipality=place,
                    preferred_language="sv" if p.swedish else "fi",
                    password=unusable,
                )
                for p in people
            ),
        )
        ids = dict(User.objects.filter(email__in=[p.email for p in people]).values_list("email", "id"))
        bulk_insert(
            RoleAssignment,
            (
                RoleAssignment(user_id=ids[p.email], municipality=place, term=term, role=role)
                for p in people
                for role in p.roles
            ),
        )
        done = progress(member, [ids[p.email] for p in people], courses)
        bulk_insert(Enrolment, done.enrolments)
        bulk_insert(LessonCompletion, done.completions)
        say(
            f"  {place.name_fi}: {len(people)} people, {len(done.enrolments)} enrolments, "
            f"{len(done.completions)} lessons done"
        )
        totals["people"] += len(people)
        totals["enrolments"] += len(done.enrolments)
        totals["completions"] += len(done.completions)
        moved = rollover_load(
            member=member,
            place=place,
            people_2021=people,
            term=new_term,
            course=course_2025,
            start=AUTUMN_2025[0],
            end=AUTUMN_2025[1],
            progress_of=_progress_of,
        )
        for key in rollover:
            rollover[key] += moved[key]
    demo_users_wire(place=places[DEMO_HOME], term=term, new_term=new_term)
    say(
        f"Rollover into {NEW_TERM}: {rollover['people']:,} people, {rollover['re_elected']:,} re-elected, "
        f"{rollover['new']:,} new, {rollover['enrolments']:,} enrolled in the 2025 orientation"
    )
    say(
        f"Participation: {len(MEMBERS)} network members, {totals['people']:,} people, "
        f"{totals['enrolments']:,} enrolments, {totals['completions']:,} lessons done"
    )
    return totals
