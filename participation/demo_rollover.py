"""The demo's rollover into 2025–2029: part of each demo council re-elected, new members in the seats of
those who left, the leavers former officials, and the autumn 2025 orientation under way.

Written with the same seeds as participation/demo.py, so every run makes the same people and roles; rows
go in with ignore_conflicts, so a second run adds nothing. The roles are written directly, as a leader's
rollover file would leave them (rosters/rollover.py), because the demo builds data, not requests.
"""

import datetime
import random

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password

from courses.models import Enrolment, LessonCompletion
from municipalities.models import OFFICE_HOLDER_ROLES, RoleAssignment

from .bulk import bulk_insert
from .demo_names import FINNISH_FIRST, FINNISH_LAST, SWEDISH_FIRST, SWEDISH_LAST

RE_ELECTED = 0.55  # about half of a council is re-elected; office-holders mostly stay
OFFICE_HOLDERS_STAY = 0.85


def new_term_roster(member, place, people_2021):
    """[(email, first, last, swedish, roles)] for 2025–2029: the re-elected with their 2021 roles, and a new
    person in each seat whose holder left."""
    rng = random.Random(f"rollover-{member.code}")
    domain = people_2021[0].email.split("@")[1] if people_2021 else f"{place.code}.example.fi"
    roster = []
    for n, person in enumerate(people_2021, start=1):
        stays = OFFICE_HOLDERS_STAY if set(person.roles) <= OFFICE_HOLDER_ROLES else RE_ELECTED
        if rng.random() < stays:
            roster.append((person.email, person.first_name, person.last_name, person.swedish, person.roles))
            continue
        swedish = rng.random() < member.swedish
        first = rng.choice(SWEDISH_FIRST if swedish else FINNISH_FIRST)
        last = rng.choice(SWEDISH_LAST if swedish else FINNISH_LAST)
        email = f"{first.lower()}.{last.lower()}.2025-{n}@{domain}".replace(" ", "-")
        roster.append((email, first, last, swedish, person.roles))
    return roster


def rollover_load(*, member, place, people_2021, term, course, start, end, progress_of):
    """Users and 2025–2029 roles for one municipality, and their progress in the 2025 orientation."""
    User = get_user_model()
    roster = new_term_roster(member, place, people_2021)
    unusable = make_password(None)
    bulk_insert(
        User,
        (
            User(
                email=email,
                first_name=first,
                last_name=last,
                municipality=place,
                preferred_language="sv" if swedish else "fi",
                password=unusable,
            )
            for email, first, last, swedish, _roles in roster
        ),
    )
    ids = dict(User.objects.filter(email__in=[row[0] for row in roster]).values_list("email", "id"))
    bulk_insert(
        RoleAssignment,
        (
            RoleAssignment(user_id=ids[email], municipality=place, term=term, role=role)
            for email, _first, _last, _swedish, roles in roster
            for role in roles
        ),
    )
    enrolments, completions = [], []
    if course is not None:
        rng = random.Random(f"progress-2025-{member.code}")
        for email, *_rest in roster:
            done_enrolments, done_completions = progress_of(
                rng, ids[email], course, member.enrolment, member.pace * 0.85, start=start, end=end
            )
            enrolments += done_enrolments
            completions += done_completions
        bulk_insert(Enrolment, enrolments)
        bulk_insert(LessonCompletion, completions)
    kept = sum(1 for email, *_rest in roster if email in {p.email for p in people_2021})
    return {"people": len(roster), "re_elected": kept, "new": len(roster) - kept, "enrolments": len(enrolments)}


AUTUMN_2025 = (
    datetime.datetime(2025, 8, 18, 8, 0, tzinfo=datetime.UTC),
    datetime.datetime(2025, 12, 12, 18, 0, tzinfo=datetime.UTC),
)
