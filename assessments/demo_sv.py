"""The demo in Swedish, quizzes included: each Finnish demo quiz gets its Swedish translation, and every demo course
is translated page by page with the Swedish quiz in the Swedish copy of the lesson that holds the Finnish one.

A Swedish quiz keeps the question and option ids of its Finnish original (same uuid5 names), so an attempt made
on the Swedish page is scored and recorded against the Finnish quiz (services.quiz_attempt_start) and completion
works the same in both languages. Idempotent like assessments/demo.py.
"""

from django.db import transaction

from courses.demo_swedish import swedish_courses_load

from .demo import quiz_upsert
from .demo_content import QUIZZES
from .demo_content_sv import QUIZZES_SV
from .models import Quiz


def _swedish_data(finnish, swedish):
    return {
        "key": finnish["key"],  # the ids of questions and options come from the key: the same as the Finnish ones
        "title": swedish["title"],
        "intro": swedish["intro"],
        "pass_mark_percent": finnish["pass_mark_percent"],
        "max_attempts": finnish["max_attempts"],
        "mode": finnish.get("mode", Quiz.GRADED),
        "draw_count": finnish.get("draw_count"),
        "questions": [
            {
                "text": question["text"],
                "multiple": original["multiple"],
                "options": question["options"],
                # A scenario in Finnish is a scenario in Swedish: the block type is part of what the ids name.
                **({"case": question["case"], "explanation": question["explanation"]} if original.get("case") else {}),
            }
            for original, question in zip(finnish["questions"], swedish["questions"], strict=True)
        ],
    }


def swedish_quizzes_load():
    """{Finnish quiz id: Swedish quiz id} for every demo quiz that exists in Finnish."""
    translations = {}
    for finnish in QUIZZES:
        original = Quiz.objects.filter(title=finnish["title"]).first()
        if original is None or finnish["key"] not in QUIZZES_SV:
            continue
        translations[original.pk] = quiz_upsert(_swedish_data(finnish, QUIZZES_SV[finnish["key"]])).pk
    return translations


@transaction.atomic
def swedish_demo_load_all(*, stdout=None):
    quiz_translations = swedish_quizzes_load()
    lessons = swedish_courses_load(quiz_translations=quiz_translations)
    if stdout is not None:
        stdout.write(f"Swedish: {lessons} lessons and {len(quiz_translations)} quizzes translated")
    return lessons, quiz_translations
