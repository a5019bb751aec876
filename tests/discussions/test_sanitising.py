"""Hostile text: nothing a person writes reaches a reader as HTML, a script, a javascript: address or an
image; NUL bytes and floods of text are refused or removed with a message, never a server error."""

import pytest
from lxml import html as lxml_html

from discussions.models import Post
from discussions.text import text_html

from .helpers import answer, ask, client_for, page_html

pytestmark = pytest.mark.django_db

HOSTILE = [
    "<script>alert('x')</script>",
    '<a href="javascript:alert(1)">klikkaa</a>',
    "javascript:alert(document.cookie)",
    '<img src="https://tracker.example/pixel.gif" width="1" height="1">',
    "![kuva](https://tracker.example/p.png)",
    '"><svg onload=alert(1)>',
    'https://example.fi/"onmouseover="alert(1)',
    "<iframe src=https://evil.example></iframe>",
    "<style>body{display:none}</style>",
    "[linkki](javascript:alert(1))",
]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_is_shown_as_text(hostile):
    tree = lxml_html.fragment_fromstring(str(text_html(hostile)), create_parent="div")
    assert not tree.xpath("//script|//img|//iframe|//style|//svg|//*[@onload]|//*[@onmouseover]|//*[@style]")
    for link in tree.xpath("//a"):
        assert link.get("href").startswith(("http://", "https://"))
        assert "nofollow" in link.get("rel")


def test_web_addresses_become_links():
    tree = lxml_html.fragment_fromstring(
        str(text_html("Katso https://www.kuntaliitto.fi/kuntalaki.\n\nToinen kappale")), create_parent="div"
    )
    assert [a.get("href") for a in tree.xpath("//a")] == ["https://www.kuntaliitto.fi/kuntalaki"]
    assert len(tree.xpath("//p")) == 2


def test_hostile_post_through_the_page(people, setting, lesson):
    ask(
        people["learner_a"],
        lesson,
        title="<b>Otsikko</b>",
        body='<script>alert(1)</script><img src="https://t.example/x.gif">',
    )
    page = page_html(people["learner_a2"], lesson)
    discussion = page[page.index('id="discussion"') :]
    assert "<script>alert(1)" not in discussion
    assert "<img" not in discussion
    assert "&lt;b&gt;Otsikko&lt;/b&gt;" in discussion
    assert "&lt;script&gt;" in discussion


def test_nul_bytes_are_refused_with_a_message_and_other_control_characters_removed(people, setting, lesson):
    from django.urls import reverse

    client = client_for(people["learner_a"])
    response = client.post(
        reverse("discussions:ask", args=[lesson.pk]), {"title": "Nolla\x00tavu", "body": "Teksti\x00"}, follow=True
    )
    assert response.status_code == 200
    assert not Post.objects.exists()
    assert list(response.context["messages"])
    ask(people["learner_a"], lesson, title="Ohjausmerkit", body="Teksti\x01jossa\x1bohjausmerkkejä\r\nrivi")
    assert Post.objects.get().body == "Tekstijossaohjausmerkkejä\nrivi"


def test_a_hundred_thousand_characters_are_refused_with_a_message(people, setting, lesson):
    client = client_for(people["learner_a"])
    from django.urls import reverse

    response = client.post(
        reverse("discussions:ask", args=[lesson.pk]), {"title": "Pitkä", "body": "a" * 100_000}, follow=True
    )
    assert response.status_code == 200
    assert not Post.objects.exists()
    assert any("5000" in str(message) for message in response.context["messages"])


def test_empty_and_whitespace_answers_are_refused(people, setting, lesson):
    question, _ = ask(people["learner_a"], lesson)
    answer(people["learner_a2"], question, body="   \x00  ")
    assert question.answers.count() == 0
