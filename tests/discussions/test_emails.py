"""Reply e-mails: only to those who asked for them, in their own language, with an unsubscribe link and the
RFC 8058 headers; the link and the one-click address stop them, a forged link changes nothing."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from discussions.models import DiscussionPreferences, Scope
from discussions.notifications import unsubscribe_token

from .helpers import answer, ask, client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def network_setting(setting):
    setting.scope = Scope.NETWORK
    setting.save()
    return setting


def opt_in(user):
    client_for(user).post(reverse("discussions:preferences"), {"reply_emails": "on"})
    assert DiscussionPreferences.objects.get(user=user).reply_emails


def test_no_email_without_opting_in(people, network_setting, lesson):
    question, _ = ask(people["learner_b"], lesson)
    answer(people["learner_a"], question)
    assert mail.outbox == []


def test_email_in_the_recipients_language_with_unsubscribe(people, network_setting, lesson):
    swede = people["learner_b"]
    opt_in(swede)
    question, _ = ask(swede, lesson, title="Hur fungerar jäv?")
    mail.outbox.clear()
    answer(people["learner_a"], question, body="Katso <script>x</script> https://finlex.fi/")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [swede.email]
    with translation.override("sv"):
        expected_subject = translation.gettext("New answer: %(title)s") % {"title": "Hur fungerar jäv?"}
        stop_text = translation.gettext("You get these emails because you asked for them. Stop them here:")
    assert message.subject == expected_subject
    assert stop_text in message.body
    token = unsubscribe_token(swede)
    with translation.override("sv"):
        one_click = reverse("discussions:one_click", args=[token])
    assert message.extra_headers["List-Unsubscribe"].endswith(f"{one_click}>")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    html = message.alternatives[0][0]
    assert "<script>" not in html and "&lt;script&gt;" in html
    # Answering one's own question sends nothing.
    mail.outbox.clear()
    answer(swede, question, body="Tack!")
    assert mail.outbox == []


def test_unsubscribe_page_asks_first_then_stops(people):
    user = people["learner_a"]
    opt_in(user)
    url = reverse("discussions:unsubscribe", args=[unsubscribe_token(user)])
    anonymous = client_for(None)
    assert anonymous.get(url).status_code == 200
    assert DiscussionPreferences.objects.get(user=user).reply_emails
    anonymous.post(url, {"action": "unsubscribe"})
    assert not DiscussionPreferences.objects.get(user=user).reply_emails


def test_one_click_and_forged_tokens(people):
    user = people["learner_a"]
    opt_in(user)
    anonymous = client_for(None)
    forged = unsubscribe_token(user)[:-2] + "xx"
    assert (
        anonymous.post(reverse("discussions:one_click", args=[forged]), {"List-Unsubscribe": "One-Click"}).status_code
        == 400
    )
    assert anonymous.get(reverse("discussions:unsubscribe", args=[forged])).status_code == 400
    one_click = reverse("discussions:one_click", args=[unsubscribe_token(user)])
    assert anonymous.post(one_click, {"other": "x"}).status_code == 400
    assert DiscussionPreferences.objects.get(user=user).reply_emails
    assert anonymous.post(one_click, {"List-Unsubscribe": "One-Click"}).status_code == 200
    assert not DiscussionPreferences.objects.get(user=user).reply_emails


def test_others_who_answered_hear_of_new_answers_once_each_in_their_language(people, network_setting, lesson):
    swede, finn, other = people["learner_b"], people["learner_a"], people["learner_a2"]
    opt_in(swede)
    opt_in(finn)
    question, _ = ask(swede, lesson, title="Hur fungerar jäv?")
    answer(finn, question, body="Ensimmäinen vastaus.")
    answer(finn, question, body="Toinen vastaus.")
    answer(other, question, body="Nykyinen ei ole pyytänyt sähköpostia.")  # `other` did not opt in
    mail.outbox.clear()
    answer(other, question, body="Vielä yksi vastaus.")
    assert sorted(message.to[0] for message in mail.outbox) == sorted([swede.email, finn.email])
    to_finn = next(message for message in mail.outbox if message.to == [finn.email])
    with translation.override("fi"):
        also = translation.gettext("%(author)s also answered the question “%(title)s” that you answered:")
    assert also.split("%(author)s")[1].split("%(title)s")[0] in to_finn.body
    assert "Vielä yksi vastaus." in to_finn.body
    assert reverse("discussions:unsubscribe", args=[unsubscribe_token(finn)]) in to_finn.body
    assert to_finn.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # The writer of the new answer never hears of it, even when opted in.
    mail.outbox.clear()
    answer(finn, question, body="Kolmas vastaus.")
    assert [message.to for message in mail.outbox] == [[swede.email]]


def test_no_email_to_someone_who_cannot_read_the_thread_any_more(people, setting, lesson, porvoo):
    asker, answerer = people["learner_a"], people["learner_a2"]
    opt_in(answerer)
    question, _ = ask(asker, lesson)
    answer(answerer, question)
    answerer.municipality = porvoo  # moved: the municipal thread of Hämeenlinna is no longer theirs
    answerer.save()
    mail.outbox.clear()
    answer(asker, question, body="Kiitos kaikille.")
    assert mail.outbox == []
