"""The dashboard's figures on a small hand-built data set whose every number is known."""

import re

import pytest
from django.urls import reverse

from courses.models import LessonPage
from municipalities import dashboard
from municipalities.dashboard import DashboardSection, register_dashboard_section
from municipalities.models import Role
from participation.dashboard import PAGE_SIZE
from tests.participation.builders import make_person, progress

pytestmark = pytest.mark.django_db


def dashboard_for(client, world, viewer="leader_a", **query):
    client.force_login(world["users"][viewer])
    response = client.get(reverse("participation:municipality", args=[world["a"].code]), query)
    assert response.status_code == 200
    return response


def test_course_figures_count_everyone_in_the_municipality(client, world):
    context = dashboard_for(client, world).context
    counts = context["figures"].by_course[world["course"].id]
    # Aino completed, Pekka in progress, Saara enrolled only, Ville not enrolled.
    assert (counts.people, counts.enrolled, counts.started, counts.completed) == (4, 3, 2, 1)
    assert (counts.share("enrolled"), counts.share("started"), counts.share("completed")) == (75, 50, 25)
    assert [(value, count) for value, _label, count in context["status_counts"]] == [
        ("not_started", 1),
        ("not_enrolled", 1),
        ("in_progress", 1),
        ("completed", 1),
    ]


def test_role_figures_count_a_person_once_per_role(client, world):
    rows = {row.role: counts for row, counts in dashboard_for(client, world).context["role_rows"]}
    assert list(rows) == [Role.COUNCILLOR, Role.DEPUTY_COUNCILLOR, Role.BOARD_MEMBER, Role.DIRECTOR]
    councillors = rows[Role.COUNCILLOR]
    assert (councillors.people, councillors.enrolled, councillors.started, councillors.completed) == (2, 2, 2, 1)
    assert (rows[Role.DIRECTOR].people, rows[Role.DIRECTOR].enrolled) == (1, 0)


def test_module_figures_count_started_and_every_required_lesson_done(client, world):
    modules = dashboard_for(client, world).context["modules"]
    # Module 1: Aino did both lessons, Pekka one. Module 2: Aino did both.
    assert [(row.required, row.started, row.completed) for row in modules] == [(2, 2, 1), (2, 1, 1)]
    assert [(row.started_percent, row.completed_percent) for row in modules] == [(50, 25), (25, 25)]


def test_an_optional_or_unpublished_lesson_does_not_count(client, world):
    second_module_lessons = world["lessons"][2:]
    LessonPage.objects.filter(pk=second_module_lessons[1].pk).update(is_required=False)
    second_module_lessons[0].unpublish()
    modules = dashboard_for(client, world).context["modules"]
    assert [row.required for row in modules] == [2, 0]
    # Nothing required: nobody completes it by its lessons; Aino, who completed the course, counts as of then.
    assert modules[1].completed == 1 and modules[1].new_since == 0


def test_role_filter_narrows_the_modules_and_the_list(client, world):
    context = dashboard_for(client, world, role=Role.COUNCILLOR).context
    assert [(row.started, row.completed, row.people) for row in context["modules"]] == [(2, 1, 2), (1, 1, 2)]
    assert [row.name for row in context["rows"]] == ["Äijälä Aino", "Öhman Pekka"]


def test_not_started_list_shows_who_enrolled_and_did_nothing(client, world):
    response = dashboard_for(client, world, status="not_started")
    rows = response.context["rows"]
    assert [(row.name, row.status, row.progress_percent) for row in rows] == [("Åström Saara", "not_started", 0)]
    assert response.context["page"].paginator.count == 1


def test_participant_list_shows_status_progress_roles_and_last_activity(client, world):
    rows = {row.name: row for row in dashboard_for(client, world).context["rows"]}
    assert len(rows) == 4
    aino, pekka, ville = rows["Äijälä Aino"], rows["Öhman Pekka"], rows["Virtanen Ville"]
    assert (aino.status, aino.progress_percent) == ("completed", 100)
    assert aino.roles == ["Councillor", "Executive board member"]
    assert aino.completed_at is not None and aino.last_activity_at is not None
    assert (pekka.status, pekka.progress_percent) == ("in_progress", 25)
    assert (ville.status, ville.progress_percent, ville.last_activity_at) == ("not_enrolled", 0, None)


