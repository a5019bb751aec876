"""Feedback after the event: once per person, stored without names, read only as a summary."""

import pytest
from django.urls import reverse

from events.models import FeedbackAnswer, FeedbackGiven, Registration
from tests.builders import make_user
from tests.i18n import decimal, ntr, tr

from .builders import make_event, shift_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def past_event(index, hameenlinna, trainer):
    event = make_event(index, municipality=hameenlinna, trainers=[trainer])
    return shift_event(event, days=-10)


def take_part(event, person, attended=True):
    return Registration.objects.create(
        event=event,
        user=person,
        status="registered",
        queued_at=event.starts_at,
        status_changed_at=event.starts_at,
        attended=attended,
    )


def test_participant_gives_feedback_once(client, past_event, hameenlinna):
    person = make_user(municipality=hameenlinna)
    take_part(past_event, person)
    client.force_login(person)
    url = reverse("events:feedback", args=[past_event.pk])
    assert tr("Give feedback on the event") in client.get(past_event.url).content.decode()

    response = client.post(url, {"rating": "4", "comment": "Hyvä päivä."})
    again = client.post(url, {"rating": "1", "comment": "Toinen yritys"})

    assert response.status_code == 302 and again.status_code == 302
    assert list(FeedbackAnswer.objects.values_list("rating", "comment")) == [(4, "Hyvä päivä.")]
    assert FeedbackGiven.objects.filter(event=past_event, user=person).count() == 1


def test_answers_carry_no_link_to_the_person():
    fields = {field.name for field in FeedbackAnswer._meta.get_fields()}

    assert fields == {"id", "event", "rating", "comment"}


def test_feedback_is_not_open_before_the_event_ends(client, event, hameenlinna):
    person = make_user(municipality=hameenlinna)
    take_part(event, person, attended=None)
    client.force_login(person)

    response = client.post(reverse("events:feedback", args=[event.pk]), {"rating": "5"})

    assert response.status_code == 403
    assert not FeedbackAnswer.objects.exists()


def test_people_marked_absent_or_not_registered_cannot_give_feedback(client, past_event, hameenlinna):
    absent = make_user(municipality=hameenlinna)
    take_part(past_event, absent, attended=False)
    stranger = make_user(municipality=hameenlinna)

    for person in (absent, stranger):
        client.force_login(person)
        assert client.post(reverse("events:feedback", args=[past_event.pk]), {"rating": "5"}).status_code == 403
    assert not FeedbackAnswer.objects.exists()


def test_a_rating_outside_one_to_five_is_refused_with_the_comment_kept(client, past_event, hameenlinna):
    person = make_user(municipality=hameenlinna)
    take_part(past_event, person)
    client.force_login(person)

    response = client.post(reverse("events:feedback", args=[past_event.pk]), {"rating": "9", "comment": "Pidän tästä"})

    assert response.status_code == 400
    assert "Pidän tästä" in response.content.decode()
    assert not FeedbackAnswer.objects.exists() and not FeedbackGiven.objects.exists()


def answer(client, event, municipality, rating, comment):
    person = make_user(municipality=municipality, first_name="Nimetön", last_name=f"Vastaaja{rating}")
    take_part(event, person)
    client.force_login(person)
    client.post(reverse("events:feedback", args=[event.pk]), {"rating": rating, "comment": comment})


ANSWERS = [("5", "Erinomainen"), ("4", ""), ("2", "Liian pitkä"), ("4", "Hyvät puhujat"), ("3", "Kahvi loppui")]


def test_results_are_aggregated_without_names(client, past_event, hameenlinna, people):
    for rating, comment in ANSWERS:
        answer(client, past_event, hameenlinna, rating, comment)

    average = ntr(
        "Average %(average)s / 5 from %(counter)s answer",
        "Average %(average)s / 5 from %(counter)s answers",
        5,
        average=decimal(18 / 5, 1),
        counter=5,
    )
    for role in ("trainer", "leader", "coordinator"):
        client.force_login(people[role])
        page = client.get(reverse("events:feedback_results", args=[past_event.pk])).content.decode()
        assert average in page
        assert "Erinomainen" in page and "Liian pitkä" in page
        assert "Vastaaja" not in page and "Nimetön" not in page
        assert "<caption>" in page


@pytest.mark.parametrize("answered", [1, 2, 4])
def test_results_of_fewer_than_five_answers_are_not_shown(client, past_event, hameenlinna, people, answered):
    for rating, comment in ANSWERS[:answered]:
        answer(client, past_event, hameenlinna, rating, comment)

    withheld = tr(
        "Fewer than %(limit)s people have answered. The ratings and comments are shown once at least %(limit)s "
        "have answered, so that no one's answer can be told from the others.",
        limit=5,
    )
    for role in ("trainer", "leader", "coordinator"):
        client.force_login(people[role])
        response = client.get(reverse("events:feedback_results", args=[past_event.pk]))
        page = response.content.decode()
        assert response.status_code == 200
        assert withheld in page
        for _rating, comment in ANSWERS[:answered]:
            assert not comment or comment not in page
        assert "<caption>" not in page and "/ 5" not in page  # no distribution, no average


def test_learners_and_other_trainers_cannot_read_the_results(client, past_event, people):
    for role in ("learner_a", "learner_b", "other_trainer"):
        client.force_login(people[role])
        status = client.get(reverse("events:feedback_results", args=[past_event.pk])).status_code
        assert status in (403, 404), role
