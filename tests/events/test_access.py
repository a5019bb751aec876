"""Who may see what: every events view, for each role around an event of Hämeenlinna."""

import pytest
from django.urls import reverse

from events.models import Registration
from tests.i18n import tr

from .builders import make_event, make_leader

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "learner_a", "learner_b", "leader", "trainer", "other_trainer", "coordinator"]

# learner_a lives in Hämeenlinna, learner_b in Porvoo; the leader leads Hämeenlinna; the trainer trains this
# event; the other trainer is in the trainers' group but not of this event. 302 = sent to log in.
EXPECTED = {
    "page": [302, 200, 404, 200, 200, 200, 200],
    "event_ics": [404, 200, 404, 200, 200, 200, 200],
    "roster": [302, 403, 404, 403, 200, 403, 200],
    "attendance_import": [302, 403, 404, 403, 200, 403, 200],
    "feedback_results": [302, 403, 404, 200, 200, 403, 200],
    "my_events": [302, 200, 200, 200, 200, 200, 200],
}


def url_of(view, event):
    if view == "page":
        return event.url
    if view == "my_events":
        return reverse("events:my_events")
    return reverse(f"events:{view}", args=[event.pk])


@pytest.mark.parametrize("view", EXPECTED)
def test_each_view_answers_each_role(client, people, event, view):
    got = []
    for role in ROLES:
        client.logout()
        if role != "anonymous":
            client.force_login(people[role])
        got.append(client.get(url_of(view, event)).status_code)

    assert got == EXPECTED[view]


def test_superuser_is_an_organiser_of_every_event(client, event, django_user_model):
    admin = django_user_model.objects.create_superuser(email="admin@example.fi", password="x" * 12)
    client.force_login(admin)

    assert client.get(reverse("events:roster", args=[event.pk])).status_code == 200


def test_needs_notes_are_seen_only_by_the_events_own_trainers(client, people, event):
    client.force_login(people["learner_a"])
    client.post(reverse("events:register", args=[event.pk]), {"needs": "Pähkinäallergia"})
    assert "Pähkinäallergia" in client.get(event.url).content.decode()  # their own note

    for role in ("leader", "other_trainer", "learner_b", "coordinator"):
        client.force_login(people[role])
        for url in (event.url, reverse("events:roster", args=[event.pk])):
            assert "Pähkinäallergia" not in client.get(url).content.decode(), role
    # Only the event's own trainers read the needs (the coordinator organises but does not: test_needs_notes.py).
    client.force_login(people["trainer"])
    assert "Pähkinäallergia" in client.get(reverse("events:roster", args=[event.pk])).content.decode()


def test_roster_post_with_another_events_registration_is_404(client, people, event, index, hameenlinna):
    import datetime

    started = make_event(
        index,
        municipality=hameenlinna,
        trainers=[people["trainer"]],
        starts_at=datetime.datetime.now(datetime.UTC) - datetime.timedelta(hours=1),
    )
    foreign = Registration.objects.create(
        event=event,
        user=people["learner_a"],
        status="registered",
        queued_at=event.starts_at,
        status_changed_at=event.starts_at,
    )
    client.force_login(people["trainer"])

    response = client.post(reverse("events:roster", args=[started.pk]), {"registration": foreign.pk, "attended": "yes"})

    assert tr("This person has no registration for the event.") in response.content.decode()
    foreign.refresh_from_db()
    assert foreign.attended is None


def test_calendar_shows_each_person_the_events_open_to_them(client, people, index, hameenlinna, porvoo):
    make_event(index, municipality=hameenlinna, title="Hämeenlinnan työpaja")
    make_event(index, municipality=porvoo, title="Porvoon seminaari")
    make_event(index, title="Verkoston yhteisseminaari")
    expected = {
        "anonymous": {"Verkoston yhteisseminaari"},
        "learner_a": {"Verkoston yhteisseminaari", "Hämeenlinnan työpaja"},
        "learner_b": {"Verkoston yhteisseminaari", "Porvoon seminaari"},
        "leader": {"Hämeenlinnan työpaja"},  # a leader with no municipality of their own
        "other_trainer": {"Verkoston yhteisseminaari", "Hämeenlinnan työpaja", "Porvoon seminaari"},
    }
    titles = {"Hämeenlinnan työpaja", "Porvoon seminaari", "Verkoston yhteisseminaari"}
    for role, visible in expected.items():
        client.logout()
        if role != "anonymous":
            client.force_login(people[role])
        page = client.get(index.url).content.decode()
        assert {title for title in titles if title in page} == visible, role


