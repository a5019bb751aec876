from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses import selectors as course_selectors
from courses.models import LessonPage
from courses.translation import in_active_language

from . import selectors, services
from .forms import ReflectionAnswerForm
from .layout import layout_apply
from .models import QuizAttempt
from .scoring import questions_of


def _error(request, error):
    return render(request, "assessments/error.html", {"message": error.message}, status=error.status)


def _quiz_anchor(lesson, quiz_id):
    return f"{lesson.url}#quiz-{quiz_id}"


def _shown(lesson):
    """The lesson in the language being read. Attempts are kept on the default-language lesson, so the
    learner is led back to their own language's copy of it."""
    return in_active_language([lesson], model=LessonPage)[lesson.pk]


@login_required
@require_POST
def attempt_start(request, lesson_id, quiz_id):
    try:
        attempt = services.quiz_attempt_start(user=request.user, lesson_id=lesson_id, quiz_id=quiz_id)
    except services.AssessmentError as error:
        return _error(request, error)
    # Back to the page the quiz was started on, which is the Swedish or English copy when the attempt's
    # lesson is the Finnish original.
    lesson = attempt.lesson if attempt.lesson_id == lesson_id else LessonPage.objects.get(id=lesson_id)
    return redirect(_quiz_anchor(lesson, quiz_id))


@login_required
@require_POST
def attempt_submit(request, attempt_id):
    try:
        submission = services.quiz_attempt_submit(user=request.user, attempt_id=attempt_id, data=request.POST)
    except services.AssessmentError as error:
        return _error(request, error)
    except services.UnansweredQuestions as unanswered:
        attempt = QuizAttempt.objects.select_related("quiz", "lesson").get(id=attempt_id, user=request.user)
        lesson = _shown(attempt.lesson)
        quiz = selectors.shown_quiz(shown=lesson, original=attempt.lesson, quiz=attempt.quiz)
        context = {
            "attempt": attempt,
            "lesson": lesson,
            "quiz": quiz,
            "questions": layout_apply(questions=questions_of(quiz), layout=attempt.layout),
            "chosen": {option_id for option_ids in unanswered.answers.values() for option_id in option_ids},
            "missing": set(unanswered.missing),
        }
        return render(request, "assessments/attempt_form.html", context, status=400)
    if submission.course_completed:
        messages.success(request, _("Well done! You have completed the whole course."))
    elif submission.lesson_message:
        messages.info(request, submission.lesson_message)
    return redirect("assessments:attempt_feedback", attempt_id=submission.attempt.id)


@login_required
def attempt_feedback(request, attempt_id):
    attempt = get_object_or_404(QuizAttempt.objects.select_related("quiz", "lesson"), id=attempt_id, user=request.user)
    lesson = _shown(attempt.lesson)
    # The quiz in the reader's language, where the lesson read holds a copy of it (same question ids).
    quiz = selectors.shown_quiz(shown=lesson, original=attempt.lesson, quiz=attempt.quiz)
    if attempt.is_open:
        return redirect(_quiz_anchor(lesson, quiz.pk))
    context = {"attempt": attempt, "quiz": quiz, "lesson": lesson}
    if attempt.passed:  # a passed quiz leads on, not only back to the lesson just finished
        context["next_lesson"] = course_selectors.lesson_after(lesson)
    context.update(selectors.attempt_feedback(attempt=attempt, quiz=quiz))
    return render(request, "assessments/attempt_feedback.html", context)


@login_required
@require_POST
def reflection_save(request, lesson_id, block_id):
    block_id = str(block_id)
    lesson = get_object_or_404(LessonPage.objects.live(), id=lesson_id)
    form = ReflectionAnswerForm(request.POST, block_id=block_id)
    if not form.is_valid():
        question = selectors.reflection_questions_in(lesson).get(block_id, "")
        context = {"form": form, "lesson": lesson, "block_id": block_id, "question": question}
        return render(request, "assessments/reflection_form.html", context, status=400)
    try:
        services.reflection_save(
            user=request.user,
            lesson_id=lesson.id,
            block_id=block_id,
            text=form.cleaned_data["text"],
            share_with_trainers=form.cleaned_data["share_with_trainers"],
        )
    except services.AssessmentError as error:
        return _error(request, error)
    messages.success(request, _("Your answer was saved."))
    return redirect(f"{lesson.url}#reflection-{block_id}")
