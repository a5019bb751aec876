"""The small-group rule: wherever municipalities are compared, a figure from fewer than five people is
"< 5", its percentage is left out, and sorting does not reveal how hidden figures compare."""

import pytest
from django.urls import reverse

from municipalities.models import Role
from participation.small_groups import compared
from tests.participation.builders import join_network, make_person, municipality, progress

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("count", "group", "shown_count", "shown_percent"),
    [
        (0, 40, 0, 0),  # zero singles out nobody
        (1, 40, "< 5", None),
        (4, 40, "< 5", None),
        (5, 40, 5, 12),
        (5, 5, 5, 100),
        (0, 4, 0, None),  # a share of fewer than five people is left out even when nobody is in it
        (40, 40, 40, 100),
    ],
)
def test_the_rule(count, group, shown_count, shown_percent):
    figure = compared(count, group)
    assert str(figure.shown_count) == str(shown_count)
    assert figure.shown_percent == shown_percent


def test_network_overview_hides_small_figures_and_sorts_them_last(client, world):
    join_network("091")
    helsinki = municipality("091")
    for n in range(6):
        person = make_person(helsinki, Role.COUNCILLOR)
        if n < 5:
            progress(person, world["course"])
    client.force_login(world["users"]["coordinator"])

    response = client.get(reverse("participation:network"), {"sort": "-participation"})
    rows = response.context["overview"]["rows"]
    assert [row.name for row in rows] == ["Helsinki", "Espoo", "Hämeenlinna"]
    helsinki_row = rows[0]
    assert (helsinki_row.people.shown_count, helsinki_row.enrolled.shown_count) == (6, 5)
    assert helsinki_row.enrolled.shown_percent == 83
    assert helsinki_row.completed.shown_count == 0 and helsinki_row.completed.shown_percent == 0
    hameenlinna = rows[2]  # 4 people, 3 enrolled, 1 completed
    assert (str(hameenlinna.people.shown_count), str(hameenlinna.enrolled.shown_count)) == ("< 5", "< 5")
    assert hameenlinna.enrolled.shown_percent is None
    html = response.content.decode()
    assert "&lt; 5" in html
    assert "75 %" not in html  # Hämeenlinna's 3 of 4 is never shown

    ascending = client.get(reverse("participation:network"), {"sort": "participation"}).context["overview"]["rows"]
    assert [row.name for row in ascending] == ["Espoo", "Hämeenlinna", "Helsinki"]


def test_unknown_sort_falls_back_to_names(client, world):
    client.force_login(world["users"]["coordinator"])
    response = client.get(reverse("participation:network"), {"sort": "-password"})
    assert [row.name for row in response.context["overview"]["rows"]] == ["Espoo", "Hämeenlinna"]
    assert 'aria-sort="ascending"' in response.content.decode()
