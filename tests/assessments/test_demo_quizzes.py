"""The demo quizzes test application, not position: each module has scenario questions in both languages, the
right option sits in different places, and always choosing the same place fails every quiz, both in the order
the data is written and in the shuffled order a learner sees."""

import random
import statistics

import pytest

from assessments.demo import quiz_upsert
from assessments.demo_content import QUIZZES
from assessments.demo_sv import swedish_quizzes_load
from assessments.layout import layout_apply, layout_draw
from assessments.models import Quiz, QuizAttempt
from assessments.scoring import questions_of, score
from tests.builders import make_course, make_module, make_user

from .builders import make_quiz_lesson
from .helpers import enrol, open_attempt, start, submit

pytestmark = pytest.mark.django_db

ATTEMPTS_PER_POSITION = 200


@pytest.fixture
def demo_quizzes(db):
    """{key: (Finnish quiz, Swedish quiz)} built from the demo data, without the demo courses."""
    finnish = {data["key"]: quiz_upsert(data) for data in QUIZZES}
    swedish = swedish_quizzes_load()
    return {key: (quiz, Quiz.objects.get(pk=swedish[quiz.pk])) for key, quiz in finnish.items()}


def same_place(questions, place):
    """The answers of a learner who always picks the option at `place` (or the last, if there are fewer)."""
    return {question.id: [question.options[min(place, len(question.options) - 1)].id] for question in questions}


def test_every_module_quiz_has_at_least_two_scenario_questions_in_both_languages(demo_quizzes):
    assert len(demo_quizzes) == 7
    for key, (finnish, swedish) in demo_quizzes.items():
        for quiz in (finnish, swedish):
            scenarios = [question for question in questions_of(quiz) if question.case]
            assert len(scenarios) >= 2, (key, quiz.title)
            assert all(question.explanation for question in scenarios), key
            # A bank still puts two scenarios in every attempt.
            assert quiz.questions_per_attempt - (len(quiz.questions) - len(scenarios)) >= 2, key
        assert [(q.id, bool(q.case)) for q in questions_of(swedish)] == [
            (q.id, bool(q.case)) for q in questions_of(finnish)
        ]


def test_the_right_option_is_not_always_in_the_same_place(demo_quizzes):
    for key, (quiz, _swedish) in demo_quizzes.items():
        places = {
            index
            for question in questions_of(quiz)
            for index, option in enumerate(question.options)
            if option.is_correct
        }
        assert len(places) >= 3, key


def test_always_the_same_place_fails_every_demo_quiz_in_the_written_order(demo_quizzes):
    for key, (quiz, _swedish) in demo_quizzes.items():
        questions = questions_of(quiz)
        for place in range(max(len(question.options) for question in questions)):
            result = score(questions=questions, answers=same_place(questions, place), pass_mark_percent=75)
            assert result.percent < quiz.pass_mark_percent, (key, place, result.percent)


def test_always_the_same_place_scores_what_chance_scores_in_shuffled_attempts(demo_quizzes):
    rng = random.Random(2021)
    for key, (quiz, _swedish) in demo_quizzes.items():
        questions = questions_of(quiz)
        for place in range(4):
            percents = []
            for _ in range(ATTEMPTS_PER_POSITION):
                shown = layout_apply(
                    questions=questions, layout=layout_draw(questions=questions, draw_count=quiz.draw_count, rng=rng)
                )
                result = score(questions=shown, answers=same_place(shown, place), pass_mark_percent=75)
                percents.append(result.percent)
            # Far below every pass mark: a strategy that ignores the questions gains nothing from the places.
            assert statistics.mean(percents) < 45, (key, place, statistics.mean(percents))


def test_a_learner_who_always_picks_the_same_place_fails_the_first_demo_quiz(client, demo_quizzes, monkeypatch):
    """End to end, with the shuffle seeded so the run repeats: one learner per place, each fails."""
    monkeypatch.setattr("assessments.layout._system_random", random.Random(15))
    quiz = demo_quizzes["kaksoisjohtaminen"][0]
    course = make_course()
    lesson = make_quiz_lesson(make_module(course), quiz)
    for place in range(4):
        learner = make_user()
        client.force_login(learner)
        enrol(client, course)
        start(client, lesson, quiz)
        attempt = open_attempt(learner, quiz, lesson)
        shown = client.get(lesson.url).context["panel"].form_questions
        data = {f"question-{question_id}": ids for question_id, ids in same_place(shown, place).items()}
        assert submit(client, attempt, data).status_code == 302
        attempt = QuizAttempt.objects.get(pk=attempt.pk)
        assert not attempt.passed, (place, attempt.score_percent)
