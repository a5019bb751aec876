"""A municipality's content editors: given by its leader, and limited in the admin to that municipality's
supplements: not the network course, not another municipality's supplement."""

import pytest
from django.urls import reverse

from supplements.services import content_editor_grant
from tests.builders import make_course_tree, make_leader, make_user
from tests.supplements.builders import make_supplement

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting(hameenlinna, porvoo):
    course, _lessons = make_course_tree(modules=1, lessons=1)
    own, _l1 = make_supplement(hameenlinna, course)
    other, _l2 = make_supplement(porvoo, course)
    leader = make_leader(hameenlinna)
    editor = make_user(municipality=hameenlinna)
    content_editor_grant(leader=leader, municipality=hameenlinna, person=editor)
    return course, own, other, leader, editor


def test_editor_edits_own_supplement_only(client, setting):
    course, own, other, _leader, editor = setting
    client.force_login(editor)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[own.id])).status_code == 200
    for page in (other, course):
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.id]))
        assert response.status_code in (302, 403)
    # Publishing a change to the network course is refused too.
    response = client.post(reverse("wagtailadmin_pages:edit", args=[course.id]), {"title": "Kaapattu"})
    assert response.status_code in (302, 403)
    course.refresh_from_db()
    assert course.title != "Kaapattu"


def test_editor_can_add_a_lesson_in_own_supplement_only(client, setting):
    _course, own, other, _leader, editor = setting
    client.force_login(editor)
    add = "wagtailadmin_pages:add"
    assert client.get(reverse(add, args=["supplements", "locallessonpage", own.id])).status_code == 200
    assert client.get(reverse(add, args=["supplements", "locallessonpage", other.id])).status_code in (302, 403)


def test_leader_grants_and_revokes_from_the_editors_page(client, hameenlinna):
    leader = make_leader(hameenlinna)
    person = make_user(municipality=hameenlinna)
    client.force_login(leader)
    url = reverse("supplements:editors", args=[hameenlinna.code])
    assert client.get(url).status_code == 200
    client.post(url, {"person": person.id, "action": "grant"})
    assert person.groups.filter(name__startswith="Paikalliset sisällöt").exists()
    client.post(url, {"person": person.id, "action": "revoke"})
    assert not person.groups.filter(name__startswith="Paikalliset sisällöt").exists()


def test_leader_cannot_make_another_municipalitys_person_an_editor(client, hameenlinna, porvoo):
    leader = make_leader(hameenlinna)
    outsider = make_user(municipality=porvoo)
    client.force_login(leader)
    url = reverse("supplements:editors", args=[hameenlinna.code])
    response = client.post(url, {"person": outsider.id, "action": "grant"}, follow=True)
    assert response.status_code == 200
    assert not outsider.groups.exists()
    for bad in ("abc", "", "99999999999999999999999", "-1"):
        client.post(url, {"person": bad})
    assert client.get(reverse("supplements:editors", args=[porvoo.code])).status_code == 404
    assert client.get(reverse("supplements:editors", args=["xyz"])).status_code == 404


def test_a_learner_has_no_editors_page(client, hameenlinna):
    client.force_login(make_user(municipality=hameenlinna))
    assert client.get(reverse("supplements:editors", args=[hameenlinna.code])).status_code == 404
