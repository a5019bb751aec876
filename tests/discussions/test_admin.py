"""Trainers switch discussion on for a course in the admin; others cannot."""

import pytest
from django.urls import reverse

from courses.setup import trainers_group_ensure
from discussions.models import DiscussionSetting
from tests.builders import make_index, make_user, translate

from .helpers import client_for

pytestmark = pytest.mark.django_db


def test_trainer_switches_discussion_on_in_the_admin(people, course, lesson):
    trainers_group_ensure(course_index=make_index())
    trainer = people["trainer"]
    from tests.builders import _permission

    trainer.user_permissions.add(_permission("wagtailadmin", "access_admin"))
    client = client_for(trainer)
    url = reverse("discussion_settings:add")
    assert client.get(url).status_code == 200
    response = client.post(url, {"course": course.pk, "on_lessons": "on", "scope": "network"})
    assert response.status_code == 302, response.content.decode()[:2000]
    assert DiscussionSetting.objects.get().scope == "network"
    # The Swedish copy of the course is the same course: a second setting is refused with a message.
    swedish = translate(course, "sv", title="Kurs")
    response = client.post(url, {"course": swedish.pk, "on_lessons": "on", "scope": "municipality"})
    assert response.status_code == 200
    assert DiscussionSetting.objects.count() == 1


def test_learner_cannot_reach_the_setting(people, course):
    learner = make_user(is_staff=False)
    assert client_for(learner).get(reverse("discussion_settings:add")).status_code in (302, 403)
