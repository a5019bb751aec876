"""The demo discussions: load twice without duplicates; the demo councillor sees Hämeenlinna's thread."""

import pytest
from django.contrib.auth import get_user_model

from courses.demo import demo_load
from discussions.demo import CHAIRS_GROUP, discussions_demo_load
from discussions.models import PeerGroup, Post
from events.demo import events_demo_load
from participation.demo import participation_demo_load

from .helpers import page_html

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(module_transaction):
    demo_load()
    participation_demo_load()
    events_demo_load()
    discussions_demo_load()


def test_demo_is_idempotent_and_realistic(demo):
    count = Post.objects.count()
    discussions_demo_load()
    assert Post.objects.count() == count >= 8
    group = PeerGroup.objects.get(name=CHAIRS_GROUP)
    assert group.memberships.count() >= 5
    assert Post.objects.filter(peer_group=group).exists()
    assert Post.objects.filter(author__preferred_language="sv", question__isnull=True).exists()


def test_demo_councillor_sees_the_municipal_thread(demo):
    councillor = get_user_model().objects.get(email="valtuutettu@example.fi")
    question = Post.objects.get(title="Milloin valtuutettu on esteellinen?")
    html = page_html(councillor, question.page.specific)
    assert "Milloin valtuutettu on esteellinen?" in html
    assert "finlex.fi" in html
