"""Events in Finnish, Swedish and English: each language's copy of an event (a translation or an alias) is
the same event. Registrations, the waiting list, trainers, attendance, feedback and calendar files belong to
the Finnish original, whichever language a person reads the event in, and every list counts an event once."""

import pytest
from django.urls import reverse
from django.utils import translation

from courses.completion import unmet_course_requirements
from events import ics
from events.models import EventPage, EventTrainer, FeedbackAnswer, FeedbackGiven, Registration
from events.selectors import participation_for_municipality
from home.locales import locale_trees_sync
from tests.builders import make_course_tree, make_user, translate

from .builders import make_event, shift_event

pytestmark = pytest.mark.django_db


def copy_in(page, language_code):
    """The page's copy in another language's tree (an alias, after locale_trees_sync)."""
    return type(page).objects.get(translation_key=page.translation_key, locale__language_code=language_code)


def sv(name, *args):
    """The address of a view under /sv/, as the Swedish pages link to it."""
    with translation.override("sv"):
        return reverse(name, args=args)


@pytest.fixture
def swedish(event):
    return translate(event, title="Workshop på svenska", place="Stadshuset")


def test_registering_on_the_swedish_page_registers_for_the_finnish_event(client, event, swedish, people):
    learner = people["learner_a"]
    client.force_login(learner)

    response = client.post(sv("events:register", swedish.pk), {"needs": "Laktosfri"})

    assert response.status_code == 302
    assert response["Location"] == swedish.url  # back to the page the person was reading
    registration = Registration.objects.get(user=learner)
    assert registration.event_id == event.pk
    for page in (swedish, event):
        context = client.get(page.url).context
        assert context["is_registered"] is True
        assert context["seats_taken"] == 1
        assert context["seats_left"] == 9
        assert context["state"].registration == registration
    assert "Workshop på svenska" in client.get(swedish.url).content.decode()

    again = client.post(reverse("events:register", args=[event.pk]), {"needs": ""})
    assert again.status_code == 409  # already registered, in whichever language
    assert Registration.objects.filter(user=learner).count() == 1

    assert client.post(sv("events:cancel", swedish.pk)).status_code == 302
    assert Registration.objects.get(user=learner).status == Registration.Status.CANCELLED
    assert client.get(event.url).context["state"].registration is None


def test_the_swedish_page_shows_the_waiting_list_of_the_finnish_event(client, index, hameenlinna):
    event = make_event(index, municipality=hameenlinna, capacity=1)
    swedish = translate(event, title="Fullsatt workshop")
    first, second = make_user(municipality=hameenlinna), make_user(municipality=hameenlinna)
    client.force_login(first)
    client.post(reverse("events:register", args=[event.pk]), {"needs": ""})

    client.force_login(second)
    page = client.get(swedish.url).context
    assert page["seats_left"] == 0
    assert page["state"].can_register  # onto the waiting list
    client.post(sv("events:register", swedish.pk), {"needs": ""})

    context = client.get(swedish.url).context
    assert context["state"].registration.status == Registration.Status.WAITLISTED
    assert context["state"].waiting_position == 1
    assert context["waiting_count"] == 1
    assert Registration.objects.filter(event=event).count() == 2
    assert not Registration.objects.filter(event=swedish).exists()


def test_trainers_of_the_finnish_event_organise_its_copies(client, index, hameenlinna, people):
    event = make_event(index, municipality=hameenlinna)
    locale_trees_sync()
    alias = copy_in(event, "sv")
    assert alias.alias_of_id == event.pk
    EventTrainer.objects.create(event=event, user=people["trainer"])  # added after the alias was made
    Registration.objects.create(
        event=event,
        user=people["learner_a"],
        status=Registration.Status.REGISTERED,
        queued_at=event.starts_at,
        status_changed_at=event.starts_at,
    )

    client.force_login(people["trainer"])
    context = client.get(alias.url).context
    assert context["is_organiser"] is True
    assert sv("events:roster", alias.pk) in client.get(alias.url).content.decode()
    roster = client.get(sv("events:roster", alias.pk))
    assert roster.status_code == 200
    assert [row.user for row in roster.context["registered"]] == [people["learner_a"]]

    client.force_login(people["other_trainer"])
    assert client.get(alias.url).context["is_organiser"] is False
    assert client.get(sv("events:roster", alias.pk)).status_code == 403


def test_attendance_and_feedback_through_the_swedish_copy_go_to_the_finnish_event(client, event, swedish, people):
    learner = people["learner_a"]
    client.force_login(learner)
    client.post(sv("events:register", swedish.pk), {"needs": ""})
    registration = Registration.objects.get(user=learner)
    event = shift_event(event, days=-8)  # yesterday

    client.force_login(people["trainer"])
    response = client.post(sv("events:roster", swedish.pk), {"attended": "yes", "registration": registration.pk})
    assert response.status_code == 302
    assert response["Location"].startswith(sv("events:roster", swedish.pk))
    registration.refresh_from_db()
    assert registration.attended is True

    client.force_login(learner)
    assert client.get(swedish.url).context["feedback"].can_give
    response = client.post(sv("events:feedback", swedish.pk), {"rating": "5", "comment": "Bra dag."})
    assert response["Location"] == swedish.url
    assert FeedbackGiven.objects.filter(event=event, user=learner).exists()
    assert FeedbackAnswer.objects.get().event_id == event.pk
    assert client.get(event.url).context["feedback"].has_given  # once, in every language

    client.force_login(people["trainer"])
    results = client.get(sv("events:feedback_results", swedish.pk))
    assert results.status_code == 200
    content = results.content.decode()
    assert "Workshop på svenska" in content
    assert "Bra dag." not in content  # one answer: under the small-group rule not even the comment is shown


