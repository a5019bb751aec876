"""Taking a quiz: start, answer, read feedback, retry; attempt limits; tampered posts change nothing."""

import pytest
from django.urls import reverse

from assessments.models import AttemptAnswer, QuizAttempt
from courses.models import LessonCompletion
from tests.builders import make_course, make_lesson, make_module, make_user
from tests.i18n import tr

from .builders import ids, make_quiz, make_quiz_lesson, question
from .helpers import enrol, form_data, open_attempt, start, submit, take

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup(client, learner):
    quiz = make_quiz(
        questions=[
            question(
                "Milloin valtuutettu on esteellinen?",
                options=(("Kun asia koskee häntä henkilökohtaisesti", True), ("Aina", False)),
            ),
            question("Valitse oikeat.", options=(("A", True), ("B", True), ("C", False)), multiple=True),
        ],
        max_attempts=2,
    )
    course = make_course()
    lesson = make_quiz_lesson(make_module(course), quiz)
    enrol(client, course)
    return quiz, lesson, course


def state():
    return (
        list(QuizAttempt.objects.order_by("id").values_list("id", "submitted_at", "score_percent", "passed")),
        AttemptAnswer.objects.count(),
        LessonCompletion.objects.count(),
    )


def test_fail_read_feedback_then_pass(client, learner, setup):
    quiz, lesson, _course = setup

    response, attempt = take(client, learner, quiz, lesson, [[1], [0, 2]])
    assert response.status_code == 302
    feedback = client.get(response.url)
    page = feedback.content.decode()
    assert attempt.passed is False
    assert "Palaute: Aina" in page  # the feedback of the chosen option
    assert "Palaute: C" in page
    assert "Palaute: Kun asia" not in page  # options not chosen are not revealed
    assert feedback.context["attempts_left"] == 1
    assert not LessonCompletion.objects.filter(user=learner, lesson=lesson).exists()

    lesson_page = client.get(lesson.url).content.decode()
    assert tr("Try again") in lesson_page

    _response, second = take(client, learner, quiz, lesson, [[0], [0, 1]])
    assert second.passed is True
    assert second.score_percent == 100
    assert LessonCompletion.objects.filter(user=learner, lesson=lesson).exists()
    assert client.get(reverse("assessments:attempt_feedback", args=[second.id])).context["attempts_left"] == 0


def test_starting_twice_reuses_the_open_attempt(client, learner, setup):
    quiz, lesson, _course = setup
    start(client, lesson, quiz)
    start(client, lesson, quiz)
    assert QuizAttempt.objects.filter(user=learner).count() == 1
    assert 'name="question-' in client.get(lesson.url).content.decode()


def test_no_attempt_beyond_the_limit(client, learner, setup):
    quiz, lesson, _course = setup
    take(client, learner, quiz, lesson, [[1], [2]])
    take(client, learner, quiz, lesson, [[1], [2]])
    before = state()

    response = start(client, lesson, quiz)

    assert response.status_code == 409
    assert state() == before


def test_submitting_beyond_the_limit_changes_nothing(client, learner, setup):
    quiz, lesson, _course = setup
    start(client, lesson, quiz)
    attempt = open_attempt(learner, quiz, lesson)
    # Two attempts used elsewhere (another tab) while this one was open: the limit still holds.
    QuizAttempt.objects.filter(pk=attempt.pk).update(submitted_at="2021-09-01T10:00Z", score_percent=0)
    start(client, lesson, quiz)
    second = open_attempt(learner, quiz, lesson)
    QuizAttempt.objects.filter(pk=second.pk).update(submitted_at="2021-09-01T11:00Z", score_percent=0)
    QuizAttempt.objects.create(user=learner, quiz=quiz, lesson=lesson, course=second.course)
    third = open_attempt(learner, quiz, lesson)
    before = state()

    response = submit(client, third, form_data(quiz, [[0], [0, 1]]))

    assert response.status_code == 409
    assert state() == before


