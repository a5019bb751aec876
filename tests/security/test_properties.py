"""Property-based tests (Hypothesis) of every parser of user input: roster files, quiz answers, attendance
CSV files and the calendar (.ics) writer.

Each property says what must hold for *any* input: a bad input gets a clear message of the module's own
error type and leaves the database unchanged; a good input is read back exactly. The example counts are
small so `make test` stays fast; the database examples share one test transaction, so each example
compares row counts before and after itself.
"""

import datetime
import types
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone, translation
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from assessments.models import AttemptAnswer, QuizAttempt
from assessments.scoring import Option, Question, score
from assessments.services import AssessmentError, quiz_attempt_start, quiz_attempt_submit
from courses.models import Enrolment
from events import ics
from events.models import Registration
from events.services import EventError, attendance_import
from municipalities.models import RoleAssignment
from rosters import problems
from rosters.models import Invitation, RosterImport
from rosters.parsing import RosterFileError, parse_roster
from tests.assessments.builders import ids, make_quiz, make_quiz_lesson, question
from tests.builders import make_course, make_module, make_user
from tests.events.builders import make_event, make_events_index, member_municipality
from tests.rosters.builders import make_leader

pytestmark = pytest.mark.django_db
User = get_user_model()

# The database fixtures are set up once per test, not per example: that is intended here.
DB_SETTINGS = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
PURE_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


# --- Roster files -------------------------------------------------------------------------------------

HEADER_WORDS = ["Nimi", "Etunimi", "Sukunimi", "Sähköposti", "Rooli", "Toimielin", "Kieli", "Namn", "E-post", "role"]
ROLE_WORDS = ["valtuutettu", "varavaltuutettu", "ledamot", "jäsen", "puheenjohtaja", "kummitus", ""]
SEPARATORS = [";", ",", "\t", "|", " "]
# Cell text: anything a spreadsheet could hold, with the characters that matter to CSV made likely.
cell_text = st.one_of(
    st.text(max_size=30),
    st.sampled_from(['"', '""', "a;b", "a,b", "x\ny", "\r", "\ufeff", "\u200b", "=cmd()", "@", "Åsa Öhman"]),
    st.emails(),
    st.sampled_from(ROLE_WORDS),
)


@st.composite
def roster_texts(draw):
    separator = draw(st.sampled_from(SEPARATORS))
    header = draw(st.lists(st.one_of(st.sampled_from(HEADER_WORDS), cell_text), min_size=0, max_size=6))
    rows = draw(st.lists(st.lists(cell_text, max_size=6), max_size=8))
    lines = [header, *rows]
    if draw(st.booleans()):
        lines.insert(0, [draw(st.text(max_size=40))])  # a title row above the header
    quote = draw(st.booleans())

    def render(cells):
        if quote:
            return separator.join('"' + cell.replace('"', '""') + '"' for cell in cells)
        return separator.join(cells)

    return draw(st.sampled_from(["\r\n", "\n", "\r"])).join(render(cells) for cells in lines)


@st.composite
def roster_files(draw):
    text = draw(roster_texts())
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
    return text.encode(encoding, errors="replace")


any_roster_bytes = st.one_of(
    st.binary(max_size=3000),
    roster_files(),
    st.binary(max_size=200).map(lambda tail: b"PK\x03\x04" + tail),  # looks like an .xlsx, is not
    st.binary(max_size=200).map(lambda tail: b"\xd0\xcf\x11\xe0" + tail),  # an old .xls
)


def _assert_read_or_refused_clearly(data, file_name="rosteri.csv"):
    try:
        parsed = parse_roster(data, file_name)
    except RosterFileError as error:
        assert str(error.message).strip()
        return None
    assert parsed.rows
    for row in parsed.rows:
        assert row.line >= 2
        for item in row.problems:
            assert str(problems.message(item)).strip()
    return parsed


@PURE_SETTINGS
@given(any_roster_bytes)
def test_roster_parser_reads_any_bytes_or_says_why_not(data):
    _assert_read_or_refused_clearly(data)


