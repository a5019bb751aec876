"""Quizzes and reflections keep their answers per network lesson, so a local lesson cannot carry them: the
editor is told so in the admin and nothing is saved; a lesson of paragraphs saves as before. (docs/local.md)"""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from supplements.models import LocalLessonPage
from supplements.services import content_editor_grant
from tests.assessments.builders import make_quiz
from tests.builders import make_course_tree, make_leader, make_user
from tests.i18n import tr
from tests.participation.builders import progress
from tests.supplements.builders import make_supplement

pytestmark = pytest.mark.django_db

REFUSAL = (
    "A local lesson cannot hold a quiz or a reflection question: their answers are kept only for the network's own "
    "lessons. Remove the block, or ask the network's trainers to add it to the course."
)


def _lesson_form(title, body):
    return nested_form_data(
        {
            "title": title,
            "slug": title.lower().replace(" ", "-"),
            "summary": "",
            "estimated_minutes": 10,
            "is_required": "on",
            "body": streamfield(body),
        }
    )


@pytest.fixture
def editor_and_supplement(hameenlinna):
    course, lessons = make_course_tree(modules=1, lessons=1)
    supplement, _local = make_supplement(hameenlinna, course)
    editor = make_user(municipality=hameenlinna)
    content_editor_grant(leader=make_leader(hameenlinna), municipality=hameenlinna, person=editor)
    return editor, supplement


@pytest.mark.parametrize("block", ["quiz", "reflection"])
def test_the_editor_is_told_a_local_lesson_cannot_hold_a_quiz_or_a_reflection(client, editor_and_supplement, block):
    editor, supplement = editor_and_supplement
    client.force_login(editor)
    value = make_quiz().pk if block == "quiz" else {"question": "Mitä ajattelet?", "guidance": ""}
    url = reverse("wagtailadmin_pages:add", args=["supplements", "locallessonpage", supplement.id])
    before = LocalLessonPage.objects.count()
    response = client.post(
        url, _lesson_form("Oma tietovisa", [("paragraph", rich_text("<p>Teksti.</p>")), (block, value)])
    )
    assert response.status_code == 200
    assert tr(REFUSAL) in response.content.decode().replace("&#x27;", "'").replace("&#39;", "'")
    assert LocalLessonPage.objects.count() == before

    response = client.post(url, _lesson_form("Oma luku", [("paragraph", rich_text("<p>Teksti.</p>"))]))
    assert response.status_code == 302
    assert LocalLessonPage.objects.count() == before + 1


def test_no_quiz_can_be_started_from_a_local_lesson(client, editor_and_supplement, hameenlinna):
    _editor, supplement = editor_and_supplement
    learner = make_user(municipality=hameenlinna)
    progress(learner, supplement.course)
    quiz = make_quiz()
    local = LocalLessonPage.objects.child_of(supplement).first()
    client.force_login(learner)
    response = client.post(reverse("assessments:attempt_start", args=[local.id, quiz.id]))
    assert response.status_code == 404
