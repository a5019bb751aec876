"""Demo quizzes: one per module of the demo courses, placed in the module's last lesson.

Idempotent: quizzes are found by title, and question, option and block ids are derived from fixed names
(uuid5), so running the demo again keeps the ids that attempts and statistics refer to.
"""

import uuid

from django.db import transaction
from wagtail.blocks import StreamValue

from courses.models import CoursePage, LessonPage, ModulePage

from .demo_content import QUIZZES, SUSTAINABILITY
from .models import CourseCompletionRule, Quiz
from .setup import trainers_permissions_ensure

DEMO_NAMESPACE = uuid.UUID("6f1c2a4e-2f0b-4a57-9d1e-5b7c0c2e2021")


def _id(*parts):
    return str(uuid.uuid5(DEMO_NAMESPACE, ":".join(str(part) for part in parts)))


def _question_raw(key, q_index, question):
    value = {
        "text": question["text"],
        "kind": "multiple" if question["multiple"] else "single",
        "options": [
            {
                "type": "item",
                "id": _id(key, q_index, o_index),
                "value": {"text": text, "is_correct": is_correct, "feedback": feedback},
            }
            for o_index, (text, is_correct, feedback) in enumerate(question["options"])
        ],
    }
    if question.get("case"):  # a scenario question: the case, the question, and the rule it turns on
        value.update(case=question["case"], explanation=question["explanation"])
        return {"type": "scenario", "id": _id(key, q_index), "value": value}
    return {"type": "question", "id": _id(key, q_index), "value": value}


def _questions_raw(data):
    return [_question_raw(data["key"], q_index, question) for q_index, question in enumerate(data["questions"])]


def quiz_upsert(data):
    quiz = Quiz.objects.filter(title=data["title"]).first() or Quiz(title=data["title"])
    quiz.intro = data["intro"]
    quiz.pass_mark_percent = data["pass_mark_percent"]
    quiz.max_attempts = data["max_attempts"]
    quiz.mode = data.get("mode", Quiz.GRADED)
    quiz.draw_count = data.get("draw_count")
    quiz.questions = StreamValue(Quiz.questions.field.stream_block, _questions_raw(data), is_lazy=True)
    quiz.full_clean()
    quiz.save()
    return quiz


def quiz_place_in_last_lesson(*, quiz, course, module_slug, key):
    """Append the quiz block to the module's last lesson unless it is there already."""
    module = ModulePage.objects.child_of(course).filter(slug=module_slug).first()
    lesson = LessonPage.objects.child_of(module).order_by("path").last() if module else None
    if lesson is None:
        return None
    raw = list(lesson.body.raw_data)
    if any(block["type"] == "quiz" and int(block["value"] or 0) == quiz.pk for block in raw):
        return lesson
    raw.append({"type": "quiz", "value": quiz.pk, "id": _id(key, "block")})
    lesson.body = StreamValue(lesson.body.stream_block, raw, is_lazy=True)
    lesson.save_revision().publish()
    return lesson


@transaction.atomic
def assessments_demo_load(*, stdout=None):
    placed = 0
    courses = {}
    for data in QUIZZES:
        course = courses.get(data["course"])
        if course is None:
            course = courses[data["course"]] = CoursePage.objects.filter(slug=data["course"]).first()
        if course is None:
            continue
        quiz = quiz_upsert(data)
        if quiz_place_in_last_lesson(quiz=quiz, course=course, module_slug=data["module"], key=data["key"]):
            placed += 1
    sustainability = courses.get(SUSTAINABILITY)
    if sustainability is not None:
        # The sustainability course shows sequencing: each module opens when the previous one is done.
        CourseCompletionRule.objects.update_or_create(course=sustainability, defaults={"sequential_modules": True})
    trainers_permissions_ensure()
    if stdout is not None:
        stdout.write(f"Quizzes: {placed} placed in lessons")
    return placed