@PURE_SETTINGS
@given(roster_files(), st.sampled_from(["rosteri.csv", "rosteri.txt", "ROSTERI.CSV"]))
def test_roster_parser_handles_any_text_separator_and_header(data, file_name):
    _assert_read_or_refused_clearly(data, file_name)


@settings(PURE_SETTINGS, max_examples=60)
@given(
    st.lists(
        st.tuples(
            # Control and invisible formatting characters are removed from names on import (tested in
            # tests/rosters), so a well-formed name is made of other characters.
            st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cf")), min_size=1, max_size=20).filter(
                lambda name: name.strip()
            ),
            st.emails(),
            st.sampled_from(ROLE_WORDS[:-1]),
        ),
        min_size=1,
        max_size=10,
    ),
    st.sampled_from([";", ",", "\t"]),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
)
def test_a_well_formed_roster_keeps_every_person(people, separator, encoding):
    """Whatever the names hold (quotes, separators, line breaks), every person comes back as one row."""

    def quoted(cell):
        return '"' + cell.replace('"', '""') + '"'

    lines = ["Nimi;Sähköposti;Rooli".replace(";", separator)]
    lines += [separator.join(quoted(cell) for cell in person) for person in people]
    data = "\r\n".join(lines).encode(encoding, errors="replace")
    assume(all("\x00" not in name for name, _email, _role in people))

    parsed = _assert_read_or_refused_clearly(data)

    if parsed is None:  # only control characters in a name make a file unreadable
        assert any(any(ord(char) < 32 and char not in "\t\r\n" for char in name) for name, *_ in people)
        return
    assert len(parsed.rows) == len(people)
    assert [row.email for row in parsed.rows] == [email.lower() for _name, email, _role in people]


def _database_rows():
    return (
        User.objects.count(),
        RoleAssignment.objects.count(),
        Invitation.objects.count(),
        RosterImport.objects.filter(status=RosterImport.Status.CONFIRMED).count(),
    )


@pytest.fixture
def roster_leader(client):
    place = member_municipality("109")
    leader = make_leader(place, first_name="Liisa", last_name="Korhonen")
    client.force_login(leader)
    return place


@DB_SETTINGS
@given(data=any_roster_bytes, name=st.sampled_from(["rosteri.csv", "rosteri.xlsx", "rosteri.txt"]))
def test_a_bad_roster_upload_is_refused_with_a_message_and_saves_no_one(client, roster_leader, data, name):
    before = _database_rows()
    pending_before = RosterImport.objects.filter(status=RosterImport.Status.PENDING).count()

    response = client.post(
        reverse("rosters:import", args=[roster_leader.code]), {"file": SimpleUploadedFile(name, data, "text/csv")}
    )

    assert response.status_code in (200, 302)
    if response.status_code == 200:  # refused: the form says why, and nothing was stored
        assert response.context["form"].errors["file"]
        assert RosterImport.objects.filter(status=RosterImport.Status.PENDING).count() == pending_before
    else:  # read: only the preview is kept; no person, role or invitation exists until the leader confirms
        assert RosterImport.objects.filter(status=RosterImport.Status.PENDING).count() == 1
    assert _database_rows() == before


# --- Quiz grading -------------------------------------------------------------------------------------


@st.composite
def quiz_questions(draw):
    """Questions as a trainer can save them: a single choice question has exactly one right option, a
    multiple choice question at least one."""
    questions = []
    for number in range(draw(st.integers(min_value=1, max_value=6))):
        multiple = draw(st.booleans())
        count = draw(st.integers(min_value=2, max_value=5))
        if multiple:
            flags = draw(st.lists(st.booleans(), min_size=count, max_size=count).filter(any))
        else:
            right = draw(st.integers(min_value=0, max_value=count - 1))
            flags = [index == right for index in range(count)]
        options = tuple(
            Option(id=f"q{number}o{index}", text="", is_correct=flag, feedback="") for index, flag in enumerate(flags)
        )
        questions.append(Question(id=f"q{number}", text="", multiple=multiple, options=options))
    return questions


