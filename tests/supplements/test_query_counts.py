"""The course page, a supplement page and the leader's dashboard run a fixed number of queries, however many
local lessons, supplements or people there are."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.builders import make_course_tree, make_leader, make_user
from tests.participation.builders import progress
from tests.supplements.builders import make_supplement

pytestmark = pytest.mark.django_db


def _count(client, url):
    client.get(url)  # warm the per-process caches (terms, locale ids, navigation)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_course_and_supplement_pages_do_not_grow_with_local_lessons(client, hameenlinna, porvoo):
    counts = []
    for n in (1, 6):
        course, lessons = make_course_tree(modules=2, lessons=1)
        supplement, _local = make_supplement(hameenlinna, course, lessons=[True] * n)
        make_supplement(porvoo, course, lessons=[True] * n)
        person = make_user(municipality=hameenlinna)
        progress(person, course, lessons[:1])
        client.force_login(person)
        counts.append((_count(client, course.url), _count(client, supplement.url)))
    assert counts[0] == counts[1]
    assert counts[0][0] <= 30


def test_dashboard_does_not_grow_with_supplements_or_people(client, hameenlinna, django_assert_max_num_queries):
    leader = make_leader(hameenlinna)
    client.force_login(leader)
    url = reverse("participation:municipality", args=[hameenlinna.code])
    counts = []
    for _round in range(2):
        course, lessons = make_course_tree(modules=1, lessons=1)
        make_supplement(hameenlinna, course, lessons=(True, True))
        for _ in range(3):
            progress(make_user(municipality=hameenlinna), course, lessons)
        counts.append(_count(client, url))
    assert counts[0] == counts[1]


def test_my_learning_and_the_lesson_page_do_not_grow_with_courses_or_local_lessons(client, hameenlinna):
    """The municipality's own lessons count in My learning and in the lesson's progress box at two queries
    more, whatever the number of courses with supplements, their lessons or the course's lessons."""
    from tests.courses.test_query_counts import LESSON_PAGE_QUERIES

    person = make_user(municipality=hameenlinna)
    client.force_login(person)
    course, lessons = make_course_tree(modules=1, lessons=2)
    make_supplement(hameenlinna, course, after_module=lessons[0].get_parent(), lessons=(True,))
    progress(person, course, lessons[:1])
    few = _count(client, reverse("courses:my_learning"))
    lesson_small = _count(client, lessons[1].url)

    for _ in range(3):
        more, more_lessons = make_course_tree(modules=3, lessons=4)
        make_supplement(hameenlinna, more, after_module=more_lessons[0].get_parent(), lessons=(True, False, True))
        progress(person, more, more_lessons[:2])
    assert _count(client, reverse("courses:my_learning")) == few
    assert _count(client, more_lessons[5].url) == lesson_small
    assert lesson_small <= LESSON_PAGE_QUERIES + 2