def test_participant_list_is_paginated(client, world):
    for n in range(PAGE_SIZE):
        make_person(world["a"], Role.DEPUTY_COUNCILLOR, last_name=f"Varajäsen {n:02}")
    first = dashboard_for(client, world, status="not_enrolled")
    assert first.context["page"].paginator.count == PAGE_SIZE + 1
    assert len(first.context["rows"]) == PAGE_SIZE
    second = dashboard_for(client, world, status="not_enrolled", page=2)
    assert len(second.context["rows"]) == 1


def test_comparison_with_the_network_shows_no_one_elses_people(client, world):
    progress(make_person(world["b"], Role.COUNCILLOR, last_name="Toinen"), world["course"])
    response = dashboard_for(client, world)
    comparison = response.context["comparison"]
    # Network: Hämeenlinna's 4 and Espoo's 2 = 6 people, 5 enrolled. Shown, they would tell Hämeenlinna's
    # leader that Espoo has 2 people and 2 enrolled: the network figures are withheld while a member's is small.
    figures = response.context["figures"]
    assert figures.network_people_withheld
    assert (str(comparison.network_enrolled.shown_count), comparison.network_enrolled.shown_percent) == (
        "hidden",
        None,
    )
    assert str(comparison.network_completed.shown_count) == "< 5"
    assert comparison.network_completed.shown_percent is None
    # Hämeenlinna's own figures are compared under the same rule: 3 of 4 enrolled is "< 5".
    assert str(comparison.enrolled.shown_count) == "< 5"
    html = response.content.decode()
    assert "Espoolainen" not in html and "Toinen" not in html
    assert "(6 people)" not in html and ">5<" not in html.replace(" ", "")


def test_network_figures_are_shown_once_every_member_has_five_or_none(client, world):
    for place, lessons in ((world["a"], world["lessons"]), (world["b"], [])):
        for n in range(5):
            progress(make_person(place, Role.COUNCILLOR, last_name=f"Lisä {n}"), world["course"], lessons)
    response = dashboard_for(client, world)
    comparison = response.context["comparison"]
    # Hämeenlinna 9 people, 8 enrolled, 6 completed; Espoo 6 people, 6 enrolled, none completed.
    assert not response.context["figures"].network_people_withheld
    assert (comparison.network_enrolled.shown_count, comparison.network_enrolled.shown_percent) == (14, 93)
    assert (comparison.network_completed.shown_count, comparison.network_completed.shown_percent) == (6, 40)
    assert "(15 people)" in response.content.decode()


def test_bad_filters_are_reported_and_the_defaults_used(client, world):
    response = dashboard_for(client, world, course="999", role="king", status="not_started")
    html = response.content.decode()
    assert 'role="alert"' in html
    assert response.context["course"].id == world["course"].id
    assert response.context["role"] == ""
    assert [row.name for row in response.context["rows"]] == ["Åström Saara"]


def test_sections_registered_by_other_apps_are_rendered(client, world, monkeypatch, tmp_path, settings):
    monkeypatch.setattr(dashboard, "_sections", {})
    template_dir = tmp_path / "templates"
    (template_dir / "extra").mkdir(parents=True)
    (template_dir / "extra" / "section.html").write_text("<section><h2>Lisäosio {{ place }}</h2></section>")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], template_dir]}]
    register_dashboard_section(
        DashboardSection(
            key="extra",
            template="extra/section.html",
            context=lambda municipality, user, request: {"place": municipality.name_fi},
        )
    )
    assert "Lisäosio Hämeenlinna" in dashboard_for(client, world).content.decode()


def test_dashboard_page_is_accessible_markup(client, world):
    html = dashboard_for(client, world).content.decode()
    assert html.count("<caption") >= 4
    assert 'scope="col"' in html and 'scope="row"' in html
    # Nothing inline, as the Content-Security-Policy requires; the chart is plain HTML and SVG, and the only
    # scripts are the site-wide phone menu and table regions, from static files.
    assert 'style="' not in html
    assert re.findall(r"<script[^>]*>", html) == [
        '<script src="/static/js/menu.js">',
        '<script src="/static/js/regions.js" defer>',
    ]
