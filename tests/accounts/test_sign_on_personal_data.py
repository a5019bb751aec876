"""The link to a municipality's provider is the person's data: "My data" lists it, erasure removes it (an
anonymised account must not be one sign-in away), and others' sign-ins are not shown as views of their data."""

import json

import pytest
from django.core.management import call_command
from django.urls import reverse

from accounts.audit import audit_record
from accounts.models import AuditEvent, SignOnIdentity
from tests.builders import HAMEENLINNA, make_user, municipality

pytestmark = pytest.mark.django_db

ISSUER = "https://login.microsoftonline.com/tenant/v2.0"


def my_data(client, user):
    client.force_login(user)
    return json.loads(client.get(reverse("accounts:my_data"), {"download": "json"}).content)["account"]


def test_my_data_lists_the_link_and_erasure_removes_it(client):
    person = make_user(municipality=municipality(HAMEENLINNA))
    SignOnIdentity.objects.create(user=person, issuer=ISSUER, subject="abc")

    links = my_data(client, person)["sign_in_with_municipality_account"]
    assert [link["provider"] for link in links] == [ISSUER]

    call_command("erase_person", person.email, "--yes")
    assert not SignOnIdentity.objects.filter(subject="abc").exists()


def test_a_neighbours_sign_in_is_not_a_view_of_my_data(client):
    hameenlinna = municipality(HAMEENLINNA)
    me, neighbour = make_user(municipality=hameenlinna), make_user(municipality=hameenlinna)
    for action in (AuditEvent.Action.SIGN_IN, AuditEvent.Action.SIGN_IN_REFUSED):
        audit_record(
            actor=None, action=action, what="municipality sign-in", subject=neighbour, municipality=hameenlinna
        )
    audit_record(actor=None, action=AuditEvent.Action.EXPORT, what="roster file", municipality=hameenlinna)

    seen = my_data(client, me)["who_viewed_my_data"]
    assert [line["what"] for line in seen if line["whose"] != "you"] == ["roster file"]
    assert {line["action"] for line in my_data(client, neighbour)["who_viewed_my_data"]} >= {"sign_in", "export"}
