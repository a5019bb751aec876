"""Issue 18 on the dashboards: figures at a glance and a trend with its table first; the network ranked, not
alphabetical; wide tables in labelled regions a keyboard reaches."""

import datetime

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone, translation

from courses.models import Enrolment

from .test_dashboard import dashboard_for

pytestmark = pytest.mark.django_db


def test_dashboard_opens_with_figures_and_a_monthly_trend_with_its_table(client, world):
    # Hämeenlinna: Aino completed and Pekka started; move their dates to September and October.
    aino, pekka = world["people"]["aino"], world["people"]["pekka"]
    september = timezone.make_aware(datetime.datetime(2025, 9, 15, 12))
    october = timezone.make_aware(datetime.datetime(2025, 10, 2, 12))
    Enrolment.objects.filter(user=aino).update(started_at=september, completed_at=october)
    Enrolment.objects.filter(user=pekka).update(started_at=october)

    with time_machine.travel(datetime.datetime(2025, 11, 20, 12), tick=False):
        response = dashboard_for(client, world)

    trend = response.context["trend"]
    assert [(p.month.month, p.started, p.completed) for p in trend["points"]] == [(9, 1, 0), (10, 2, 1)]
    page = response.content.decode()
    glance = page.index('id="glance-heading"')
    assert glance < page.index('id="courses-heading"')  # figures before the tables
    assert '<table class="participation-table">' in page[glance : page.index('id="courses-heading"')]
    assert "50 %" in page[glance:]  # the axis in per cent of the municipality's 4 people, not counts
    assert 'role="region" tabindex="0" aria-labelledby="trend-table-caption"' in page


def test_network_overview_is_ranked_by_completion_rate_unless_sorted(client, world):
    client.force_login(world["users"]["coordinator"])

    response = client.get(reverse("participation:network"))

    assert response.context["overview"]["sort_column"] == "completion"
    assert response.context["overview"]["descending"] is True
    page = response.content.decode()
    assert 'aria-sort="descending"' in page
    assert 'class="participation-table participation-network table-cards"' in page
    assert 'data-label="' in page
    by_name = client.get(reverse("participation:network"), {"sort": "name"}).context["overview"]
    assert by_name["sort_column"] == "name"


def test_participant_export_carries_the_email_to_tell_namesakes_apart(client, world):
    from .test_exports import download, read_csv

    _response, data = download(client, world, "participants_export", [world["a"].code, "csv"])
    rows = read_csv(data)

    assert rows[0][-1] == "Email"
    emails = {row[-1] for row in rows[1:]}
    assert world["people"]["aino"].email in emails and world["people"]["pekka"].email in emails


def test_dashboard_charts_participation_by_course_with_the_course_table_as_its_equivalent(client, world):
    # Hämeenlinna's 4 people: Aino completed, Pekka started, Saara enrolled only, Ville not enrolled.
    page = dashboard_for(client, world).content.decode()

    courses = page.index('id="courses-heading"')
    chart = page.index('id="courses-chart-caption"')
    table = page.index('id="courses-table"')
    assert courses < chart < table  # the chart opens the section, the course table follows it
    bars = page[chart:table]
    assert world["course"].title in bars
    assert "75 % enrolled, 50 % started, 25 % completed" in bars
    # Three layers, widths unlocalised; the figure text above says the same, so the SVG stays hidden.
    assert '<rect class="participation-bar-enrolled" x="0" y="0" width="75"' in bars
    assert '<rect class="participation-bar-started" x="0" y="0" width="50"' in bars
    assert '<rect class="participation-bar-value" x="0" y="0" width="25"' in bars
    assert 'aria-hidden="true"' in bars
    assert 'href="#courses-table"' in bars  # "Show the figures as a table"
    assert 'role="region" tabindex="0" aria-labelledby="municipality-table-1"' in page[table:]


def test_course_chart_is_translated(client, world):
    client.force_login(world["users"]["leader_a"])
    with translation.override("fi"):
        finnish = client.get(reverse("participation:municipality", args=[world["a"].code])).content.decode()
    with translation.override("sv"):
        swedish = client.get(reverse("participation:municipality", args=[world["a"].code])).content.decode()

    assert "75 % ilmoittautunut, 50 % aloittanut, 25 % suorittanut" in finnish
    assert "Näytä luvut taulukkona" in finnish
    assert "75 % har anmält sig, 50 % har påbörjat, 25 % har slutfört" in swedish
