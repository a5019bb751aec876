from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.models import LessonPage

from . import selectors, services
from .forms import ReflectionAnswerForm
from .models import QuizAttempt
from .scoring import questions_of


def _error(request, error):
    return render(request, "assessments/error.html", {"message": error.message}, status=error.status)


def _quiz_anchor(lesson, quiz_id):
    return f"{lesson.url}#quiz-{quiz_id}"


@login_required
@require_POST
def attempt_start(request, lesson_id, quiz_id):
    try:
        attempt = services.quiz_attempt_start(user=request.user, lesson_id=lesson_id, quiz_id=quiz_id)
    except services.AssessmentError as error:
        return _error(request, error)
    return redirect(_quiz_anchor(attempt.lesson, quiz_id))


@login_required
@require_POST
def attempt_submit(request, attempt_id):
    try:
        submission = services.quiz_attempt_submit(user=request.user, attempt_id=attempt_id, data=request.POST)
    except services.AssessmentError as error:
        return _error(request, error)
    except services.UnansweredQuestions as unanswered:
        attempt = QuizAttempt.objects.select_related("quiz", "lesson").get(id=attempt_id, user=request.user)
        context = {
            "attempt": attempt,
            "lesson": attempt.lesson,
            "quiz": attempt.quiz,
            "questions": questions_of(attempt.quiz),
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
    if attempt.is_open:
        return redirect(_quiz_anchor(attempt.lesson, attempt.quiz_id))
    context = {"attempt": attempt, "quiz": attempt.quiz, "lesson": attempt.lesson}
    context.update(selectors.attempt_feedback(attempt=attempt))
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
