"""A course copied for a new term in the Wagtail admin: the whole tree, its quiz and completion rule working,
marked with the current term, and the old course's progress kept there as history, not carried over."""

import pytest
from django.urls import reverse

from assessments.models import CourseCompletionRule, QuizAttempt
from courses.models import CoursePage, Enrolment, LessonCompletion, LessonPage, ModulePage
from municipalities.models import CouncilTerm
from tests.assessments.builders import make_quiz, make_quiz_lesson, set_rule
from tests.assessments.helpers import enrol, take
from tests.builders import make_course, make_index, make_lesson, make_module, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def orientation():
    index = make_index()
    course = make_course(index=index, title="Perehdytys 2021", council_term=CouncilTerm.objects.get(name="2021–2025"))
    first, second = make_module(course), make_module(course)
    quiz = make_quiz()
    lessons = [make_lesson(first), make_quiz_lesson(first, quiz), make_lesson(second)]
    set_rule(course, require_quizzes_passed=True, sequential_modules=True)
    return {"index": index, "course": course, "quiz": quiz, "lessons": lessons}


def test_copying_the_course_copies_the_tree_and_rule_but_not_the_progress(client, orientation):
    learner = make_user(email="valtuutettu@example.fi")
    client.force_login(learner)
    enrol(client, orientation["course"])
    first, quiz_lesson, last = orientation["lessons"]
    client.post(reverse("courses:lesson_complete", args=[first.id]))
    take(client, learner, orientation["quiz"], quiz_lesson, [[0]])
    client.post(reverse("courses:lesson_complete", args=[last.id]))
    old = Enrolment.objects.get(user=learner, course=orientation["course"])
    assert old.completed_at is not None

    client.force_login(make_user(email="admin@example.fi", is_superuser=True, is_staff=True))
    response = client.post(
        reverse("wagtailadmin_pages:copy", args=[orientation["course"].id]),
        {
            "new_title": "Perehdytys 2025",
            "new_slug": "perehdytys-2025",
            "new_parent_page": orientation["index"].id,
            "copy_subpages": "on",
            "publish_copies": "on",
        },
    )
    assert response.status_code == 302
    copy = CoursePage.objects.get(slug="perehdytys-2025")
    assert copy.live and copy.council_term.name == "2025–2029"  # marked for the current term
    assert ModulePage.objects.child_of(copy).count() == 2
    copied_lessons = list(LessonPage.objects.descendant_of(copy).order_by("path"))
    assert len(copied_lessons) == 3 and {lesson.pk for lesson in copied_lessons}.isdisjoint(
        {lesson.pk for lesson in orientation["lessons"]}
    )
    rule = CourseCompletionRule.objects.get(course=copy)
    assert rule.require_quizzes_passed and rule.sequential_modules
    # The old course keeps its progress and term; nothing was carried over to the copy.
    orientation["course"].refresh_from_db()
    assert orientation["course"].council_term.name == "2021–2025"
    old.refresh_from_db()
    assert old.completed_at is not None and LessonCompletion.objects.filter(user=learner).count() == 3
    assert not Enrolment.objects.filter(course=copy).exists()
    assert not LessonCompletion.objects.filter(course_id=copy.pk).exists()

    # The copy works on its own: the learner enrols, the copied quiz counts for the copied lesson only.
    client.force_login(learner)
    enrol(client, copy)
    new_first, new_quiz_lesson, new_last = copied_lessons
    client.post(reverse("courses:lesson_complete", args=[new_first.id]))
    take(client, learner, orientation["quiz"], new_quiz_lesson, [[0]])
    assert QuizAttempt.objects.filter(user=learner, lesson=new_quiz_lesson, passed=True).exists()
    assert LessonCompletion.objects.filter(user=learner, lesson=new_quiz_lesson).exists()
    assert Enrolment.objects.get(user=learner, course=copy).completed_at is None  # one lesson still to do
    client.post(reverse("courses:lesson_complete", args=[new_last.id]))
    assert Enrolment.objects.get(user=learner, course=copy).completed_at is not None
