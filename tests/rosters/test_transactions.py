"""Saving a confirmed roster import is all or nothing per chunk of people: a database failure at the chunk's
last write leaves no person, role, invitation or email of it behind, the import says saving stopped, and the
leader's "continue" saves everything once.

These run with transaction=True, so the confirm's own transaction is what is proven (in an ordinary test the
test's transaction would hide a missing one). Run them on PostgreSQL too:
`DATABASE_URL=postgres://… pytest tests/rosters/test_transactions.py` – there select_for_update also needs
the confirm to run in a transaction at all.
"""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from municipalities.models import RoleAssignment
from rosters.models import Invitation, RosterImport
from tests.builders import make_user
from tests.failures import failing_write, quoted

from .builders import csv_bytes, make_leader
from .test_import_views import GOOD_ROWS, confirm, upload

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
User = get_user_model()
LAST_EMAIL = "pirjo.rasanen@example.fi"  # the last row of GOOD_ROWS


def _user_is_last(column="user_id"):
    return f"NEW.{column} IN (SELECT id FROM {User._meta.db_table} WHERE email = {quoted(LAST_EMAIL)})"


FAILURE_POINTS = {
    # the last row's role, after every person was created or updated
    "last role": (RoleAssignment, _user_is_last() + " AND NEW.body = 'Kunnanhallitus'", "INSERT"),
    # the last person's invitation, after every role was recorded
    "last invitation": (Invitation, _user_is_last(), "INSERT"),
    # the import's own status, the very last write
    "import status": (RosterImport, "NEW.status = 'confirmed'", "UPDATE"),
}


@pytest.fixture
def previewed(client, hameenlinna):
    """A leader's previewed file of three people, one of whom (Aino) already has an account to update."""
    leader = make_leader(hameenlinna)
    client.force_login(leader)
    make_user(email="aino.makela@example.fi", municipality=None, first_name="Vanha", last_name="Nimi")
    upload(client, hameenlinna, csv_bytes(GOOD_ROWS))
    return RosterImport.objects.get()


def import_done_url(roster_import):
    return reverse("rosters:import_done", args=[roster_import.municipality.code, roster_import.pk])


@pytest.mark.parametrize("point", FAILURE_POINTS)
def test_a_failure_at_the_last_write_saves_nothing_and_the_leader_can_continue(client, hameenlinna, previewed, point):
    model, condition, statement = FAILURE_POINTS[point]

    # The background task (run at once in tests) meets the failure; the leader's request itself succeeds.
    with failing_write(model, condition, on=statement):
        response = confirm(client, previewed)

    assert response.status_code == 302 and response["Location"] == import_done_url(previewed)
    assert not User.objects.filter(municipality=hameenlinna).exists()
    aino = User.objects.get(email="aino.makela@example.fi")
    assert (aino.first_name, aino.municipality) == ("Vanha", None)
    assert not RoleAssignment.objects.exists()
    assert not Invitation.objects.exists()
    previewed.refresh_from_db()
    assert previewed.status == RosterImport.Status.FAILED and previewed.saved_rows == 0
    assert mail.outbox == []
    page = client.get(import_done_url(previewed)).content.decode()
    assert 'name="resume"' in page

    response = client.post(import_done_url(previewed), {"resume": ""})

    assert response.status_code == 302
    previewed.refresh_from_db()
    assert previewed.status == RosterImport.Status.CONFIRMED
    assert User.objects.filter(municipality=hameenlinna).count() == 3
    assert RoleAssignment.objects.filter(municipality=hameenlinna).count() == 4
    assert sorted(message.to[0] for message in mail.outbox) == ["asa.ohman@example.fi", LAST_EMAIL]
