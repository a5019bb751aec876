"""Builders for participation tests: people with roles in a municipality, and their progress. Places, leaders
and the coordinator come from tests/builders.py (re-exported here for the tests that import them from here).

Municipalities, the council terms and the USO network come from the municipalities migrations; people get
their roles in the current term (from today's date) unless a test names another."""

from courses import services
from municipalities.models import RoleAssignment
from municipalities.terms import current_term
from tests.builders import (  # noqa: F401 (re-exported)
    ESPOO,
    HAMEENLINNA,
    UTSJOKI,
    join_network,
    make_coordinator,
    make_leader,
    make_user,
    municipality,
)


def make_person(place, *roles, term=None, **fields):
    person = make_user(municipality=place, **fields)
    term = term or current_term()
    for role in roles:
        RoleAssignment.objects.create(user=person, municipality=place, term=term, role=role)
    return person


def progress(person, course, lessons=()):
    """Enrol `person` in `course` and mark `lessons` done through the same services as the learner's pages."""
    services.enrolment_create(user=person, course=course)
    for lesson in lessons:
        services.lesson_mark_done(user=person, lesson=lesson)
