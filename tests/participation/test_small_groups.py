"""The small-group rule: wherever municipalities are compared, a figure from fewer than five people is
"< 5", its percentage is left out, and sorting does not reveal how hidden figures compare."""

import pytest
from django.urls import reverse

from municipalities.models import Role
from participation.small_groups import compared
from tests.builders import make_course_tree
from tests.participation.builders import join_network, make_coordinator, make_person, municipality, progress

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


def test_sorting_by_any_column_puts_shown_figures_in_order_and_hidden_ones_together(client, world):
    # Besides the world's Hämeenlinna (4 people: every figure hidden) and Espoo (1 person): Helsinki 7 people,
    # 6 enrolled (86 %); Vantaa 20 people, 5 enrolled (25 %); Turku 5 people, none enrolled (0 %, shown: zero
    # singles out nobody).
    members = {"091": (7, 6), "092": (20, 5), "853": (5, 0)}
    join_network(*members)
    for code, (people, enrolled) in members.items():
        for n in range(people):
            person = make_person(municipality(code), Role.COUNCILLOR)
            if n < enrolled:
                progress(person, world["course"])
    client.force_login(world["users"]["coordinator"])

    def order(sort):
        rows = client.get(reverse("participation:network"), {"sort": sort}).context["overview"]["rows"]
        return [row.name for row in rows]

    hidden = ["Espoo", "Hämeenlinna"]  # always side by side, in the order of their names
    # A hidden figure sorts below every shown one, zero included, whatever its real value.
    assert order("-participation") == ["Helsinki", "Vantaa", "Turku", *hidden]
    assert order("participation") == [*hidden, "Turku", "Vantaa", "Helsinki"]
    assert order("-enrolled") == ["Helsinki", "Vantaa", "Turku", *hidden]
    assert order("enrolled") == [*hidden, "Turku", "Vantaa", "Helsinki"]
    assert order("-people") == ["Vantaa", "Helsinki", "Turku", *hidden]


def test_a_total_s_percentage_is_withheld_when_its_group_total_hides_a_small_member(client):
    # Helsinki: 10 people, 5 of them enrolled. Turku: 3 people, none enrolled. Each enrolled count is 0 or at
    # least 5, so the network's enrolled total (5) hides nothing and is shown. The people total (13) is withheld,
    # since Turku's 3 is small: were the enrolled total's percentage shown (38 %), 5 / 38 % would give 13 back,
    # and 13 minus Helsinki's 10 is Turku's hidden 3.
    join_network("091", "853")
    course, _lessons = make_course_tree(modules=1, lessons=2)
    for code, people, enrolled in (("091", 10, 5), ("853", 3, 0)):
        for n in range(people):
            person = make_person(municipality(code), Role.COUNCILLOR)
            if n < enrolled:
                progress(person, course)
    client.force_login(make_coordinator())

    total = client.get(reverse("participation:network")).context["overview"]["total"]

    assert str(total.people.shown_count) != "13"
    assert total.enrolled.shown_count == 5
    assert total.enrolled.shown_percent is None
    assert total.completed.shown_percent is None  # 0 of a withheld 13