def test_unlimited_attempts(client, learner):
    quiz = make_quiz(max_attempts=None)
    course = make_course()
    lesson = make_quiz_lesson(make_module(course), quiz)
    enrol(client, course)
    for _ in range(4):
        _response, attempt = take(client, learner, quiz, lesson, [[1]])
        assert attempt.submitted_at is not None
    assert QuizAttempt.objects.filter(user=learner, submitted_at__isnull=False).count() == 4


def test_unanswered_question_shows_the_form_again_with_the_choices(client, learner, setup):
    quiz, lesson, _course = setup
    start(client, lesson, quiz)
    attempt = open_attempt(learner, quiz, lesson)
    data = form_data(quiz, [[], [0, 1]])
    data.pop(next(iter(data)))
    before = state()

    response = submit(client, attempt, data)

    assert response.status_code == 400
    page = response.content.decode()
    assert 'role="alert"' in page
    for option_id in ids(quiz)[1][1][:2]:
        assert f'value="{option_id}" checked' in page
    assert state() == before


def tampered_posts(quiz, other_quiz):
    (q1, q1_options), (q2, q2_options) = ids(quiz)
    other_question, other_options = ids(other_quiz)[0]
    return {
        "unknown option": {f"question-{q1}": ["not-an-option"], f"question-{q2}": [q2_options[0]]},
        "option of another question": {f"question-{q1}": [q2_options[0]], f"question-{q2}": [q2_options[1]]},
        "option of another quiz": {f"question-{q1}": [other_options[0]], f"question-{q2}": [q2_options[0]]},
        "question of another quiz": {
            f"question-{q1}": [q1_options[0]],
            f"question-{q2}": [q2_options[0]],
            f"question-{other_question}": [other_options[0]],
        },
        "two answers to a single choice question": {f"question-{q1}": q1_options, f"question-{q2}": [q2_options[0]]},
    }


@pytest.mark.parametrize(
    "case",
    [
        "unknown option",
        "option of another question",
        "option of another quiz",
        "question of another quiz",
        "two answers to a single choice question",
    ],
)
def test_tampered_answers_are_refused_and_change_nothing(client, learner, setup, case):
    quiz, lesson, _course = setup
    start(client, lesson, quiz)
    attempt = open_attempt(learner, quiz, lesson)
    before = state()

    response = submit(client, attempt, tampered_posts(quiz, make_quiz())[case])

    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert state() == before
    assert open_attempt(learner, quiz, lesson).pk == attempt.pk


def test_a_submitted_attempt_cannot_be_submitted_again(client, learner, setup):
    quiz, lesson, _course = setup
    _response, attempt = take(client, learner, quiz, lesson, [[1], [2]])
    before = state()

    response = submit(client, attempt, form_data(quiz, [[0], [0, 1]]))

    assert response.status_code == 409
    assert state() == before


def test_someone_elses_attempt_is_not_found(client, learner, setup):
    quiz, lesson, course = setup
    other = make_user()
    client.force_login(other)
    enrol(client, course)
    start(client, lesson, quiz)
    attempt = open_attempt(other, quiz, lesson)
    client.force_login(learner)
    before = state()

    assert submit(client, attempt, form_data(quiz, [[0], [0, 1]])).status_code == 404
    assert client.get(reverse("assessments:attempt_feedback", args=[attempt.id])).status_code == 404
    assert state() == before


def test_a_quiz_not_in_the_lesson_cannot_be_started(client, learner, setup):
    quiz, _lesson, course = setup
    plain = make_lesson(make_module(course))
    before = state()

    assert start(client, plain, quiz).status_code == 404
    assert start(client, plain, make_quiz()).status_code == 404
    assert state() == before


def test_only_enrolled_learners_take_the_quiz(client, setup):
    quiz, lesson, _course = setup
    client.force_login(make_user())
    before = state()

    response = start(client, lesson, quiz)

    assert response.status_code == 403
    assert state() == before
    assert tr("Enrol in the course to take the quiz.") in client.get(lesson.url).content.decode()


def test_anonymous_visitors_see_the_quiz_title_but_no_questions(client, setup):
    quiz, lesson, _course = setup
    client.logout()
    page = client.get(lesson.url).content.decode()
    assert quiz.title in page
    assert 'name="question-' not in page
    assert reverse("accounts:login") in page
