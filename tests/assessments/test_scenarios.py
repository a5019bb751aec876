"""A scenario question tells a short case before the question, and the feedback explains the rule the case
turns on to everyone who answered."""

import uuid

import pytest

from tests.builders import make_course, make_module

from .builders import make_quiz, make_quiz_lesson
from .helpers import enrol, start, take

pytestmark = pytest.mark.django_db

CASE = "Kunnanhallituksen jäsen jää saliin, vaikka on esteellinen."
RULE = "Esteellinen ei saa olla läsnä asiaa käsiteltäessä (hallintolaki 27 §)."


def scenario():
    return {
        "type": "scenario",
        "id": str(uuid.uuid4()),
        "value": {
            "case": CASE,
            "text": "Mitä tästä seuraa?",
            "kind": "single",
            "options": [
                {
                    "type": "item",
                    "id": str(uuid.uuid4()),
                    "value": {"text": text, "is_correct": right, "feedback": f"Palaute: {text}"},
                }
                for text, right in (("Päätös voidaan kumota.", True), ("Ei mitään.", False))
            ],
            "explanation": RULE,
        },
    }


def test_the_case_comes_before_the_question_and_the_rule_with_the_feedback(client, learner):
    quiz = make_quiz(questions=[scenario()])
    course = make_course()
    lesson = make_quiz_lesson(make_module(course), quiz)
    enrol(client, course)
    start(client, lesson, quiz)

    html = client.get(lesson.url).content.decode()
    assert html.index(CASE) < html.index("Mitä tästä seuraa?")
    question_id = quiz.questions[0].id
    assert f'aria-describedby="q-{question_id}-case"' in html  # the case is read out with the question
    assert RULE not in html  # the rule comes after answering

    response, _attempt = take(client, learner, quiz, lesson, [[1]])  # wrong: the rule is shown all the same
    feedback = client.get(response["Location"]).content.decode()
    assert CASE in feedback and RULE in feedback and "Palaute: Ei mitään." in feedback
