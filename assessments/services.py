"""Writes: starting and submitting quiz attempts, saving reflection answers.

A tampered or stale request (an option of another question, a submitted attempt, one attempt too many, a
quiz that is not in the lesson) raises AssessmentError inside a transaction, so nothing is changed.

Attempts and reflection answers are recorded against the default-language lesson and course, whichever
language's copy the learner used, so attempts, their limit and answers are shared across languages.
"""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage, Enrolment, LessonPage
from courses.services import ProgressError, lesson_mark_done
from courses.translation import canonical

from . import selectors
from .layout import layout_apply, layout_draw
from .models import AttemptAnswer, Quiz, QuizAttempt, ReflectionAnswer
from .scoring import questions_of, score
from .signals import quiz_submitted

ANSWER_PREFIX = "question-"


class AssessmentError(Exception):
    """A request that cannot be honoured; `message` is shown to the learner and nothing was changed."""

    def __init__(self, message, *, status=400):
        super().__init__(str(message))
        self.message = message
        self.status = status


class UnansweredQuestions(Exception):
    """Some questions have no answer: the form is shown again with the learner's choices."""

    def __init__(self, *, missing, answers):
        super().__init__("unanswered questions")
        self.missing = missing
        self.answers = answers


def _live_lesson(lesson_id):
    lesson = LessonPage.objects.live().filter(id=lesson_id).first()
    if lesson is None:
        raise AssessmentError(_("There is no such lesson."), status=404)
    return lesson


def _course_of(lesson):
    return CoursePage.objects.get(path=selectors.course_path_of(lesson))


def _require_enrolment(*, user, course):
    if not Enrolment.objects.filter(user=user, course=course).exists():
        raise AssessmentError(_("Enrol in the course first, then you can take its quizzes."), status=403)


def quiz_attempt_start(*, user, lesson_id, quiz_id, rng=None):
    """Open an attempt, or return the one already open (with the questions and option order it was given).
    A new attempt draws its questions from the quiz's bank and shuffles their options (assessments/layout.py);
    `rng` is for tests."""
    shown = _live_lesson(lesson_id)
    lesson = canonical(shown)
    # A Swedish or English copy of the lesson may show the quiz's copy in its language; the attempt is the original's.
    quiz_id = selectors.original_quiz_id(shown=shown, original=lesson, quiz_id=quiz_id)
    if quiz_id not in selectors.quiz_ids_in(lesson):
        raise AssessmentError(_("This quiz is not part of that lesson."), status=404)
    quiz = Quiz.objects.filter(id=quiz_id).first()
    if quiz is None:
        raise AssessmentError(_("This quiz no longer exists."), status=404)
    course = _course_of(lesson)
    _require_enrolment(user=user, course=course)
    rule = selectors.completion_rule_for(course_id=course.id)
    lock = selectors.module_lock_message(user=user, lesson=lesson, rule=rule)
    if lock:
        raise AssessmentError(lock, status=409)
    with transaction.atomic():
        attempts = QuizAttempt.objects.select_for_update().filter(user=user, quiz=quiz, lesson=lesson)
        open_attempt = attempts.filter(submitted_at__isnull=True).first()
        if open_attempt is not None:
            return open_attempt
        earlier = list(attempts.filter(submitted_at__isnull=False).values_list("layout", flat=True))
        _check_attempts_left(quiz=quiz, used=len(earlier))
        seen = {question_id for layout in earlier for question_id in (layout or {}).get("questions", ())}
        layout = layout_draw(questions=questions_of(quiz), draw_count=quiz.draw_count, rng=rng, seen=seen)
        try:
            with transaction.atomic():
                return QuizAttempt.objects.create(user=user, quiz=quiz, lesson=lesson, course=course, layout=layout)
        except IntegrityError:  # a concurrent start opened one first
            return QuizAttempt.objects.get(user=user, quiz=quiz, lesson=lesson, submitted_at__isnull=True)


def _check_attempts_left(*, quiz, used):
    if quiz.max_attempts is not None and used >= quiz.max_attempts:
        raise AssessmentError(
            _("You have used all %(count)s attempts at this quiz.") % {"count": quiz.max_attempts}, status=409
        )