@st.composite
def questions_and_answers(draw):
    questions = draw(quiz_questions())
    answers = {}
    for item in questions:
        option_ids = sorted(item.option_ids)
        if item.multiple:
            answers[item.id] = draw(st.lists(st.sampled_from(option_ids), unique=True, max_size=len(option_ids)))
        else:
            answers[item.id] = draw(st.lists(st.sampled_from(option_ids), max_size=1))
    return questions, answers


@PURE_SETTINGS
@given(questions_and_answers(), st.integers(min_value=1, max_value=100))
def test_any_answers_score_between_0_and_100(questions_answers, pass_mark):
    questions, answers = questions_answers
    result = score(questions=questions, answers=answers, pass_mark_percent=pass_mark)
    assert 0 <= result.percent <= 100
    assert all(0.0 <= points <= 1.0 for points in result.points.values())
    assert result.passed == (result.percent >= pass_mark)


@PURE_SETTINGS
@given(quiz_questions(), st.integers(min_value=1, max_value=100))
def test_choosing_exactly_the_right_options_gives_full_marks(questions, pass_mark):
    answers = {item.id: sorted(item.right_ids) for item in questions}
    result = score(questions=questions, answers=answers, pass_mark_percent=pass_mark)
    assert result.percent == 100 and result.passed


@PURE_SETTINGS
@given(quiz_questions())
def test_ticking_every_box_never_beats_the_right_answer(questions):
    every = {item.id: sorted(item.option_ids) for item in questions}
    right = {item.id: sorted(item.right_ids) for item in questions}
    assert score(questions=questions, answers=every, pass_mark_percent=100).percent <= 100
    everything = score(questions=questions, answers=every, pass_mark_percent=100)
    assert everything.percent < 100 or all(item.right_ids == item.option_ids for item in questions)
    assert score(questions=questions, answers=right, pass_mark_percent=100).percent == 100


@pytest.fixture
def quiz_in_lesson(client):
    learner = make_user()
    course = make_course()
    quiz = make_quiz(
        questions=[
            question("Yksi?", options=(("Oikein", True), ("Väärin", False), ("Ehkä", False))),
            question("Monta?", options=(("A", True), ("B", True), ("C", False)), multiple=True),
        ],
        pass_mark_percent=50,
    )
    lesson = make_quiz_lesson(make_module(course), quiz)
    Enrolment.objects.create(user=learner, course=course)
    client.force_login(learner)
    return learner, quiz, lesson


tampered_value = st.one_of(st.text(max_size=40), st.uuids().map(str), st.just(""))


@DB_SETTINGS
@given(data=st.data())
def test_a_tampered_quiz_answer_is_refused_and_stores_nothing(client, quiz_in_lesson, data):
    learner, quiz, lesson = quiz_in_lesson
    attempt = quiz_attempt_start(user=learner, lesson_id=lesson.id, quiz_id=quiz.id)
    (single_id, single_options), (multi_id, multi_options) = ids(quiz)
    # A complete, valid form with one value or key replaced by something no form of this quiz could send.
    post = {f"question-{single_id}": [single_options[0]], f"question-{multi_id}": [multi_options[0]]}
    how = data.draw(st.sampled_from(["unknown option", "option of the other question", "unknown question"]))
    if how == "unknown option":
        bad = data.draw(tampered_value.filter(lambda value: value not in single_options + multi_options))
        post[f"question-{single_id}"] = [bad]
    elif how == "option of the other question":
        post[f"question-{single_id}"] = [data.draw(st.sampled_from(multi_options))]
    else:
        bad = data.draw(tampered_value.filter(lambda value: value not in (single_id, multi_id)))
        post[f"question-{bad}"] = [single_options[0]]
    answers_before = AttemptAnswer.objects.count()

    response = client.post(reverse("assessments:attempt_submit", args=[attempt.id]), post)

    assert response.status_code == 400
    attempt.refresh_from_db()
    assert attempt.is_open and attempt.score_percent is None
    assert AttemptAnswer.objects.count() == answers_before
    form = QueryDict(mutable=True)
    for key, values in post.items():
        form.setlist(key, values)
    with pytest.raises(AssessmentError) as error:
        quiz_attempt_submit(user=learner, attempt_id=attempt.id, data=form)
    assert str(error.value.message).strip()


