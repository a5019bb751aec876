"""A flood stops at the limit with a message, and the person can write again when the minute has passed."""

import pytest
import time_machine
from django.urls import reverse

from discussions.models import Post

from .helpers import ask, client_for

pytestmark = pytest.mark.django_db


def test_posts_per_minute_are_limited(people, setting, lesson, settings):
    settings.DISCUSSION_POSTS_PER_MINUTE = 3
    question, _ = ask(people["learner_a"], lesson)
    client = client_for(people["learner_a2"])
    url = reverse("discussions:answer", args=[question.pk])
    with time_machine.travel("2026-03-02 10:00:05", tick=False):
        responses = [client.post(url, {"body": f"Vastaus {n}"}, follow=True) for n in range(5)]
        assert question.answers.count() == 3
        assert all(response.status_code == 200 for response in responses)
        assert list(responses[-1].context["messages"])
    with time_machine.travel("2026-03-02 10:01:10", tick=False):
        client.post(url, {"body": "Minuutin päästä"})
    assert question.answers.count() == 4


def test_limit_is_per_person(people, setting, lesson, settings):
    settings.DISCUSSION_POSTS_PER_MINUTE = 1
    with time_machine.travel("2026-03-02 10:00:05", tick=False):
        ask(people["learner_a"], lesson, title="Ensimmäinen")
        ask(people["learner_a"], lesson, title="Toinen")
        ask(people["learner_a2"], lesson, title="Toisen henkilön")
    assert sorted(Post.objects.values_list("title", flat=True)) == ["Ensimmäinen", "Toisen henkilön"]
