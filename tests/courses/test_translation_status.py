"""Trainers see which languages of each course and module are complete or out of date."""

import pytest
from wagtail.models import Locale

from courses.setup import trainers_group_ensure
from tests.builders import make_course_tree, make_index, make_user

pytestmark = pytest.mark.django_db

URL = "/admin/kaannokset/"


def translate(page, code="sv"):
    translation = page.copy_for_translation(Locale.objects.get(language_code=code), copy_parents=True)
    translation.save_revision().publish()
    return translation


def state_of(response, page, code):
    for row in response.context["rows"]:
        if row.page.id == page.id:
            return next(status for status in row.languages if status.language_code == code).state
    raise AssertionError(f"{page} not listed")


@pytest.fixture
def trainer(client):
    user = make_user()
    user.groups.add(trainers_group_ensure(course_index=make_index()))
    client.force_login(user)
    return user


def test_states_follow_the_translations(client, trainer):
    course, lessons = make_course_tree(modules=2, lessons=2)
    first_module = lessons[0].get_parent()
    for page in (course, first_module, lessons[0], lessons[1]):
        translate(page)

    response = client.get(URL)
    assert response.status_code == 200
    assert state_of(response, first_module, "sv") == "complete"
    assert state_of(response, lessons[2].get_parent(), "sv") == "missing"
    assert state_of(response, course, "sv") == "partial"
    assert state_of(response, course, "en") == "missing"

    lessons[1].title = "Muutettu otsikko"
    lessons[1].save_revision().publish()  # the Finnish original changes after the translation

    response = client.get(URL)
    assert state_of(response, first_module, "sv") == "outdated"
    assert "Muutettu otsikko" in response.content.decode()


def test_query_count_does_not_grow_with_courses(client, trainer):
    make_course_tree(modules=1, lessons=1)
    client.get(URL)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get(URL)
    for _ in range(3):
        make_course_tree(modules=2, lessons=3)
    with CaptureQueriesContext(connection) as many:
        client.get(URL)
    assert len(many) == len(few)


def test_learners_cannot_see_it(client):
    make_index()
    client.force_login(make_user())
    assert client.get(URL)["Location"] == "/oma-oppiminen/"
