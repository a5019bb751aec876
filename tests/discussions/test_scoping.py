"""Who reads and writes which discussion: by the course's scope (own municipality, the whole network or a
peer group) and by role, through the lesson page and the posting addresses."""

import pytest
from django.urls import reverse

from discussions.models import MunicipalModerator, Post, Scope
from tests.builders import make_user

from .helpers import answer, ask, client_for, page_html

pytestmark = pytest.mark.django_db


def test_no_discussion_until_a_trainer_switches_it_on(people, lesson):
    assert 'id="discussion"' not in page_html(people["learner_a"], lesson)
    response = client_for(people["learner_a"]).post(
        reverse("discussions:ask", args=[lesson.pk]), {"title": "Kysymys", "body": "Teksti"}
    )
    assert response.status_code == 302
    assert not Post.objects.exists()


def test_municipal_scope_by_role(people, setting, lesson, porvoo):
    question, _ = ask(people["learner_a"], lesson, title="Hämeenlinnan kysymys")
    assert question.municipality.code == "109"
    assert question.scope == Scope.MUNICIPALITY
    ask(people["learner_b"], lesson, title="Porvoon kysymys")

    seen = {name: page_html(user, lesson) for name, user in people.items()}
    assert "Hämeenlinnan kysymys" in seen["learner_a"] and "Porvoon kysymys" not in seen["learner_a"]
    assert "Hämeenlinnan kysymys" in seen["learner_a2"]
    assert "Porvoon kysymys" in seen["learner_b"] and "Hämeenlinnan kysymys" not in seen["learner_b"]
    assert "Hämeenlinnan kysymys" in seen["leader_a"] and "Porvoon kysymys" not in seen["leader_a"]
    # The coordinator follows figures, not people's words.
    assert "Hämeenlinnan kysymys" not in seen["coordinator"] and "Porvoon kysymys" not in seen["coordinator"]
    # Trainers answer every municipality's questions.
    assert "Hämeenlinnan kysymys" in seen["trainer"] and "Porvoon kysymys" in seen["trainer"]


def test_anonymous_sees_only_an_invitation_to_log_in(people, setting, lesson):
    ask(people["learner_a"], lesson, title="Hämeenlinnan kysymys")
    html = page_html(None, lesson)
    assert 'id="discussion"' in html
    assert "Hämeenlinnan kysymys" not in html
    assert reverse("accounts:login") in html
    response = client_for(None).post(reverse("discussions:ask", args=[lesson.pk]), {"title": "x", "body": "y"})
    assert response.status_code == 302 and reverse("accounts:login") in response["Location"]
    assert Post.objects.count() == 1


def test_other_municipality_cannot_answer_or_read_by_address(people, setting, lesson):
    question, _ = ask(people["learner_a"], lesson)
    response = answer(people["learner_b"], question)
    assert response.status_code == 404
    response = answer(people["leader_a"], question)  # reads, but the thread is the council's own
    assert response.status_code == 302
    assert question.answers.count() == 0
    assert answer(people["learner_a2"], question).status_code == 302
    assert answer(people["trainer"], question).status_code == 302
    assert question.answers.count() == 2


def test_person_without_municipality_cannot_ask_in_municipal_scope(setting, lesson, people):
    nobody = make_user()
    html = page_html(nobody, lesson)
    assert "This discussion is for the people taking part in it" in html or "Tämä keskustelu" in html
    response = client_for(nobody).post(reverse("discussions:ask", args=[lesson.pk]), {"title": "x", "body": "y"})
    assert response.status_code == 302
    assert not Post.objects.exists()


def test_network_scope_is_shared_by_member_municipalities(people, setting, lesson):
    setting.scope = Scope.NETWORK
    setting.save()
    ask(people["learner_a"], lesson, title="Verkoston kysymys")
    for name in ("learner_b", "trainer", "coordinator", "leader_a"):
        assert "Verkoston kysymys" in page_html(people[name], lesson), name
    outsider = make_user(municipality_id=None)
    assert "Verkoston kysymys" not in page_html(outsider, lesson)
    assert "Verkoston kysymys" not in page_html(None, lesson)


def test_posts_keep_the_scope_they_were_written_in(people, setting, lesson):
    """A trainer widening the scope later does not show a municipality's posts to the whole network."""
    ask(people["learner_a"], lesson, title="Vain Hämeenlinnalle")
    setting.scope = Scope.NETWORK
    setting.save()
    assert "Vain Hämeenlinnalle" not in page_html(people["learner_b"], lesson)


def test_peer_group_scope(people, setting, lesson, peer_group):
    setting.scope = Scope.GROUP
    setting.peer_group = peer_group
    setting.save()
    question, _ = ask(people["learner_b"], lesson, title="Puheenjohtajien kysymys")
    assert question.peer_group == peer_group
    assert "Puheenjohtajien kysymys" in page_html(people["learner_a"], lesson)
    assert "Puheenjohtajien kysymys" in page_html(people["coordinator"], lesson)
    assert "Puheenjohtajien kysymys" not in page_html(people["learner_a2"], lesson)  # same town, not a member
    assert answer(people["learner_a2"], question).status_code == 404
    assert answer(people["learner_a"], question).status_code == 302


def test_peer_group_discussion_page(people, peer_group):
    url = reverse("discussions:group", args=[peer_group.pk])
    assert client_for(people["learner_a2"]).get(url).status_code == 404
    assert client_for(people["leader_a"]).get(url).status_code == 404
    assert client_for(people["trainer"]).get(url).status_code == 404
    assert client_for(None).get(url).status_code == 302
    response = client_for(people["learner_b"]).post(
        reverse("discussions:ask_in_group", args=[peer_group.pk]), {"title": "Ryhmän kysymys", "body": "Hej!"}
    )
    assert response.status_code == 302
    assert "Ryhmän kysymys" in client_for(people["learner_a"]).get(url).content.decode()
    assert "Ryhmän kysymys" in client_for(people["coordinator"]).get(url).content.decode()
    response = client_for(people["learner_a2"]).post(
        reverse("discussions:ask_in_group", args=[peer_group.pk]), {"title": "Ulkopuolinen", "body": "x"}
    )
    assert response.status_code == 404
    assert not Post.objects.filter(title="Ulkopuolinen").exists()


def test_municipal_moderator_reads_their_municipality(people, setting, lesson, hameenlinna):
    moderator = make_user(first_name="Mo", last_name="Deraattori")
    MunicipalModerator.objects.create(user=moderator, municipality=hameenlinna)
    ask(people["learner_a"], lesson, title="Hämeenlinnan kysymys")
    ask(people["learner_b"], lesson, title="Porvoon kysymys")
    html = page_html(moderator, lesson)
    assert "Hämeenlinnan kysymys" in html and "Porvoon kysymys" not in html


def test_swedish_lesson_shares_the_discussion(people, setting, lesson):
    from tests.builders import translate

    swedish = translate(lesson, "sv", title="Lektion")
    ask(people["learner_a"], lesson, title="Yhteinen kysymys")
    assert "Yhteinen kysymys" in page_html(people["learner_a2"], swedish)


def test_bad_ids_are_not_found(people, setting):
    client = client_for(people["learner_a"])
    assert client.post("/keskustelut/vastaa/99999999999999999999999/", {"body": "x"}).status_code == 404
    assert client.post(reverse("discussions:answer", args=[123456]), {"body": "x"}).status_code == 404
    assert client.get(reverse("discussions:answer", args=[1])).status_code == 405
