"""Hostile and mistaken query parameters: a 400 that names the parameter, never a 5xx, never another
term's figures."""

import pytest
from django.urls import reverse

from municipalities.terms import current_term

pytestmark = pytest.mark.django_db


def _paths(world):
    a, course = world["a"].code, world["course"].id
    return [
        reverse("api:courses"),
        reverse("api:municipality_figures", args=[a]),
        reverse("api:participants", args=[a, course]),
    ]


@pytest.mark.parametrize("term", ["abc", "0", "-1", "1999–2003", "' OR 1=1 --", "9" * 40])
def test_unknown_term_is_400_with_a_message(world, keys, api, term):
    for path in _paths(world):
        response = api(keys["leader_a"]).get(path, {"term": term})
        assert response.status_code == 400, (path, response.content)
        assert "term" in response.json()


def test_control_characters_are_refused_before_the_api(world, keys, api):
    # The site-wide middleware refuses them (home/middleware.py), for the API as for every page.
    response = api(keys["leader_a"]).get(reverse("api:courses"), {"term": "2025–2029\x00"})
    assert response.status_code == 400


@pytest.mark.parametrize(
    "value", ["garbage", "2026-13-45", "2026-02-30T10:00", "yesterday", "1" * 300, "2026-01-01T25:00"]
)
def test_unreadable_updated_since_is_400_with_a_message(world, keys, api, value):
    path = reverse("api:participants", args=[world["a"].code, world["course"].id])
    response = api(keys["leader_a"]).get(path, {"updated_since": value})
    assert response.status_code == 400
    assert "ISO 8601" in response.json()["updated_since"][0]


def test_unknown_status_is_400(world, keys, api):
    path = reverse("api:participants", args=[world["a"].code, world["course"].id])
    response = api(keys["leader_a"]).get(path, {"status": "hacked"})
    assert response.status_code == 400
    assert "status" in response.json()


def test_unknown_course_and_page_are_404(world, keys, api):
    client = api(keys["leader_a"])
    assert client.get(reverse("api:participants", args=[world["a"].code, 999999])).status_code == 404
    assert client.get(reverse("api:terms"), {"page": "999"}).status_code == 404
    assert client.get(reverse("api:terms"), {"page": "abc"}).status_code == 404


def test_term_by_id_or_name_reads_the_same(world, keys, api):
    term = current_term()
    path = reverse("api:municipality_figures", args=[world["a"].code])
    by_id = api(keys["leader_a"]).get(path, {"term": term.pk}).json()
    by_name = api(keys["leader_a"]).get(path, {"term": term.name}).json()
    assert by_id == by_name
    assert by_id["term"] == term.pk


def test_updated_since_keeps_only_people_active_since(world, keys, api, time_machine):
    import datetime

    from django.utils import timezone

    from courses import services

    path = reverse("api:participants", args=[world["a"].code, world["course"].id])
    later = timezone.localtime() + datetime.timedelta(days=3)
    time_machine.move_to(later)
    services.lesson_mark_done(user=world["people"]["pekka"], lesson=world["lessons"][1])
    body = api(keys["leader_a"]).get(path, {"updated_since": later.date().isoformat()}).json()
    assert [row["name"] for row in body["results"]] == ["Öhman Pekka"]
    tomorrow = (later + datetime.timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    assert api(keys["leader_a"]).get(path, {"updated_since": tomorrow.isoformat()}).json()["results"] == []


def test_participant_pages_follow_next_links_and_cover_everyone_once(world, keys, api):
    client = api(keys["leader_a"])
    path = reverse("api:participants", args=[world["a"].code, world["course"].id])
    body = client.get(path, {"page_size": "3"}).json()
    seen = [row["id"] for row in body["results"]]
    assert len(seen) == 3 and body["next"]
    body = client.get(body["next"]).json()
    seen += [row["id"] for row in body["results"]]
    assert body["next"] is None
    assert sorted(seen) == seen and len(set(seen)) == 4
    assert len(client.get(path, {"page_size": "100000"}).json()["results"]) == 4
    assert client.get(path, {"cursor": "garbage"}).status_code == 404


def test_short_lists_are_numbered_pages_with_a_count(world, keys, api):
    body = api(keys["coordinator"]).get(reverse("api:municipalities"), {"page_size": "1"}).json()
    assert body["count"] == 2 and len(body["results"]) == 1 and body["next"]
