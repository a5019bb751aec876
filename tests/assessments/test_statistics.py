"""Trainers see, per question, the share of attempts right, how often each option was chosen and how well the
question tells high scorers from low scorers; the same figures come as a CSV file. Only people who may edit
a lesson using the quiz see them (the finer rules: test_statistics_access.py)."""

import csv
import io

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.setup import trainers_group_ensure
from tests.builders import make_course, make_index, make_module, make_user
from tests.refusals import assert_refused

from .builders import ids, make_quiz, make_quiz_lesson, question
from .helpers import enrol, start, take

pytestmark = pytest.mark.django_db


def trainer_client(client):
    """A trainer: the Kouluttajat group edits the course catalogue's pages, so it sees the statistics of the
    quizzes used in them (who sees what: test_statistics_access.py)."""
    user = make_user()
    user.groups.add(trainers_group_ensure(course_index=make_index()))
    client.force_login(user)


def learners_answer(client, quiz, lesson, course, answers):
    for choices in answers:
        learner = make_user()
        client.force_login(learner)
        enrol(client, course)
        take(client, learner, quiz, lesson, choices)


def statistics(client, quiz):
    trainer_client(client)
    response = client.get(reverse("assessments_admin:statistics", args=[quiz.id]))
    assert response.status_code == 200
    return response


def test_counts_per_option(client):
    quiz = make_quiz(
        questions=[question(), question("Monivalinta", (("A", True), ("B", True), ("C", False)), multiple=True)]
    )
    course = make_course()
    lesson = make_quiz_lesson(make_module(course), quiz)
    learners_answer(client, quiz, lesson, course, [[[0], [0, 1]], [[1], [0, 2]], [[0], [2]]])
    # An open, unsubmitted attempt is not counted.
    someone = make_user()
    client.force_login(someone)
    enrol(client, course)
    start(client, lesson, quiz)

    response = statistics(client, quiz)

    first, second = response.context["questions"]
    assert [row.count for row in first.options] == [2, 1]
    assert [row.count for row in second.options] == [2, 1, 2]
    assert (first.answered, second.answered) == (3, 3)
    stats = response.context["stats"]
    assert (stats.total, stats.passed, stats.learners) == (3, 1, 3)
    assert "Monivalinta" in response.content.decode()


# Ten attempts, hand-scored. Question 1: single (A right, B, C); question 2: single (A right, B); question 3:
# multiple (A and B right, C wrong). Choices are option indexes in the quiz's order.
TEN_ATTEMPTS = [
    [[0], [0], [0, 1]],  # 1 + 1 + 1 = 100 %
    [[0], [0], [0, 1]],  # 100 %
    [[0], [0], [0]],  # 1 + 1 + 1/2 = 83 %
    [[0], [1], [0, 1]],  # 66 %
    [[1], [0], [0, 1]],  # 66 %
    [[0], [1], [0]],  # 1 + 0 + 1/2 = 50 %
    [[2], [0], [0, 2]],  # 0 + 1 + 0 = 33 %
    [[1], [1], [2]],  # 0 %
    [[0], [1], [2]],  # 33 %
    [[1], [1], [0, 1, 2]],  # 0 + 0 + (2 − 1)/2 = 16 %
]


def ten_attempt_quiz(client, texts=("Yksi", "Kaksi", "Kolme")):
    quiz = make_quiz(
        questions=[
            question(texts[0], (("A", True), ("B", False), ("C", False))),
            question(texts[1], (("A", True), ("B", False))),
            question(texts[2], (("A", True), ("B", True), ("C", False)), multiple=True),
        ]
    )
    course = make_course()
    lesson = make_quiz_lesson(make_module(course), quiz)
    learners_answer(client, quiz, lesson, course, TEN_ATTEMPTS)
    return quiz


def test_statistics_match_hand_computed_values(client):
    quiz = ten_attempt_quiz(client)

    response = statistics(client, quiz)
    stats = response.context["stats"]
    first, second, third = stats.questions

    # Scores in order: 100, 100, 83, 66, 66, 50, 33, 33, 16, 0 (ties: the earlier attempt first). 27 % of 10
    # is 2.7, so the upper group is attempts 1–3 and the lower group attempts 9, 10 and 8.
    assert (stats.total, stats.passed, stats.group_size, stats.small_sample) == (10, 2, 3, False)
    # Question 1: right in attempts 1, 2, 3, 4, 6, 9. Upper 3/3, lower 1/3 (attempt 9): 1 − 1/3 = 2/3.
    assert (first.answered, first.correct, first.percent_correct) == (10, 6, 60)
    assert [(row.count, row.percent) for row in first.options] == [(6, 60), (3, 30), (1, 10)]
    assert first.discrimination == pytest.approx(2 / 3) and first.discrimination_shown == 0.67
    # Question 2: right in attempts 1, 2, 3, 5, 7. Upper 3/3, lower 0/3: discrimination 1.
    assert (second.correct, second.percent_correct) == (5, 50)
    assert [row.count for row in second.options] == [5, 5]
    assert second.discrimination == 1 and second.discrimination_level == "good"
    # Question 3: full points in attempts 1, 2, 4, 5 (40 %). Upper (1 + 1 + 1/2)/3 = 5/6, lower (0 + 1/2 + 0)/3
    # = 1/6: 2/3. A was chosen 8 times, B 5, C (the wrong one) 4.
    assert (third.correct, third.percent_correct) == (4, 40)
    assert [(row.count, row.percent) for row in third.options] == [(8, 80), (5, 50), (4, 40)]
    assert third.discrimination == pytest.approx(2 / 3)
    html = response.content.decode()
    assert "0,67" in html or "0.67" in html
    assert "Download as CSV" in html or "CSV" in html


