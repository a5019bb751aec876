"""A learner's quiz attempts and reflection answers.

Erasure keeps the scored attempts (the quiz statistics trainers read count them, and once the account is
anonymised they identify no one) but deletes reflection answers: free text may name the person or others,
so no anonymisation of it can be trusted."""

from django.utils.translation import gettext_lazy as _

from accounts.privacy import PersonalDataProvider

from .models import QuizAttempt, ReflectionAnswer
from .scoring import questions_of
from .selectors import reflection_questions_in


def _iso(value):
    return value.isoformat() if value else None


def _attempt(attempt, questions):
    by_id = {question.id: question for question in questions}
    chosen = {}
    for answer in attempt.answers.all():
        chosen.setdefault(answer.question_id, []).append(answer.option_id)
    answers = []
    for question_id, option_ids in chosen.items():
        question = by_id.get(question_id)
        options = {option.id: option.text for option in question.options} if question else {}
        answers.append(
            {
                # A question removed from the quiz since keeps its id, so the answer is still exported.
                "question": question.text if question else question_id,
                "chosen": [options.get(option_id, option_id) for option_id in option_ids],
            }
        )
    return {
        "quiz": attempt.quiz.title,
        "lesson": attempt.lesson.title,
        "started_at": _iso(attempt.started_at),
        "submitted_at": _iso(attempt.submitted_at),
        "score_percent": attempt.score_percent,
        "passed": attempt.passed,
        "answers": answers,
    }


def _export(user):
    attempts = (
        QuizAttempt.objects.filter(user=user)
        .select_related("quiz", "lesson")
        .prefetch_related("answers")
        .order_by("started_at", "id")
    )
    questions = {}  # quiz id -> its questions, read once per quiz
    exported_attempts = []
    for attempt in attempts:
        if attempt.quiz_id not in questions:
            questions[attempt.quiz_id] = questions_of(attempt.quiz)
        exported_attempts.append(_attempt(attempt, questions[attempt.quiz_id]))
    reflections = []
    for answer in ReflectionAnswer.objects.filter(user=user).select_related("lesson").order_by("created_at", "id"):
        reflections.append(
            {
                "lesson": answer.lesson.title,
                "question": reflection_questions_in(answer.lesson).get(answer.block_id, ""),
                "answer": answer.text,
                "shared_with_trainers": answer.share_with_trainers,
                "created_at": _iso(answer.created_at),
                "updated_at": _iso(answer.updated_at),
            }
        )
    return {"quiz_attempts": exported_attempts, "reflections": reflections}


def _erase(user):
    ReflectionAnswer.objects.filter(user=user).delete()


PROVIDER = PersonalDataProvider(key="assessments", export=_export, erase=_erase, title=_("Quizzes and reflections"))
