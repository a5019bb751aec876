"""Query counts of the learner's pages do not grow with the number of lessons, modules or courses."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.builders import make_course_tree, make_index, make_user

pytestmark = pytest.mark.django_db

LESSON_PAGE_QUERIES = 12  # the ceiling for the lesson page


def count_queries(client, url):
    client.get(url)  # warm per-process caches (site root paths), as on a running server
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def enrolled_learner(client, courses):
    user = make_user()
    client.force_login(user)
    for course, lessons in courses:
        client.post(reverse("courses:enrol", args=[course.id]))
        client.post(reverse("courses:lesson_complete", args=[lessons[0].id]))
    return user


def test_lesson_page_query_count_is_fixed_and_within_budget(client):
    index = make_index()
    small = make_course_tree(modules=1, lessons=2, index=index)
    large = make_course_tree(modules=6, lessons=8, index=index)
    enrolled_learner(client, [small, large])

    small_count = count_queries(client, small[1][1].url)
    large_count = count_queries(client, large[1][30].url)

    assert small_count == large_count
    assert large_count <= LESSON_PAGE_QUERIES


def test_my_learning_query_count_does_not_grow_with_courses(client):
    index = make_index()
    first = make_course_tree(modules=1, lessons=2, index=index)
    enrolled_learner(client, [first])
    few = count_queries(client, reverse("courses:my_learning"))

    more = [make_course_tree(modules=3, lessons=5, index=index) for _ in range(4)]
    for course, lessons in more:
        client.post(reverse("courses:enrol", args=[course.id]))
        client.post(reverse("courses:lesson_complete", args=[lessons[2].id]))
    many = count_queries(client, reverse("courses:my_learning"))

    assert few == many


def test_course_page_and_catalogue_query_counts_are_fixed(client):
    index = make_index()
    small = make_course_tree(modules=1, lessons=1, index=index)
    enrolled_learner(client, [small])
    course_small = count_queries(client, small[0].url)
    catalogue_small = count_queries(client, index.url)

    large = make_course_tree(modules=5, lessons=6, index=index)
    for _ in range(3):
        make_course_tree(modules=1, lessons=1, index=index)
    client.post(reverse("courses:enrol", args=[large[0].id]))

    assert count_queries(client, large[0].url) == course_small
    assert count_queries(client, index.url) == catalogue_small
