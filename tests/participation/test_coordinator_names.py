"""Privacy by default: the network coordinator sees the members' figures side by side, and a municipality's
participants by name only once its leaders have shared them; the leaders can take it back, and each change is
in the audit log."""

import pytest
from django.urls import reverse

from accounts.models import AuditEvent

pytestmark = pytest.mark.django_db


def named_pages(code):
    return [
        reverse("participation:municipality", args=[code]),
        reverse("participation:participants_export", args=[code, "csv"]),
        reverse("participation:participants_export", args=[code, "xlsx"]),
        reverse("participation:summary_export", args=[code, "csv"]),
        reverse("participation:module_summary_export", args=[code]),
        reverse("rosters:roster", args=[code]),
        reverse("rosters:reminders", args=[code]),
    ]


def share(client, world, leader, shared, code=None):
    client.force_login(world["users"][leader])
    url = reverse("participation:coordinator_names", args=[code or world["a"].code])
    return client.post(url, {"shared": "1" if shared else "0"})


def coordinator_statuses(client, world):
    client.force_login(world["users"]["coordinator"])
    return {client.get(url, {"course": world["course"].id}).status_code for url in named_pages(world["a"].code)}


def test_the_coordinator_sees_no_names_until_the_leaders_share_them(client, world):
    assert coordinator_statuses(client, world) == {404}
    network = client.get(reverse("participation:network")).content.decode()
    assert reverse("participation:municipality", args=[world["a"].code]) not in network  # no link to follow

    response = share(client, world, "leader_a", shared=True)
    assert response.status_code == 302
    assert coordinator_statuses(client, world) == {200}
    page = client.get(reverse("participation:municipality", args=[world["a"].code])).content.decode()
    assert "Äijälä" in page
    assert (
        reverse("participation:municipality", args=[world["a"].code])
        in client.get(reverse("participation:network")).content.decode()
    )
    # Espoo has not shared: still closed.
    assert client.get(reverse("participation:municipality", args=[world["b"].code])).status_code == 404

    share(client, world, "leader_a", shared=False)
    assert coordinator_statuses(client, world) == {404}


def test_each_change_is_in_the_audit_log(client, world):
    share(client, world, "leader_a", shared=True)
    share(client, world, "leader_a", shared=True)  # no change, no second line
    share(client, world, "leader_a", shared=False)
    events = list(
        AuditEvent.objects.filter(action=AuditEvent.Action.SHARING)
        .order_by("created_at", "pk")
        .values_list("actor__email", "municipality__code", "detail__shared")
    )
    leader = world["users"]["leader_a"].email
    assert events == [(leader, world["a"].code, True), (leader, world["a"].code, False)]


def test_only_the_municipalitys_own_leaders_decide(client, world):
    for viewer in ("leader_b", "coordinator", "learner", "superuser"):
        assert share(client, world, viewer, shared=True).status_code == 404, viewer
    world["a"].refresh_from_db()
    assert not world["a"].names_shared_with_coordinator
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.SHARING).exists()


@pytest.mark.parametrize("value", ["", "yes", "2", "1\x00"])
def test_a_tampered_form_changes_nothing(client, world, value):
    client.force_login(world["users"]["leader_a"])
    response = client.post(reverse("participation:coordinator_names", args=[world["a"].code]), {"shared": value})
    assert response.status_code == 302
    world["a"].refresh_from_db()
    assert not world["a"].names_shared_with_coordinator
    followed = client.get(response["Location"])
    assert "Choose whether to share the names or not." in followed.content.decode()


def test_the_leaders_page_says_what_is_shared(client, world):
    client.force_login(world["users"]["leader_a"])
    url = reverse("participation:municipality", args=[world["a"].code])
    assert "Share the names with the network coordinator" in client.get(url).content.decode()
    share(client, world, "leader_a", shared=True)
    client.force_login(world["users"]["leader_a"])
    assert "Stop sharing the names" in client.get(url).content.decode()


def test_the_coordinators_landing_page_lists_every_member_and_links_the_shared(client, world):
    share(client, world, "leader_b", shared=True, code=world["b"].code)
    client.force_login(world["users"]["coordinator"])
    response = client.get(reverse("participation:index"))
    html = response.content.decode()
    assert {place.code for place in response.context["municipalities"]} == {world["a"].code, world["b"].code}
    assert reverse("participation:municipality", args=[world["b"].code]) in html
    assert reverse("participation:municipality", args=[world["a"].code]) not in html