def test_calendar_filters_by_kind_and_municipality(client, people, index, hameenlinna):
    make_event(index, municipality=hameenlinna, title="Hämeenlinnan työpaja", kind="strategy_workshop")
    make_event(index, title="Verkoston yhteisseminaari", kind="joint_seminar")
    client.force_login(people["learner_a"])

    by_kind = client.get(index.url, {"kind": "joint_seminar"}).content.decode()
    by_place = client.get(index.url, {"municipality": "109"}).content.decode()
    network = client.get(index.url, {"municipality": "network"}).content.decode()
    nonsense = client.get(index.url, {"municipality": "999", "kind": "<script>"})

    assert "Verkoston yhteisseminaari" in by_kind and "Hämeenlinnan työpaja" not in by_kind
    assert "Hämeenlinnan työpaja" in by_place and "Verkoston yhteisseminaari" not in by_place
    assert "Verkoston yhteisseminaari" in network and "Hämeenlinnan työpaja" not in network
    assert nonsense.status_code == 200 and "Hämeenlinnan työpaja" in nonsense.content.decode()


def test_a_trainer_can_author_events_in_the_admin(client, index, event):
    from courses.setup import trainers_group_ensure
    from tests.builders import make_index

    trainers_group_ensure(course_index=make_index())  # the trainers' admin access, as setup_site gives it
    from .builders import make_trainer

    client.force_login(make_trainer())

    add = client.get(reverse("wagtailadmin_pages:add", args=["events", "eventpage", index.pk]))
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[event.pk]))

    assert add.status_code == 200 and edit.status_code == 200
    assert "linked_page" in edit.content.decode() and "trainers-TOTAL_FORMS" in edit.content.decode()


def test_the_networks_events_are_for_the_municipalities_that_are_members_today(client, index, hameenlinna):
    """Membership has dates: a municipality that joins tomorrow, or left yesterday, is not a member today; one
    that leaves tomorrow still is. Its people see, and may open, the network's joint events only while it is;
    a visitor who is not signed in reads them as the public programme."""
    import datetime

    from django.utils import timezone

    from municipalities.models import Network, NetworkMembership
    from tests.builders import ESPOO, NETWORK_SLUG, UTSJOKI, make_user, municipality

    today = timezone.localdate()
    network = Network.objects.get(slug=NETWORK_SLUG)
    day = datetime.timedelta(days=1)
    dates = {ESPOO: (today + day, None), UTSJOKI: ("2021-08-01", today - day), "091": ("2021-08-01", today + day)}
    for code, (joined_on, left_on) in dates.items():
        NetworkMembership.objects.create(
            network=network, municipality=municipality(code), joined_on=joined_on, left_on=left_on
        )
    joint = make_event(index, title="Verkoston yhteisseminaari")
    sees = {"109": True, ESPOO: False, UTSJOKI: False, "091": True}

    for code, expected in sees.items():
        client.force_login(make_user(municipality=municipality(code)))
        calendar = client.get(index.url).content.decode()
        assert ("Verkoston yhteisseminaari" in calendar) is expected, code
        assert client.get(joint.url).status_code == (200 if expected else 404), code
    client.logout()
    assert client.get(joint.url).status_code == 200  # the public programme: anyone may read it


def test_a_leader_who_lives_elsewhere_sees_both_their_own_and_the_led_municipalitys_events(
    client, index, hameenlinna, porvoo
):
    """The calendar adds the leader's own municipality (and, as it is a member, the network's events) to the
    municipalities they lead; neither replaces the other."""
    from tests.builders import UTSJOKI, municipality

    make_event(index, municipality=hameenlinna, title="Hämeenlinnan työpaja")
    make_event(index, municipality=porvoo, title="Porvoon seminaari")
    make_event(index, municipality=municipality(UTSJOKI), title="Utsjoen kokous")
    make_event(index, title="Verkoston yhteisseminaari")
    client.force_login(make_leader(hameenlinna, municipality=porvoo))

    page = client.get(index.url).content.decode()

    titles = {"Hämeenlinnan työpaja", "Porvoon seminaari", "Utsjoen kokous", "Verkoston yhteisseminaari"}
    assert {title for title in titles if title in page} == titles - {"Utsjoen kokous"}
