"""Hiding with a reason (trainers, municipal moderators, the coordinator in peer groups), reporting, and
marking an answer helpful (the asker or a moderator)."""

import pytest
from django.urls import reverse

from discussions.models import MunicipalModerator, Report
from tests.builders import make_user

from .helpers import answer, ask, client_for, page_html

pytestmark = pytest.mark.django_db


def hide(user, post, reason="Asiaton kommentti"):
    return client_for(user).post(reverse("discussions:hide", args=[post.pk]), {"reason": reason})


def test_trainer_hides_a_post_and_only_author_and_moderators_see_it(people, setting, lesson):
    question, _ = ask(people["learner_a"], lesson, title="Piilotettava kysymys")
    assert hide(people["trainer"], question).status_code == 302
    question.refresh_from_db()
    assert question.hidden_at and question.hidden_reason == "Asiaton kommentti"
    assert question.hidden_by == people["trainer"]
    assert "Piilotettava kysymys" not in page_html(people["learner_a2"], lesson)
    assert "Piilotettava kysymys" not in page_html(people["leader_a"], lesson)
    author_view = page_html(people["learner_a"], lesson)
    assert "Piilotettava kysymys" in author_view and "Asiaton kommentti" in author_view
    assert "Piilotettava kysymys" in page_html(people["trainer"], lesson)
    # Nobody answers a hidden thread, and its address no longer leads anyone else to it.
    assert answer(people["learner_a2"], question).status_code == 404


def test_hiding_needs_a_reason_and_a_moderator(people, setting, lesson):
    question, _ = ask(people["learner_a"], lesson)
    hide(people["trainer"], question, reason="   ")
    hide(people["learner_a2"], question)
    hide(people["leader_a"], question)  # a leader is not a moderator until they name themselves one
    question.refresh_from_db()
    assert question.hidden_at is None


def test_municipal_moderator_hides_only_their_municipality(people, setting, lesson, hameenlinna):
    moderator = make_user(municipality=hameenlinna)
    client_for(people["leader_a"]).post(
        reverse("discussions:moderators", args=[hameenlinna.code]), {"email": moderator.email}
    )
    assert MunicipalModerator.objects.filter(user=moderator, municipality=hameenlinna).exists()
    own, _ = ask(people["learner_a"], lesson, title="Oma")
    other, _ = ask(people["learner_b"], lesson, title="Muu")
    hide(moderator, own)
    assert hide(moderator, other).status_code == 404  # not even readable
    own.refresh_from_db()
    other.refresh_from_db()
    assert own.hidden_at is not None and other.hidden_at is None


def test_leader_names_moderators_only_of_their_own_municipality(people, porvoo):
    outsider = make_user(municipality=porvoo)
    response = client_for(people["leader_a"]).get(reverse("discussions:moderators", args=[porvoo.code]))
    assert response.status_code == 404
    response = client_for(people["learner_a"]).get(reverse("discussions:moderators", args=["109"]))
    assert response.status_code == 404
    response = client_for(people["leader_a"]).post(
        reverse("discussions:moderators", args=["109"]), {"email": outsider.email}
    )
    assert response.status_code == 200
    assert not MunicipalModerator.objects.exists()


def test_unhide(people, setting, lesson):
    question, _ = ask(people["learner_a"], lesson, title="Palautuva")
    hide(people["trainer"], question)
    client_for(people["trainer"]).post(reverse("discussions:hide", args=[question.pk]), {"action": "unhide"})
    assert "Palautuva" in page_html(people["learner_a2"], lesson)


def test_report_once_per_person_and_shown_to_moderators(people, setting, lesson):
    question, _ = ask(people["learner_a"], lesson)
    url = reverse("discussions:report", args=[question.pk])
    client_for(people["learner_a2"]).post(url, {"reason": "Loukkaava"})
    client_for(people["learner_a2"]).post(url, {"reason": "Uudestaan"})
    client_for(people["learner_a"]).post(url, {"reason": "Oma"})  # not one's own
    assert list(Report.objects.values_list("reason", flat=True)) == ["Loukkaava"]
    html = page_html(people["trainer"], lesson)
    assert "Reported 1 time" in html or "Ilmoitettu 1 kerran" in html
    hide(people["trainer"], question)
    assert Report.objects.get().resolved_at is not None


def test_helpful_by_the_asker_or_a_moderator_only(people, setting, lesson):
    question, _ = ask(people["learner_a"], lesson)
    answer(people["learner_a2"], question)
    reply = question.answers.get()
    url = reverse("discussions:helpful", args=[reply.pk])
    client_for(people["learner_a2"]).post(url)
    reply.refresh_from_db()
    assert not reply.helpful
    client_for(people["learner_a"]).post(url)
    reply.refresh_from_db()
    assert reply.helpful
    client_for(people["trainer"]).post(url)
    reply.refresh_from_db()
    assert not reply.helpful


def test_coordinator_moderates_the_peer_group(people, peer_group):
    client_for(people["learner_a"]).post(
        reverse("discussions:ask_in_group", args=[peer_group.pk]), {"title": "Ryhmässä", "body": "Teksti"}
    )
    question = peer_group.posts.get()
    hide(people["learner_b"], question)
    question.refresh_from_db()
    assert question.hidden_at is None
    hide(people["coordinator"], question)
    question.refresh_from_db()
    assert question.hidden_at is not None
    html = client_for(people["learner_b"]).get(reverse("discussions:group", args=[peer_group.pk])).content.decode()
    assert "Ryhmässä" not in html


def test_reported_posts_list_for_those_who_moderate_them(people, setting, lesson, porvoo):
    own, _ = ask(people["learner_a"], lesson, title="Oma")
    other, _ = ask(people["learner_b"], lesson, title="Muu")
    Report.objects.create(post=own, reporter=people["learner_a2"], reason="Asiaton")
    Report.objects.create(post=other, reporter=people["learner_a2"], reason="Asiaton")
    moderator_b = make_user(municipality=porvoo)
    MunicipalModerator.objects.create(user=moderator_b, municipality=porvoo)
    url = reverse("discussions:reported")
    trainer_view = client_for(people["trainer"]).get(url).content.decode()
    assert f"#post-{own.pk}" in trainer_view and f"#post-{other.pk}" in trainer_view
    moderator_view = client_for(moderator_b).get(url).content.decode()
    assert f"#post-{other.pk}" in moderator_view and f"#post-{own.pk}" not in moderator_view
    assert client_for(people["learner_a"]).get(url).status_code == 404
    assert client_for(people["leader_a"]).get(url).status_code == 404