def test_fewer_than_ten_attempts_carry_a_caution(client):
    quiz = make_quiz(questions=[question(), question()])
    course = make_course()
    lesson = make_quiz_lesson(make_module(course), quiz)
    learners_answer(client, quiz, lesson, course, [[[0], [0]], [[1], [0]], [[0], [1]]])

    response = statistics(client, quiz)

    stats = response.context["stats"]
    assert stats.small_sample and stats.group_size == 1
    assert response.content.decode().count('role="note"') == 1
    # Upper group: the 100 % attempt; lower: the last of the two 50 % attempts (attempt 3: question 1 right).
    assert [item.discrimination for item in stats.questions] == [0, 1]


def test_a_question_drawn_from_a_bank_counts_only_the_attempts_that_were_shown_it(client):
    quiz = make_quiz(questions=[question(f"Kysymys {n}") for n in range(3)], draw_count=1)
    course = make_course()
    lesson = make_quiz_lesson(make_module(course), quiz)
    for _ in range(6):
        learner = make_user()
        client.force_login(learner)
        enrol(client, course)
        start(client, lesson, quiz)
        attempt = learner.quiz_attempts.get()
        drawn = attempt.layout["questions"][0]
        right = dict(ids(quiz))[drawn][0]
        client.post(reverse("assessments:attempt_submit", args=[attempt.id]), {f"question-{drawn}": right})

    stats = statistics(client, quiz).context["stats"]

    assert sum(item.answered for item in stats.questions) == 6
    assert all(item.correct == item.answered for item in stats.questions)
    assert all(sum(row.count for row in item.options) == item.answered for item in stats.questions)


def test_statistics_query_count_does_not_grow_with_attempts(client):
    quiz = make_quiz(questions=[question(), question()])
    course = make_course()
    lesson = make_quiz_lesson(make_module(course), quiz)
    learners_answer(client, quiz, lesson, course, [[[0], [1]]])
    trainer_client(client)
    url = reverse("assessments_admin:statistics", args=[quiz.id])
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)

    learners_answer(client, quiz, lesson, course, [[[1], [0]]] * 4)
    trainer_client(client)
    client.get(url)
    with CaptureQueriesContext(connection) as many:
        client.get(url)

    assert len(few) == len(many)


def csv_rows(response):
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:]), delimiter=";"))


def test_the_csv_file_holds_the_same_figures_one_row_per_option(client):
    quiz = ten_attempt_quiz(client, texts=("=HYPERLINK(1)", "Kaksi", "Kolme"))
    trainer_client(client)

    response = client.get(reverse("assessments_admin:statistics_csv", args=[quiz.id]))

    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    header, *rows = csv_rows(response)
    assert len(header) == 14 and len(rows) == 3 + 2 + 3
    first = rows[0]
    assert first[1:2] == ["1"] and first[4] == "'=HYPERLINK(1)"  # a formula is written as text
    assert (first[5], first[6], first[7]) == ("10", "60", "0,67")
    assert [(row[12], row[13]) for row in rows[:3]] == [("6", "60"), ("3", "30"), ("1", "10")]
    assert [row[7] for row in rows[3:5]] == ["1,00", "1,00"]
    assert [(row[10], row[12]) for row in rows[5:]] == [("A", "8"), ("B", "5"), ("C", "4")]


@pytest.mark.parametrize("url_name", ["statistics_index", "statistics", "statistics_csv"])
def test_statistics_are_for_those_who_may_edit_the_lessons_using_the_quiz(client, url_name):
    quiz = make_quiz()
    make_quiz_lesson(make_module(make_course()), quiz)
    kwargs = {} if url_name == "statistics_index" else {"quiz_id": quiz.id}
    url = reverse(f"assessments_admin:{url_name}", kwargs=kwargs)
    # Viewing quizzes is not enough.
    viewer = make_user()
    viewer.user_permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="view_quiz")
    )
    client.force_login(viewer)
    assert_refused(client, client.get(url))
    # Anonymous: to the login.
    client.logout()
    assert_refused(client, client.get(url))
    # A trainer (the Kouluttajat group edits the course catalogue's pages; the site set-up gives it admin
    # access) is let in.
    trainer = make_user()
    trainer.groups.add(trainers_group_ensure(course_index=make_index()))
    trainer.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(trainer)
    assert client.get(url).status_code == 200


def test_an_unknown_quiz_is_not_found(client):
    trainer_client(client)
    assert client.get(reverse("assessments_admin:statistics_csv", args=[987654])).status_code == 404
