"""Progress that stays true when a course changes after people progressed in it.

A trainer publishes a lesson in a module people have finished, unpublishes one, moves one to another module
and deletes one. After each change every figure is read through the pages and exports that show it (the
learner's course page, My learning, the leader's dashboard and its exports, the network overview) and they
must agree: a completion counts as of when it happened, module and course figures never contradict each
other, the learner's own view matches what the leader sees, and no percentage leaves 0–100.
"""

import csv
import io

import pytest
from django.urls import reverse
from django.utils import translation

from courses.models import Enrolment, LessonPage
from municipalities.models import Role
from tests.builders import make_course_tree, make_lesson
from tests.i18n import tr
from tests.participation.builders import HAMEENLINNA, join_network, make_coordinator, make_leader, make_person
from tests.participation.builders import municipality as place
from tests.participation.builders import progress as record_progress

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture
def course_world():
    join_network(HAMEENLINNA)
    course, lessons = make_course_tree(modules=2, lessons=2, title="Perehdytys")
    hameenlinna = place(HAMEENLINNA)
    done = {
        "aino": lessons,  # completed
        "eero": lessons,  # completed
        "iida": lessons,  # completed
        "olli": lessons[:3],  # one lesson short
        "ulla": lessons[:2],  # the first module done
        "veera": [],  # enrolled, not started
    }
    people = {}
    for name, finished in done.items():
        person = make_person(hameenlinna, Role.COUNCILLOR, first_name=name.capitalize(), last_name="Testi")
        record_progress(person, course, finished)
        people[name] = person
    return {
        "course": course,
        "lessons": lessons,
        "modules": list(course.get_children().specific().order_by("path")),
        "people": people,
        "leader": make_leader(hameenlinna),
        "coordinator": make_coordinator(),
    }


def as_user(client, user):
    client.force_login(user)
    return client


def learner_view(client, person, course):
    """What the learner sees: the course page's progress and modules, and their My learning entry."""
    client.force_login(person)
    page = client.get(course.url).context
    [entry] = [e for e in client.get(reverse("courses:my_learning")).context["entries"] if e.course.pk == course.pk]
    return page, entry


def leader_view(client, world):
    client.force_login(world["leader"])
    url = reverse("participation:municipality", args=[HAMEENLINNA])
    context = client.get(url, {"course": world["course"].pk}).context
    # The module table is a CSV of its own (one table per file).
    summary = client.get(reverse("participation:module_summary_export", args=[HAMEENLINNA]))
    rows = list(csv.reader(io.StringIO(b"".join(summary.streaming_content).decode("utf-8-sig")), delimiter=";"))
    participants = client.get(
        reverse("participation:participants_export", args=[HAMEENLINNA, "csv"]), {"course": world["course"].pk}
    )
    listed = list(csv.reader(io.StringIO(b"".join(participants.streaming_content).decode("utf-8-sig")), delimiter=";"))
    return context, rows, listed


def network_view(client, world):
    client.force_login(world["coordinator"])
    overview = client.get(reverse("participation:network"), {"course": world["course"].pk}).context["overview"]
    [row] = [row for row in overview["rows"] if row.code == HAMEENLINNA]
    return row