@DB_SETTINGS
@given(data=st.data())
def test_any_valid_submission_stores_the_score_and_each_choice_once(quiz_in_lesson, data):
    learner, quiz, lesson = quiz_in_lesson
    attempt = quiz_attempt_start(user=learner, lesson_id=lesson.id, quiz_id=quiz.id)
    (single_id, single_options), (multi_id, multi_options) = ids(quiz)
    single = data.draw(st.sampled_from(single_options))
    multi = data.draw(st.lists(st.sampled_from(multi_options), min_size=1))  # duplicates on purpose
    form = QueryDict(mutable=True)
    form.setlist(f"question-{single_id}", [single])
    form.setlist(f"question-{multi_id}", multi)

    submission = quiz_attempt_submit(user=learner, attempt_id=attempt.id, data=form)

    stored = submission.attempt
    assert not stored.is_open and 0 <= stored.score_percent <= 100
    chosen = set(AttemptAnswer.objects.filter(attempt=stored).values_list("question_id", "option_id"))
    assert chosen == {(single_id, single)} | {(multi_id, option) for option in multi}
    assert AttemptAnswer.objects.filter(attempt=stored).count() == len(chosen)
    assert QuizAttempt.objects.filter(user=learner, submitted_at__isnull=True).count() == 0


# --- Attendance CSV -----------------------------------------------------------------------------------


@pytest.fixture
def started_event():
    place = member_municipality("109")
    trainer = make_user(first_name="Mikko", last_name="Kouluttaja")
    start = timezone.now() - datetime.timedelta(hours=1)
    event = make_event(make_events_index(), municipality=place, starts_at=start)
    people = [make_user(municipality=place, email=f"osallistuja{n}@example.fi") for n in range(3)]
    for person in people:
        Registration.objects.create(
            event=event, user=person, status="registered", queued_at=start, status_changed_at=start
        )
    return event, trainer, people


attendance_cell = st.one_of(
    st.text(max_size=20),
    st.sampled_from(["kyllä", "ei", "yes", "no", "x", "", "ehkä", '"', ";", "osallistuja0@example.fi"]),
    st.sampled_from([f"osallistuja{n}@example.fi" for n in range(4)]),
)


@st.composite
def attendance_texts(draw):
    separator = draw(st.sampled_from([";", ",", "\t"]))
    rows = draw(st.lists(st.lists(attendance_cell, max_size=4), max_size=8))
    return draw(st.sampled_from(["\r\n", "\n"])).join(separator.join(cells) for cells in rows)


def _attendance_state(event):
    return list(Registration.objects.filter(event=event).order_by("pk").values_list("attended", "attendance_marked_at"))


@DB_SETTINGS
@given(text=st.one_of(attendance_texts(), st.text(max_size=300)))
@example(text="\r\x00")  # found on PostgreSQL: a NUL byte reached the query (500) instead of a message
@example(text="a@b.fi\x00;kyllä")
def test_attendance_import_saves_all_rows_or_none_with_a_message_for_each(started_event, text):
    event, trainer, _people = started_event
    before = _attendance_state(event)
    try:
        saved = attendance_import(event=event, text=text, marked_by=trainer)
    except EventError as error:
        assert str(error.message).strip()
        assert all(str(message).strip() for message in getattr(error, "errors", []))
        assert _attendance_state(event) == before
    else:
        marked = [row for row in _attendance_state(event) if row[1] is not None]
        assert saved >= 1 and len(marked) >= saved


@DB_SETTINGS
@given(data=st.binary(max_size=500))
def test_an_attendance_upload_of_any_bytes_gets_an_answer_not_an_error(client, started_event, data):
    event, trainer, _people = started_event
    Registration.objects.filter(event=event).update(attended=None, attendance_marked_at=None)
    trainer.is_superuser = True  # organiser rights: the property is about the file, not about who may upload
    trainer.save(update_fields=["is_superuser"])
    client.force_login(trainer)

    response = client.post(
        reverse("events:attendance_import", args=[event.pk]),
        {"file": SimpleUploadedFile("lasna.csv", data, "text/csv")},
    )

    assert response.status_code in (302, 400)
    if response.status_code == 400:
        assert all(row[1] is None for row in _attendance_state(event))


