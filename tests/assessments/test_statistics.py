"""Trainers see, per question, how many attempts chose each option."""

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.builders import make_course, make_module, make_user
from tests.refusals import assert_refused

from .builders import make_quiz, make_quiz_lesson, question
from .helpers import enrol, start, take

pytestmark = pytest.mark.django_db


def trainer_client(client):
    user = make_user()
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="view_quiz")
    )
    client.force_login(user)


def learners_answer(client, quiz, lesson, course, answers):
    for choices in answers:
        learner = make_user()
        client.force_login(learner)
        enrol(client, course)
        take(client, learner, quiz, lesson, choices)


def statistics(client, quiz):
    trainer_client(client)
    response = client.get(reverse("assessments_admin:statistics", args=[quiz.id]))
    assert response.status_code == 200
    return response


def test_counts_per_option(client):
    quiz = make_quiz(
        questions=[question(), question("Monivalinta", (("A", True), ("B", True), ("C", False)), multiple=True)]
    )
    course = make_course()
    lesson = make_quiz_lesson(make_module(course), quiz)
    learners_answer(client, quiz, lesson, course, [[[0], [0, 1]], [[1], [0, 2]], [[0], [2]]])
    # An open, unsubmitted attempt is not counted.
    someone = make_user()
    client.force_login(someone)
    enrol(client, course)
    start(client, lesson, quiz)

    response = statistics(client, quiz)

    first, second = response.context["questions"]
    assert [row.count for row in first.options] == [2, 1]
    assert [row.count for row in second.options] == [2, 1, 2]
    assert (first.answered, second.answered) == (3, 3)
    assert response.context["attempts"] == {"total": 3, "passed": 1, "learners": 3}
    assert "Monivalinta" in response.content.decode()


def test_statistics_query_count_does_not_grow_with_attempts(client):
    quiz = make_quiz(questions=[question(), question()])
    course = make_course()
    lesson = make_quiz_lesson(make_module(course), quiz)
    learners_answer(client, quiz, lesson, course, [[[0], [1]]])
    trainer_client(client)
    url = reverse("assessments_admin:statistics", args=[quiz.id])
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)

    learners_answer(client, quiz, lesson, course, [[[1], [0]]] * 4)
    trainer_client(client)
    client.get(url)
    with CaptureQueriesContext(connection) as many:
        client.get(url)

    assert len(few) == len(many)


def test_statistics_need_the_permission(client):
    quiz = make_quiz()
    user = make_user()
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert_refused(client, client.get(reverse("assessments_admin:statistics", args=[quiz.id])))
