"""Trainers author courses in the Wagtail admin and can do nothing else there."""

import pytest
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.models import LessonPage
from courses.setup import TRAINERS_GROUP, trainers_group_ensure
from tests.builders import make_course_tree, make_index, make_user
from tests.refusals import assert_refused

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer(client):
    index = make_index()
    group = trainers_group_ensure(course_index=index)
    user = make_user(email="trainer@example.fi")
    user.groups.add(group)
    client.force_login(user)
    return user


def test_trainer_adds_and_publishes_a_lesson_with_blocks(client, trainer):
    course, lessons = make_course_tree(modules=1, lessons=1, index=make_index())
    module = lessons[0].get_parent()
    data = nested_form_data(
        {
            "title": "Sidonnaisuuksien ilmoittaminen",
            "slug": "sidonnaisuudet",
            "summary": "Kuka ilmoittaa ja milloin.",
            "estimated_minutes": 10,
            "is_required": True,
            "body": streamfield(
                [
                    ("heading", {"text": "Kuka ilmoittaa?", "level": "h2"}),
                    ("paragraph", rich_text("<p>Kunnanhallituksen jäsenet ja puheenjohtajat.</p>")),
                    ("key_point", {"title": "Muista", "text": rich_text("<p>Kahden kuukauden kuluessa.</p>")}),
                    ("checklist", {"title": "Tarkista", "items": streamfield([("item", "Ilmoitus tehty")])}),
                ]
            ),
            "action-publish": "publish",
        }
    )
    response = client.post(f"/admin/pages/add/courses/lessonpage/{module.id}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    lesson = LessonPage.objects.get(slug="sidonnaisuudet")
    assert lesson.live
    assert [block.block_type for block in lesson.body] == ["heading", "paragraph", "key_point", "checklist"]
    assert "Kahden kuukauden" in client.get(lesson.url).content.decode()


def test_trainer_cannot_add_a_lesson_directly_under_a_course(client, trainer):
    course, _lessons = make_course_tree(modules=1, lessons=1, index=make_index())
    response = client.get(f"/admin/pages/add/courses/lessonpage/{course.id}/")
    assert_refused(client, response)


@pytest.mark.parametrize("url", ["/admin/users/", "/admin/groups/", "/admin/sites/", "/admin/settings/"])
def test_trainer_cannot_manage_users_or_settings(client, trainer, url):
    response = client.get(url, follow=False)
    if response.status_code != 404:
        assert_refused(client, response)


def test_trainer_cannot_edit_pages_outside_the_catalogue(client, trainer):
    home = make_index().get_parent()
    response = client.get(f"/admin/pages/{home.id}/edit/")
    assert_refused(client, response)


def test_learner_never_sees_the_admin(client):
    make_index()
    client.force_login(make_user())
    for url in ("/admin/", "/admin/pages/", "/admin/login/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == "/oma-oppiminen/"


def test_trainers_group_is_created_once(client):
    index = make_index()
    trainers_group_ensure(course_index=index)
    trainers_group_ensure(course_index=index)
    from django.contrib.auth.models import Group

    assert Group.objects.filter(name=TRAINERS_GROUP).count() == 1