def answers_from_post(*, questions, data):
    """{question id: [option ids]} from the posted form, or AssessmentError for anything a form of this
    quiz could not have sent."""
    by_id = {question.id: question for question in questions}
    answers = {}
    for key in data:
        if not key.startswith(ANSWER_PREFIX):
            continue
        question = by_id.get(key[len(ANSWER_PREFIX) :])
        if question is None:
            # Also a question of the quiz that this attempt did not draw.
            raise AssessmentError(_("The answers do not belong to this quiz. Nothing was saved."))
        chosen = list(dict.fromkeys(data.getlist(key)))
        if not set(chosen) <= question.option_ids:
            raise AssessmentError(_("An answer is not one of the question's options. Nothing was saved."))
        if not question.multiple and len(chosen) > 1:
            raise AssessmentError(_("A single choice question takes one answer. Nothing was saved."))
        answers[question.id] = chosen
    return answers


@dataclass
class Submission:
    attempt: QuizAttempt
    lesson_done: bool
    course_completed: bool
    # Why a passed quiz did not mark the lesson done (another quiz in the same lesson), if so.
    lesson_message: str | None = None


def quiz_attempt_submit(*, user, attempt_id, data):
    attempt = QuizAttempt.objects.filter(id=attempt_id, user=user).select_related("quiz", "lesson").first()
    if attempt is None:
        raise AssessmentError(_("There is no such quiz attempt."), status=404)
    if not attempt.is_open:
        raise AssessmentError(
            _("This attempt has already been submitted. Start a new attempt to answer again."), status=409
        )
    lesson = attempt.lesson
    if not lesson.live or attempt.quiz_id not in selectors.quiz_ids_in(lesson):
        raise AssessmentError(_("This quiz is no longer part of the lesson."), status=409)
    _require_enrolment(user=user, course=attempt.course_id)
    questions = layout_apply(questions=questions_of(attempt.quiz), layout=attempt.layout)
    answers = answers_from_post(questions=questions, data=data)
    missing = [question.id for question in questions if not answers.get(question.id)]
    if missing:
        raise UnansweredQuestions(missing=missing, answers=answers)
    result = score(questions=questions, answers=answers, pass_mark_percent=attempt.quiz.pass_mark_percent)
    # A practice quiz has no pass mark: its attempts are scored for the learner, never "passed".
    passed = result.passed and not attempt.quiz.is_practice

    now = timezone.now()
    with transaction.atomic():
        used = QuizAttempt.objects.filter(
            user=user, quiz=attempt.quiz_id, lesson=lesson, submitted_at__isnull=False
        ).count()
        _check_attempts_left(quiz=attempt.quiz, used=used)
        # The filter on submitted_at lets exactly one of two concurrent submits close the attempt.
        closed = QuizAttempt.objects.filter(id=attempt.id, submitted_at__isnull=True).update(
            submitted_at=now, score_percent=result.percent, passed=passed, question_points=result.points_to_store
        )
        if not closed:
            raise AssessmentError(_("This attempt has already been submitted."), status=409)
        AttemptAnswer.objects.bulk_create(
            AttemptAnswer(attempt_id=attempt.id, question_id=question_id, option_id=option_id)
            for question_id, option_ids in answers.items()
            for option_id in option_ids
        )
    attempt.refresh_from_db()
    quiz_submitted.send(sender=QuizAttempt, attempt=attempt)
    submission = Submission(attempt=attempt, lesson_done=False, course_completed=False)
    if passed:
        try:
            _completion, submission.course_completed = lesson_mark_done(user=user, lesson=lesson)
            submission.lesson_done = True
        except ProgressError as error:  # the pass is kept; the learner is told what still holds the lesson
            submission.lesson_message = error.message
    return submission


def reflection_save(*, user, lesson_id, block_id, text, share_with_trainers):
    lesson = _live_lesson(lesson_id)
    if block_id not in selectors.reflection_questions_in(lesson):
        raise AssessmentError(_("This reflection question is not part of the lesson."), status=404)
    with transaction.atomic():
        answer, _created = ReflectionAnswer.objects.update_or_create(
            user=user,
            # A translation keeps the block ids of its original, so the answer shows in every language.
            lesson=canonical(lesson),
            block_id=block_id,
            defaults={"text": text, "share_with_trainers": share_with_trainers},
        )
    return answer
