"""Builders for quizzes and lessons that hold them."""

import itertools
import uuid

from wagtail.blocks import StreamValue

from assessments.models import CourseCompletionRule, Quiz
from courses.models import LessonPage
from tests.builders import make_lesson

_counter = itertools.count(1)


def question(text="Kysymys?", options=(("Oikein", True), ("Väärin", False)), multiple=False):
    """Raw StreamField data of one question; options are (text, is_correct) pairs."""
    return {
        "type": "question",
        "id": str(uuid.uuid4()),
        "value": {
            "text": text,
            "kind": "multiple" if multiple else "single",
            "options": [
                {
                    "type": "item",
                    "id": str(uuid.uuid4()),
                    "value": {"text": option, "is_correct": right, "feedback": f"Palaute: {option}"},
                }
                for option, right in options
            ],
        },
    }


def make_quiz(questions=None, **fields):
    n = next(_counter)
    fields.setdefault("title", f"Tietovisa {n}")
    fields.setdefault("pass_mark_percent", 100)
    quiz = Quiz(**fields)
    quiz.questions = StreamValue(Quiz.questions.field.stream_block, questions or [question()], is_lazy=True)
    quiz.save()
    return quiz


def make_quiz_lesson(module, quiz, body=(), **fields):
    """A published lesson with the given blocks followed by the quiz block."""
    lesson = make_lesson(module, body=[*body, ("paragraph", "<p>Teksti.</p>"), ("quiz", quiz.pk)], **fields)
    return LessonPage.objects.get(pk=lesson.pk)


def set_rule(course, **fields):
    rule, _created = CourseCompletionRule.objects.update_or_create(course=course, defaults=fields)
    return rule


def ids(quiz):
    """[(question id, [option ids])] of the quiz, in order."""
    return [(child.id, [item.id for item in child.value["options"].bound_blocks]) for child in quiz.questions]


def quiz_admin_form(*, title="Tietovisa", right=(0,), options=2, **fields):
    """The POST data of the admin's "add quiz" form with one single-choice question of `options` options, those
    at the indexes in `right` marked right; `fields` add or replace top-level fields (mode, draw_count, …)."""
    data = {
        "title": title,
        "intro": "",
        "pass_mark_percent": "80",
        "max_attempts": "",
        "questions-count": "1",
        "questions-0-type": "question",
        "questions-0-deleted": "",
        "questions-0-order": "0",
        "questions-0-id": "",
        "questions-0-value-text": "Kysymys?",
        "questions-0-value-kind": "single",
        "questions-0-value-options-count": str(options),
        **fields,
    }
    for index in range(options):
        data |= {
            f"questions-0-value-options-{index}-deleted": "",
            f"questions-0-value-options-{index}-order": str(index),
            f"questions-0-value-options-{index}-id": "",
            f"questions-0-value-options-{index}-value-text": f"Vaihtoehto {index}",
            f"questions-0-value-options-{index}-value-feedback": "Palaute",
        }
        if index in right:
            data[f"questions-0-value-options-{index}-value-is_correct"] = "on"
    return data
