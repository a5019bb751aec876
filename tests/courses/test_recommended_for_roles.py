"""Courses recommended for roles: "My learning" puts those for the learner's current roles first and offers
the ones not yet started; roles cover every body (committees, the audit committee, vice chairs, deputies)."""

import pytest
from django.urls import reverse

from municipalities.models import CouncilTerm, Role
from rosters.parsing import parse_roster
from tests.builders import make_course, make_index, make_module, make_user
from tests.participation.builders import HAMEENLINNA, make_leader, make_person, municipality
from tests.rosters.builders import FINNISH_HEADER, csv_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def courses():
    index = make_index()
    return {
        "general": make_course(index=index, title="Yleinen"),
        "committee": make_course(index=index, title="Lautakuntatyö", recommended_roles=[Role.COMMITTEE_MEMBER]),
        "audit": make_course(index=index, title="Tarkastus", recommended_roles=[Role.AUDIT_MEMBER]),
        "chairs": make_course(
            index=index, title="Puheenjohtajat", recommended_roles=[Role.COMMITTEE_CHAIR, Role.COMMITTEE_MEMBER]
        ),
    }


def enrol(client, *courses):
    for course in courses:
        client.post(reverse("courses:enrol", args=[course.id]))


def test_my_learning_puts_courses_for_my_roles_first(client, courses):
    member = make_person(municipality(HAMEENLINNA), Role.COUNCILLOR, Role.COMMITTEE_MEMBER)
    client.force_login(member)
    enrol(client, courses["general"], courses["committee"])
    response = client.get(reverse("courses:my_learning"))
    assert [entry.course.title for entry in response.context["entries"]] == ["Lautakuntatyö", "Yleinen"]
    # Not enrolled yet, recommended for a role I hold; the audit committee's course is not for me.
    assert [course.title for course in response.context["recommended"]] == ["Puheenjohtajat"]
    page = response.content.decode()
    assert page.count("learning-recommended-tag") == 1


def test_a_former_official_gets_no_recommendation_for_a_role_no_longer_held(client, courses):
    old = CouncilTerm.objects.get(name="2021–2025")
    former = make_person(municipality(HAMEENLINNA), Role.COMMITTEE_MEMBER, term=old)
    client.force_login(former)
    enrol(client, courses["general"], courses["committee"])
    response = client.get(reverse("courses:my_learning"))
    # Enrolled last in the committee course, so it comes first only by my_learning's own order, not as a
    # recommendation: the page marks nothing.
    assert response.context["recommended"] == [] and not response.context["recommended_ids"]


def test_a_learner_without_roles_sees_my_learning_as_before(client, courses):
    client.force_login(make_user())
    enrol(client, courses["audit"])
    response = client.get(reverse("courses:my_learning"))
    assert response.status_code == 200 and response.context["recommended"] == []


def test_roles_of_every_body_are_read_from_roster_files():
    rows = [
        ["Aino A", "a@example.fi", "tarkastuslautakunnan jäsen", "Tarkastuslautakunta"],
        ["Bertil B", "b@example.fi", "revisionsnämndens ordförande", ""],
        ["Cecilia C", "c@example.fi", "kunnanhallituksen varapuheenjohtaja", ""],
        ["Daniel D", "d@example.fi", "lautakunnan varajäsen", "Sivistyslautakunta"],
        ["Eero E", "e@example.fi", "valtuuston varapuheenjohtaja", ""],
    ]
    parsed = parse_roster(csv_bytes([FINNISH_HEADER, *rows]))
    assert [row.role for row in parsed.rows] == [
        Role.AUDIT_MEMBER,
        Role.AUDIT_CHAIR,
        Role.BOARD_VICE_CHAIR,
        Role.DEPUTY_COMMITTEE_MEMBER,
        Role.COUNCIL_VICE_CHAIR,
    ]


def test_the_leader_sees_the_figures_by_body_and_role(client, courses):
    place = municipality(HAMEENLINNA)
    make_person(place, Role.COUNCILLOR)
    make_person(place, Role.AUDIT_MEMBER)
    make_person(place, Role.COMMITTEE_VICE_CHAIR)
    client.force_login(make_leader(place))
    response = client.get(reverse("participation:municipality", args=[HAMEENLINNA]))
    rows = [(row.body, row.role) for row, _counts in response.context["role_rows"]]
    assert rows == [
        ("council", Role.COUNCILLOR),
        ("committee", Role.COMMITTEE_VICE_CHAIR),
        ("audit_committee", Role.AUDIT_MEMBER),
    ]
    page = response.content.decode()
    assert page.index("Tarkastuslautakunta") > page.index("Lautakunnat") > page.index("Valtuusto")


def test_the_course_page_marks_the_modules_recommended_for_my_current_roles(client):
    course = make_course(index=make_index(), title="Valtuustotyö")
    make_module(course, title="Kaikille")
    make_module(course, title="Lautakunnille", recommended_roles=[Role.COMMITTEE_MEMBER])
    make_module(course, title="Tarkastajille", recommended_roles=[Role.AUDIT_MEMBER])
    place = municipality(HAMEENLINNA)

    def marked_modules(user):
        client.force_login(user)
        page = client.get(course.url).content.decode()
        items = page.split('<li class="module-item')[1:]
        return [item.split("</a>")[0].rsplit(">", 1)[1] for item in items if "learning-recommended-tag" in item]

    assert marked_modules(make_person(place, Role.COMMITTEE_MEMBER)) == ["Lautakunnille"]
    old = CouncilTerm.objects.get(name="2021–2025")
    assert marked_modules(make_person(place, Role.AUDIT_MEMBER, term=old)) == []
    client.logout()
    assert "learning-recommended-tag" not in client.get(course.url).content.decode()
