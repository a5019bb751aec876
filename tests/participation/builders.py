"""Builders for participation tests: people with roles in a municipality, leaders, the coordinator, progress.

Municipalities, the council terms and the USO network come from the municipalities migrations; people get
their roles in the current term (from today's date) unless a test names another."""

from django.contrib.auth.models import Group, Permission

from courses import services
from municipalities.models import Municipality, MunicipalLeader, Network, NetworkMembership, RoleAssignment
from municipalities.terms import current_term
from tests.builders import make_user

HAMEENLINNA, ESPOO, UTSJOKI = "109", "049", "890"


def municipality(code):
    return Municipality.objects.get(code=code)


def join_network(*codes):
    network = Network.objects.get(slug="uso-2021-2022")
    for code in codes:
        NetworkMembership.objects.get_or_create(
            network=network, municipality=municipality(code), defaults={"joined_on": "2021-08-01"}
        )


def make_person(place, *roles, term=None, **fields):
    person = make_user(municipality=place, **fields)
    term = term or current_term()
    for role in roles:
        RoleAssignment.objects.create(user=person, municipality=place, term=term, role=role)
    return person


def make_leader(place, **fields):
    leader = make_user(**fields)
    MunicipalLeader.objects.create(user=leader, municipality=place)
    return leader


def make_coordinator(**fields):
    coordinator = make_user(**fields)
    group, _created = Group.objects.get_or_create(name="Verkostokoordinaattorit")
    group.permissions.add(Permission.objects.get(codename="view_network", content_type__model="municipality"))
    coordinator.groups.add(group)
    return coordinator


def progress(person, course, lessons=()):
    """Enrol `person` in `course` and mark `lessons` done through the same services as the learner's pages."""
    services.enrolment_create(user=person, course=course)
    for lesson in lessons:
        services.lesson_mark_done(user=person, lesson=lesson)
