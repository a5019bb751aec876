import pytest
from django.utils import translation

from municipalities.models import Role
from tests.builders import make_course_tree, make_user
from tests.participation.builders import (
    ESPOO,
    HAMEENLINNA,
    join_network,
    make_coordinator,
    make_leader,
    make_person,
    municipality,
    progress,
)


@pytest.fixture
def world(db):
    """Two network members with a few people each, one course of two modules of two lessons, a leader of
    each municipality, a learner, the coordinator and a superuser."""
    join_network(HAMEENLINNA, ESPOO)
    course, lessons = make_course_tree(modules=2, lessons=2)
    a, b = municipality(HAMEENLINNA), municipality(ESPOO)
    aino = make_person(a, Role.COUNCILLOR, Role.BOARD_MEMBER, first_name="Aino", last_name="Äijälä")
    progress(aino, course, lessons)  # completed
    pekka = make_person(a, Role.COUNCILLOR, first_name="Pekka", last_name="Öhman")
    progress(pekka, course, lessons[:1])  # in progress
    saara = make_person(a, Role.DEPUTY_COUNCILLOR, first_name="Saara", last_name="Åström")
    progress(saara, course)  # enrolled, not started
    make_person(a, Role.DIRECTOR, first_name="Ville", last_name="Virtanen")  # not enrolled
    bertta = make_person(b, Role.COUNCILLOR, first_name="Bertta", last_name="Espoolainen")
    progress(bertta, course, lessons[:2])
    return {
        "course": course,
        "lessons": lessons,
        "a": a,
        "b": b,
        "people": {"aino": aino, "pekka": pekka, "saara": saara, "bertta": bertta},
        "users": {
            "learner": aino,
            "leader_a": make_leader(a, email="johtaja.a@example.fi"),
            "leader_b": make_leader(b, email="johtaja.b@example.fi"),
            "coordinator": make_coordinator(email="koordinaattori.test@example.fi"),
            "superuser": make_user(email="admin.test@example.fi", is_superuser=True, is_staff=True),
        },
    }


@pytest.fixture(autouse=True)
def _english():
    # Assertions read the English msgids, so URLs are reversed under /en/; the site is Finnish first.
    with translation.override("en"):
        yield
