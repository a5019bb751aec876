"""The discussion below a lesson costs the same number of queries for one thread as for fifty."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from discussions.models import Post, Report, Scope

from .helpers import client_for

pytestmark = pytest.mark.django_db


def make_threads(lesson, people, count):
    for n in range(count):
        question = Post.objects.create(
            page=lesson,
            page_key=lesson.translation_key,
            scope=Scope.MUNICIPALITY,
            municipality_id=people["learner_a"].municipality_id,
            author=people["learner_a"],
            title=f"Kysymys {n}",
            body="Teksti https://example.fi/",
        )
        for m in range(3):
            reply = Post.objects.create(
                question=question,
                page=lesson,
                page_key=lesson.translation_key,
                scope=Scope.MUNICIPALITY,
                municipality_id=question.municipality_id,
                author=people["learner_a2"],
                body=f"Vastaus {m}",
            )
            Report.objects.create(post=reply, reporter=people["learner_a"])


def queries(client, lesson):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(lesson.url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("role", ["learner_a2", "trainer"])
def test_query_count_does_not_grow_with_threads(people, setting, lesson, role, django_assert_max_num_queries):
    client = client_for(people[role])
    make_threads(lesson, people, 1)
    client.get(lesson.url)  # warm the per-person caches (header roles, terms)
    one = queries(client, lesson)
    make_threads(lesson, people, 20)
    with django_assert_max_num_queries(one):
        response = client.get(lesson.url)
    assert response.content.decode().count('class="discussion-thread"') == 21


@pytest.mark.parametrize("role", ["learner_a2", "trainer"])
def test_a_discussion_costs_a_lesson_page_few_queries(people, setting, lesson, role):
    """The reader's rights (leaderships, moderations, peer groups, trainer, coordinator, network membership)
    are read in one query, not seven: every signed-in lesson view of a course with discussions pays them."""
    client = client_for(people[role])
    make_threads(lesson, people, 2)
    client.get(lesson.url)
    with_discussion = queries(client, lesson)
    setting.delete()
    client.get(lesson.url)
    without = queries(client, lesson)
    # the course's setting (1), the reader's rights (1; seven before), the threads and their answers (2), the
    # reader's municipality for the audience line (1)
    assert with_discussion - without <= 5, (with_discussion, without)