# --- The .ics writer ----------------------------------------------------------------------------------

MAX_OCTETS = 75  # RFC 5545 §3.1


def unfold(text):
    """RFC 5545 §3.1: content lines end in CRLF; a line starting with a space or tab continues the last."""
    assert text.endswith("\r\n")
    physical = text[:-2].split("\r\n")
    lines = []
    for line in physical:
        assert len(line.encode("utf-8")) <= MAX_OCTETS
        assert "\r" not in line and "\n" not in line
        if line[:1] in (" ", "\t"):
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return lines


def unescape(value):
    """RFC 5545 §3.3.11 TEXT, strictly: a bare comma or semicolon, or an unknown escape, is an error."""
    out, chars = [], iter(value)
    for char in chars:
        if char == "\\":
            following = next(chars)
            assert following in "\\;,nN", f"unknown escape \\{following}"
            out.append("\n" if following in "nN" else following)
        else:
            assert char not in ",;", f"unescaped {char!r} in {value!r}"
            out.append(char)
    return "".join(out)


def properties(lines):
    """{name: [values]} of the calendar's properties, parameters (such as TZID or CN) left out. The text
    properties checked here have none, so the first colon ends the name."""
    found = {}
    for line in lines:
        name, _colon, value = line.partition(":")
        found.setdefault(name.split(";")[0], []).append(value)
    return found


# What a title or place may hold: any printable character, and line breaks; not the control characters a
# form would never let through.
ics_text = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cs", "Cc")),
        st.sampled_from(["\n", "\r", ",", ";", "\\", ":", '"', "é", "😀", "ä"]),
    ),
    max_size=200,
)


@settings(PURE_SETTINGS, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(title=ics_text, place=ics_text, name=ics_text)
def test_any_text_in_a_calendar_file_parses_back_exactly(db, title, place, name):
    """Any text comes back as written; line breaks in any spelling become one, and so does a backslash
    followed by N, which the icalendar library reads as RFC 5545's line break. (The database is only asked for
    the event's SEQUENCE.)"""
    moment = datetime.datetime(2021, 10, 5, 15, 0, tzinfo=datetime.UTC)
    event = types.SimpleNamespace(
        pk=7,
        title=title,
        place=place,
        description="",
        online_url="",
        starts_at=moment,
        ends_at=moment + datetime.timedelta(hours=2),
        last_published_at=moment,
    )
    text = ics.calendar([ics.Entry(event=event)], name=name)

    lines = unfold(text)
    found = properties(lines)

    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert found["BEGIN"][:2] == ["VCALENDAR", "VTIMEZONE"] and found["BEGIN"][-1] == "VEVENT"
    assert found["END"][-2:] == ["VEVENT", "VCALENDAR"] and found["BEGIN"].count("VEVENT") == 1

    def as_written(value):
        return value.replace("\\N", "\n").replace("\r\n", "\n").replace("\r", "\n")

    assert [unescape(value) for value in found["SUMMARY"]] == [as_written(title)]
    assert [unescape(value) for value in found.get("LOCATION", [])] == ([as_written(place)] if place else [])
    if name:
        assert [unescape(value) for value in found["X-WR-CALNAME"]] == [as_written(name)]


@settings(DB_SETTINGS, max_examples=10)
@given(title=ics_text.filter(lambda text: text.strip() and "\n" not in text and "\r" not in text))
def test_an_event_file_from_the_site_parses_back_with_its_title(client, title):
    """Through the public view: a published event with any one-line title gives a calendar file whose
    SUMMARY is that title."""
    event = make_event(title=title[:255], slug=f"tapahtuma-{uuid.uuid4().hex[:12]}")

    response = client.get(reverse("events:event_ics", args=[event.pk]))

    assert response.status_code == 200
    found = properties(unfold(response.content.decode("utf-8")))
    assert [unescape(value) for value in found["SUMMARY"]] == [event.title]