def test_the_calendar_file_of_a_copy_is_the_same_calendar_event(client, event, swedish, people):
    client.force_login(people["learner_a"])
    finnish = client.get(reverse("events:event_ics", args=[event.pk])).content.decode()
    swedish_file = client.get(sv("events:event_ics", swedish.pk)).content.decode()

    uid = f"UID:{ics.event_uid(event)}"
    assert uid in finnish
    assert uid in swedish_file  # the calendar app sees one event, not two
    assert "SUMMARY:Workshop på svenska" in swedish_file
    assert "LOCATION:Stadshuset" in swedish_file
    assert swedish.url in swedish_file


def test_the_swedish_calendar_lists_each_event_once_and_links_to_the_swedish_pages(client, index, hameenlinna):
    translated = make_event(index, municipality=hameenlinna, title="Suomeksi")
    untranslated = make_event(index, municipality=hameenlinna, title="Vain suomeksi")
    swedish = translate(translated, title="På svenska")
    locale_trees_sync()
    alias = copy_in(untranslated, "sv")
    learner = make_user(municipality=hameenlinna)
    client.force_login(learner)
    client.post(sv("events:register", swedish.pk), {"needs": ""})

    calendar = copy_in(index, "sv")
    response = client.get(calendar.url)
    events = response.context["upcoming_events"]
    page = response.content.decode()

    assert [event.pk for event in events] == [translated.pk, untranslated.pk]  # each once
    assert [event.localized_page.pk for event in events] == [swedish.pk, alias.pk]
    assert f'href="{swedish.url}"' in page and f'href="{alias.url}"' in page
    assert "På svenska" in page and "Suomeksi</a>" not in page
    assert events[0].seats_taken == 1 and events[0].my_status == Registration.Status.REGISTERED

    finnish = client.get(index.url).context["upcoming_events"]
    assert [event.pk for event in finnish] == [translated.pk, untranslated.pk]
    assert finnish[0].localized_page.pk == translated.pk


def test_my_events_and_the_feed_list_an_event_once_in_the_readers_language(client, event, swedish, people):
    learner = people["learner_a"]
    client.force_login(learner)
    client.post(sv("events:register", swedish.pk), {"needs": ""})

    response = client.get(sv("events:my_events"))
    assert [registration.event.pk for registration in response.context["upcoming"]] == [event.pk]
    assert f'href="{swedish.url}"' in response.content.decode()

    feed = client.get(response.context["feed_url"]).content.decode()
    assert feed.count("BEGIN:VEVENT") == 1
    assert "SUMMARY:Workshop på svenska" in feed  # the feed's address was copied in Swedish
    assert f"UID:{ics.event_uid(event)}" in feed


def test_the_dashboard_and_the_course_requirement_count_each_event_once(client, index, hameenlinna, people):
    course, lessons = make_course_tree(modules=1, lessons=1)
    workshop = make_event(
        index, municipality=hameenlinna, linked_page=course, required_for_course=True, trainers=[people["trainer"]]
    )
    locale_trees_sync()
    assert EventPage.objects.filter(translation_key=workshop.translation_key).count() == 3
    learner = people["learner_a"]
    client.force_login(learner)
    client.post(reverse("courses:enrol", args=[course.pk]))
    client.post(sv("events:register", copy_in(workshop, "sv").pk), {"needs": ""})

    assert len(unmet_course_requirements(user=learner, course=course)) == 1
    participation = participation_for_municipality(municipality=hameenlinna)
    assert [(event.pk, event.registered) for event in participation["events"]] == [(workshop.pk, 1)]
    assert participation["total_registered"] == 1

    shift_event(workshop, days=-8)
    client.force_login(people["trainer"])
    registration = Registration.objects.get(user=learner)
    english = copy_in(workshop, "en")
    client.post(reverse("events:roster", args=[english.pk]), {"attended": "yes", "registration": registration.pk})
    assert unmet_course_requirements(user=learner, course=course) == []
    assert participation_for_municipality(municipality=hameenlinna)["total_attended"] == 1


def test_a_municipalitys_event_stays_closed_to_others_in_every_language(client, event, swedish, people):
    client.force_login(people["learner_b"])  # Porvoo, not Hämeenlinna
    assert client.get(swedish.url).status_code == 404
    assert client.post(sv("events:register", swedish.pk), {"needs": ""}).status_code == 404
    assert not Registration.objects.exists()


def test_the_swedish_page_links_to_the_swedish_course(client, index, people):
    course, _lessons = make_course_tree(modules=1, lessons=1)
    event = make_event(index, linked_page=course)
    locale_trees_sync()
    course_sv = copy_in(course, "sv")
    context = client.get(copy_in(event, "sv").url).context
    assert context["linked_page"].pk == course_sv.pk


def test_the_registration_form_speaks_the_pages_language(client, event, swedish, people):
    client.force_login(people["learner_a"])
    label = "Specialdiet eller tillgänglighetsbehov"
    assert label in client.get(swedish.url).content.decode()
    assert "Ruokavalio- tai saavutettavuustarpeet" in client.get(event.url).content.decode()
