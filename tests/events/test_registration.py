"""Registration rules, through the event pages: deadline, seats, waiting list, audience, twice."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from events.models import Registration
from tests.builders import make_user
from tests.i18n import tr

from .builders import make_event, shift_event

pytestmark = pytest.mark.django_db

Status = Registration.Status


def register(client, user, event, **data):
    client.force_login(user)
    return client.post(reverse("events:register", args=[event.pk]), data)


def cancel(client, user, event):
    client.force_login(user)
    return client.post(reverse("events:cancel", args=[event.pk]))


def statuses(event):
    return list(
        Registration.objects.filter(event=event).order_by("queued_at", "id").values_list("user__email", "status")
    )


def test_learner_registers_for_an_event_of_their_municipality(client, event, hameenlinna):
    learner = make_user(municipality=hameenlinna)

    response = register(client, learner, event, needs="Gluteeniton ruokavalio")

    assert response.status_code == 302
    registration = Registration.objects.get(event=event, user=learner)
    assert registration.status == Status.REGISTERED
    assert registration.needs == "Gluteeniton ruokavalio"
    page = client.get(event.url).content.decode()
    assert tr("You are registered for this event.") in page


def test_registering_after_the_deadline_is_refused_and_changes_nothing(client, index, hameenlinna):
    event = make_event(
        index, municipality=hameenlinna, registration_deadline=timezone.now() - datetime.timedelta(hours=1)
    )
    learner = make_user(municipality=hameenlinna)

    response = register(client, learner, event, needs="Pyörätuoli")

    assert response.status_code == 409
    assert tr("Registration for this event has closed.") in response.content.decode()
    assert "Pyörätuoli" in response.content.decode()  # what they typed is still in the form
    assert not Registration.objects.filter(event=event).exists()


def test_registering_twice_is_refused(client, event, hameenlinna):
    learner = make_user(municipality=hameenlinna)
    register(client, learner, event, needs="Ensimmäinen")

    response = register(client, learner, event, needs="Toinen")

    assert response.status_code == 409
    assert tr("You are already registered for this event.") in response.content.decode()
    assert Registration.objects.get(event=event, user=learner).needs == "Ensimmäinen"


def test_an_event_of_another_municipality_is_refused(client, event, porvoo):
    outsider = make_user(municipality=porvoo)

    response = register(client, outsider, event)

    assert response.status_code == 404  # they cannot even see it
    assert not Registration.objects.filter(event=event).exists()


def test_a_leader_who_sees_the_event_still_cannot_register_for_another_municipality(client, event, porvoo, hameenlinna):
    from .builders import make_leader

    leader = make_leader(hameenlinna, municipality=porvoo)

    response = register(client, leader, event)

    assert response.status_code == 409
    only_for = tr("This event is only for the people of %(municipality)s.", municipality="Hämeenlinna")
    assert only_for in response.content.decode()
    assert not Registration.objects.filter(event=event).exists()


def test_a_network_event_is_only_for_member_municipalities(client, network_event, hameenlinna):
    from municipalities.models import Municipality

    non_member = make_user(municipality=Municipality.objects.get(code="091"))
    member = make_user(municipality=hameenlinna)

    assert register(client, non_member, network_event).status_code == 404
    assert register(client, member, network_event).status_code == 302
    assert statuses(network_event) == [(member.email, Status.REGISTERED)]


def test_a_full_event_without_waiting_list_is_refused(client, index, hameenlinna):
    event = make_event(index, municipality=hameenlinna, capacity=1, waiting_list_enabled=False)
    first, second = make_user(municipality=hameenlinna), make_user(municipality=hameenlinna)
    register(client, first, event)

    response = register(client, second, event)

    assert response.status_code == 409
    assert tr("This event is full and has no waiting list.") in response.content.decode()
    assert statuses(event) == [(first.email, Status.REGISTERED)]


def test_waiting_list_keeps_its_order_and_moves_up_on_cancel(client, index, hameenlinna):
    event = make_event(index, municipality=hameenlinna, capacity=2)
    a, b, c, d, e = (make_user(municipality=hameenlinna) for _ in range(5))
    for person in (a, b, c, d, e):
        assert register(client, person, event).status_code == 302
    assert [s for _email, s in statuses(event)] == [Status.REGISTERED] * 2 + [Status.WAITLISTED] * 3
    page = client.get(event.url).content.decode()  # e is logged in
    assert tr("You are on the waiting list, number %(position)s.", position=3) in page

    cancel(client, a, event)

    by_user = dict(Registration.objects.filter(event=event).values_list("user_id", "status"))
    assert by_user == {
        a.id: Status.CANCELLED,
        b.id: Status.REGISTERED,
        c.id: Status.REGISTERED,
        d.id: Status.WAITLISTED,
        e.id: Status.WAITLISTED,
    }
    # A person leaving the waiting list does not change the order of those behind them.
    cancel(client, d, event)
    cancel(client, b, event)
    assert Registration.objects.get(event=event, user=e).status == Status.REGISTERED


def test_registering_again_after_cancelling_goes_to_the_end_of_the_queue(client, index, hameenlinna):
    event = make_event(index, municipality=hameenlinna, capacity=1)
    a, b, c = (make_user(municipality=hameenlinna) for _ in range(3))
    register(client, a, event)
    register(client, b, event)
    cancel(client, b, event)
    register(client, c, event)
    register(client, b, event)

    cancel(client, a, event)

    assert Registration.objects.get(event=event, user=c).status == Status.REGISTERED
    assert Registration.objects.get(event=event, user=b).status == Status.WAITLISTED


def test_raising_the_capacity_serves_the_waiting_list_before_newcomers(client, index, hameenlinna):
    event = make_event(index, municipality=hameenlinna, capacity=1)
    a, b, c = (make_user(municipality=hameenlinna) for _ in range(3))
    register(client, a, event)
    register(client, b, event)
    type(event).objects.filter(pk=event.pk).update(capacity=2)

    register(client, c, event)

    assert Registration.objects.get(event=event, user=b).status == Status.REGISTERED
    assert Registration.objects.get(event=event, user=c).status == Status.WAITLISTED


def test_cancelling_after_the_start_is_refused(client, event, hameenlinna):
    learner = make_user(municipality=hameenlinna)
    register(client, learner, event)
    event = shift_event(event, days=-7.5)

    response = cancel(client, learner, event)

    assert response.status_code == 409
    too_late = tr("The event has already started, so the registration can no longer be cancelled.")
    assert too_late in response.content.decode()
    assert Registration.objects.get(event=event, user=learner).status == Status.REGISTERED


def test_cancelling_without_a_registration_is_refused(client, event, hameenlinna):
    response = cancel(client, make_user(municipality=hameenlinna), event)

    assert response.status_code == 409
    assert tr("You have no registration for this event to cancel.") in response.content.decode()


def test_an_overlong_note_is_refused_with_the_text_kept(client, event, hameenlinna):
    learner = make_user(municipality=hameenlinna)

    response = register(client, learner, event, needs="x" * 1001)

    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert not Registration.objects.filter(event=event).exists()


def test_registering_needs_a_login(client, event):
    response = client.post(reverse("events:register", args=[event.pk]))

    assert response.status_code == 302
    assert reverse("accounts:login") in response["Location"]
    assert not Registration.objects.exists()


def test_the_online_link_is_shown_only_to_registered_participants(client, network_event, hameenlinna):
    waiting_event = network_event
    learner = make_user(municipality=hameenlinna)
    client.force_login(learner)
    link = "https://example.fi/etä?id=1"

    assert link not in client.get(waiting_event.url).content.decode()
    client.logout()
    assert link not in client.get(waiting_event.url).content.decode()

    register(client, learner, waiting_event)
    assert link in client.get(waiting_event.url).content.decode()
    ics = client.get(reverse("events:event_ics", args=[waiting_event.pk])).content.decode()
    assert "https://example.fi/etä?id=1" in ics.replace("\r\n ", "")


def test_waitlisted_people_do_not_see_the_online_link(client, index, hameenlinna):
    event = make_event(index, municipality=hameenlinna, capacity=1, online_url="https://example.fi/salainen")
    first, second = make_user(municipality=hameenlinna), make_user(municipality=hameenlinna)
    register(client, first, event)
    register(client, second, event)

    assert "https://example.fi/salainen" not in client.get(event.url).content.decode()
    ics = client.get(reverse("events:event_ics", args=[event.pk])).content.decode()
    assert "salainen" not in ics.replace("\r\n ", "")