def check_every_figure(client, world):
    """Every page and export agrees; returns the figures for the step's own assertions."""
    course = world["course"]
    learners = {name: learner_view(client, person, course) for name, person in world["people"].items()}
    dashboard, summary_rows, participant_rows = leader_view(client, world)
    network_row = network_view(client, world)

    # The learner: course page and My learning agree, and a completion shows as 100 %.
    for name, (page, entry) in learners.items():
        progress = page["progress"]
        assert 0 <= progress.percent <= 100, name
        assert progress.percent == entry.progress.percent, name
        assert [lesson.pk for lesson in page["new_lessons"]] == [lesson.pk for lesson in entry.new_lessons], name
        if page["enrolment"].completed_at:
            assert progress.percent == 100 and progress.is_complete, name
            assert all(module.progress.is_complete for module in page["modules"]), name
        else:
            assert page["new_lessons"] == [], name

    # The leader's course figures are the learners' own, and the network's.
    counts = dashboard["figures"].by_course[course.pk]
    completed_names = {name for name, (page, _entry) in learners.items() if page["enrolment"].completed_at}
    assert counts.completed == len(completed_names)
    assert network_row.completed.count == counts.completed and network_row.people.count == counts.people

    # Module figures: as the learners see their modules, never below the course, within 0–100 %.
    for row in dashboard["modules"]:
        entries = [
            next(entry for entry in page["modules"] if entry.module.pk == row.module.id)
            for page, _entry in learners.values()
        ]
        assert row.completed == sum(entry.progress.is_complete for entry in entries), row.module.title
        started = sum(bool(entry.completed_at) or any(lesson.is_done for lesson in entry.lessons) for entry in entries)
        assert row.started == started, row.module.title
        assert counts.completed <= row.completed <= row.started <= row.people
        assert 0 <= row.completed_percent <= 100 and 0 <= row.started_percent <= 100
        new_since = sum(bool(entry.completed_at) and entry.progress.new_count > 0 for entry in entries)
        assert row.new_since == new_since, row.module.title

    # The summary export says what the dashboard says.
    exported = {r[1]: r for r in summary_rows[1:]}
    for row in dashboard["modules"]:
        line = exported[row.module.title]
        assert [int(cell) for cell in line[2:]] == [
            row.required,
            row.people,
            row.started,
            row.started_percent,
            row.completed,
            row.completed_percent,
            row.new_since,
        ]
    # The participant list: status and progress per person, as on the page.
    page_rows = {row.name: row for row in dashboard["rows"]}
    for line in participant_rows[1:]:
        row = page_rows[line[0]]
        assert int(line[3]) == row.progress_percent and 0 <= row.progress_percent <= 100
        assert (row.status == "completed") == (row.name.split()[-1].lower() in completed_names)
        if row.status == "completed":
            assert row.progress_percent == 100
    return {"learners": learners, "dashboard": dashboard, "counts": counts}


def publish_lesson(module, title):
    return make_lesson(module, title=title)


def test_figures_agree_as_the_course_changes(client, course_world, django_capture_on_commit_callbacks):
    world = course_world
    first_module, second_module = world["modules"]
    lessons = world["lessons"]
    figures = check_every_figure(client, world)
    assert figures["counts"].completed == 3

    # 1. A new required lesson in the first module, which five people have finished.
    new_lesson = publish_lesson(first_module, "Uusi oppitunti")
    figures = check_every_figure(client, world)
    aino_page, aino_entry = figures["learners"]["aino"]
    assert aino_page["progress"].percent == 100 and [lesson.pk for lesson in aino_page["new_lessons"]] == [
        new_lesson.pk
    ]
    assert figures["counts"].completed == 3  # completions stay
    first_row = figures["dashboard"]["modules"][0]
    assert first_row.completed == 3 and first_row.new_since == 3  # Ulla's first module is no longer complete
    client.force_login(world["people"]["aino"])
    course_page = client.get(world["course"].url).content.decode()
    assert tr("New content") in course_page and "Uusi oppitunti" in course_page

    # 2. Aino studies the new lesson: it is no longer new to her, and she stays completed.
    client.force_login(world["people"]["aino"])
    response = client.post(reverse("courses:lesson_complete", args=[new_lesson.pk]))
    assert response.status_code in (200, 302)
    figures = check_every_figure(client, world)
    assert figures["learners"]["aino"][0]["new_lessons"] == []
    assert figures["dashboard"]["modules"][0].new_since == 2

    # 3. The new lesson and Olli's missing lesson are unpublished: Olli has now done everything there is.
    new_lesson.unpublish()
    LessonPage.objects.get(pk=lessons[3].pk).unpublish()
    figures = check_every_figure(client, world)
    assert Enrolment.objects.get(user=world["people"]["olli"]).completed_at is not None
    assert figures["counts"].completed == 4
    assert all(row.new_since == 0 for row in figures["dashboard"]["modules"])

    # 4. A lesson moves from the second module into the first.
    LessonPage.objects.get(pk=lessons[2].pk).move(first_module, pos="last-child")
    figures = check_every_figure(client, world)
    assert figures["counts"].completed == 4

    # 5. A lesson is deleted; 6. the unpublished lesson comes back, with a new lesson in the second module.
    LessonPage.objects.get(pk=lessons[0].pk).delete()
    check_every_figure(client, world)
    LessonPage.objects.get(pk=lessons[3].pk).save_revision().publish()
    publish_lesson(second_module, "Toinen uusi oppitunti")
    figures = check_every_figure(client, world)
    assert figures["counts"].completed == 4
    assert figures["learners"]["veera"][0]["progress"].percent == 0
