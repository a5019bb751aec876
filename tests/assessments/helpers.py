"""Driving the quiz through the test client, as a learner's browser would."""

from django.urls import reverse

from assessments.models import QuizAttempt

from .builders import ids


def enrol(client, course):
    return client.post(reverse("courses:enrol", args=[course.id]))


def start(client, lesson, quiz):
    return client.post(reverse("assessments:attempt_start", args=[lesson.id, quiz.id]))


def open_attempt(user, quiz, lesson):
    return QuizAttempt.objects.get(user=user, quiz=quiz, lesson=lesson, submitted_at__isnull=True)


def form_data(quiz, choices):
    """POST data choosing, for each question in order, the options at the given indexes."""
    data = {}
    for (question_id, option_ids), chosen in zip(ids(quiz), choices, strict=False):
        data[f"question-{question_id}"] = [option_ids[index] for index in chosen]
    return data


def submit(client, attempt, data):
    return client.post(reverse("assessments:attempt_submit", args=[attempt.id]), data)


def take(client, user, quiz, lesson, choices):
    """Start an attempt and submit the given choices; returns (response, attempt)."""
    start(client, lesson, quiz)
    attempt = open_attempt(user, quiz, lesson)
    response = submit(client, attempt, form_data(quiz, choices))
    attempt.refresh_from_db()
    return response, attempt
