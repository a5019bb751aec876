"""The header offers the admin and the dashboards exactly to those who may use them, and follows changes
of role at once even though the answer is cached."""

import pytest
from django.contrib.auth.models import Permission

from courses.setup import trainers_group_ensure
from municipalities.models import Municipality, MunicipalLeader
from tests.builders import make_index, make_user

pytestmark = pytest.mark.django_db


def header(client):
    return client.get("/").content.decode().split("</header>")[0]


def test_learner_sees_neither_admin_nor_dashboards(client):
    make_index()
    client.force_login(make_user())
    html = header(client)
    assert 'href="/admin/"' not in html


def test_admin_link_appears_as_soon_as_someone_becomes_a_trainer(client):
    index = make_index()
    user = make_user()
    client.force_login(user)
    assert 'href="/admin/"' not in header(client)
    user.groups.add(trainers_group_ensure(course_index=index))
    assert 'href="/admin/"' in header(client)
    user.groups.clear()
    assert 'href="/admin/"' not in header(client)


def test_leadership_and_coordinator_roles_are_recomputed_on_change(client):
    from municipalities.navigation import navigation_roles

    make_index()
    user = make_user()
    assert navigation_roles(user)["participation"] is False
    leadership = MunicipalLeader.objects.create(user=user, municipality=Municipality.objects.get(code="109"))
    assert navigation_roles(user)["participation"] is True
    leadership.delete()
    assert navigation_roles(user)["participation"] is False
    user.user_permissions.add(Permission.objects.get(content_type__app_label="municipalities", codename="view_network"))
    user = type(user).objects.get(pk=user.pk)  # a fresh request loads the user again
    assert navigation_roles(user)["participation"] is True
