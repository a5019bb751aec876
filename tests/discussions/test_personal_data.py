"""Posts are personal data: in the person's "my data" file, and after erasure shown as a former participant."""

import json

import pytest
from django.urls import reverse

from accounts.privacy import person_erase
from discussions.models import DiscussionPreferences, Post

from .helpers import answer, ask, client_for, page_html

pytestmark = pytest.mark.django_db


def test_posts_are_in_my_data(people, setting, lesson):
    question, _ = ask(people["learner_a"], lesson, title="Oma kysymykseni", body="Kysymyksen teksti")
    answer(people["learner_a2"], question, body="Toisen vastaus")
    response = client_for(people["learner_a"]).get(reverse("accounts:my_data") + "?download=json")
    data = json.loads(response.content)["discussions"]
    assert [post["title"] for post in data["posts"]] == ["Oma kysymykseni"]
    assert data["posts"][0]["text"] == "Kysymyksen teksti"
    assert data["reply_emails"] is False and data["network_profile"] is False
    assert "Toisen vastaus" not in response.content.decode()


def test_erased_author_shows_as_former_participant(people, setting, lesson, peer_group):
    author = people["learner_a"]
    DiscussionPreferences.objects.create(user=author, reply_emails=True, network_profile=True)
    question, _ = ask(author, lesson, title="Ennen poistoa")
    person_erase(user=author)
    question.refresh_from_db()
    assert question.author is None and question.municipality is None
    assert not DiscussionPreferences.objects.filter(user=author).exists()
    assert not peer_group.memberships.filter(user=author).exists()
    html = page_html(people["trainer"], lesson)
    assert "Ennen poistoa" in html
    assert "Former participant" in html or "Entinen osallistuja" in html
    assert "Aino" not in html[html.index('id="discussion"') :]
    assert Post.objects.filter(author=author).count() == 0
