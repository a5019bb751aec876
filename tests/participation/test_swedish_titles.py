"""The dashboard in Swedish names courses and modules as the Swedish course does, and counts a learner who
studied in Swedish in the same course as those who studied in Finnish."""

import pytest
from django.urls import reverse
from django.utils import translation

from courses.models import LessonCompletion
from participation.course_tree import course_tree_forget
from tests.builders import translate

pytestmark = pytest.mark.django_db


def test_swedish_dashboard_shows_swedish_titles_and_counts_swedish_learners_once(client, world):
    course, lessons = world["course"], world["lessons"]
    course_sv = translate(course, title="Introduktion för förtroendevalda")
    translate(lessons[0].get_parent(), title="Första modulen")
    lesson_sv = translate(lessons[0], title="Första lektionen")
    course_tree_forget()

    saara = world["people"]["saara"]  # enrolled, not started: now studies the first lesson in Swedish
    client.force_login(saara)
    with translation.override("sv"):
        client.post(reverse("courses:lesson_complete", args=[lesson_sv.id]))
    assert LessonCompletion.objects.get(user=saara).lesson_id == lessons[0].id

    client.force_login(world["users"]["leader_a"])
    with translation.override("sv"):
        url = reverse("participation:municipality", args=[world["a"].code])
    assert url.startswith("/sv/")
    response = client.get(url)
    html = response.content.decode()
    assert "Introduktion för förtroendevalda" in html
    assert "Första modulen" in html
    assert course.title not in html
    counts = response.context["figures"].by_course[course.id]
    assert (counts.enrolled, counts.started) == (3, 3)  # Saara counted as started, in the same course
    assert course_sv.id not in response.context["figures"].by_course

    with translation.override("fi"):
        finnish = client.get(reverse("participation:municipality", args=[world["a"].code])).content.decode()
    assert course.title in finnish
