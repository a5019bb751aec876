"""The demo has two municipalities' supplements (Hämeenlinna in Finnish, bilingual Porvoo in Swedish), a
workshop requirement, and Hämeenlinna's leadership pair part-way through its pathway; loading twice changes
nothing."""

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from events.models import EventKind, EventPage, WorkshopRequirement
from pairs.models import PairTaskMark
from supplements.models import LocalLessonPage, LocalSupplementPage
from supplements.selectors import folders

pytestmark = pytest.mark.django_db


def test_demo_supplements_workshops_and_pair():
    call_command("load_demo", verbosity=0)
    counts = (
        LocalSupplementPage.objects.count(),
        LocalLessonPage.objects.count(),
        PairTaskMark.objects.count(),
        WorkshopRequirement.objects.count(),
    )
    call_command("load_demo", verbosity=0)
    assert counts == (
        LocalSupplementPage.objects.count(),
        LocalLessonPage.objects.count(),
        PairTaskMark.objects.count(),
        WorkshopRequirement.objects.count(),
    )
    languages = dict(
        LocalSupplementPage.objects.filter(path__startswith=folders().first().path[:8])
        .filter(locale__language_code="fi")
        .values_list("slug", "language")
    )
    assert languages == {"hameenlinna-perehdytys": "fi", "borga-introduktion": "sv"}
    kinds = set(EventPage.objects.values_list("kind", flat=True))
    assert {EventKind.ORIENTATION_SEMINAR, EventKind.STRATEGY_WORKSHOP, EventKind.JOINT_SEMINAR} <= kinds

    client = Client()
    client.login(username="valtuustonpj@example.fi", password="Valtuusto2021!")
    page = client.get(reverse("pairs:space"))
    assert page.status_code == 200
    [state] = page.context["pathways"]
    assert 0 < state.done < state.total  # part-way
    # One chair of the council and one of the board (the roster's other chairs serve as vice chairs).
    html = page.content.decode()
    assert html.count("(Valtuuston puheenjohtaja)") == 1 and html.count("(Kunnanhallituksen puheenjohtaja)") == 1

    client.login(username="valtuutettu@example.fi", password="Valtuusto2021!")
    hameenlinna = LocalSupplementPage.objects.get(slug="hameenlinna-perehdytys", locale__language_code="fi")
    porvoo = LocalSupplementPage.objects.get(slug="borga-introduktion", locale__language_code="fi")
    assert client.get(hameenlinna.url).status_code == 200
    assert client.get(porvoo.url).status_code == 404
