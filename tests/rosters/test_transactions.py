"""Confirming a roster import is all or nothing: a database failure at its last write leaves no person, role,
invitation or email behind, and the leader can confirm the same preview again.

These run with transaction=True, so the confirm's own transaction is what is proven (in an ordinary test the
test's transaction would hide a missing one). Run them on PostgreSQL too:
`DATABASE_URL=postgres://… pytest tests/rosters/test_transactions.py` – there select_for_update also needs
the confirm to run in a transaction at all.
"""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import DatabaseError

from municipalities.models import RoleAssignment
from rosters.models import Invitation, RosterImport
from tests.builders import make_user
from tests.failures import MESSAGE, failing_write, quoted

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


@pytest.mark.parametrize("point", FAILURE_POINTS)
def test_a_failure_at_the_last_write_saves_nothing_and_the_same_preview_can_be_confirmed(
    client, hameenlinna, previewed, point
):
    model, condition, statement = FAILURE_POINTS[point]

    with failing_write(model, condition, on=statement), pytest.raises(DatabaseError, match=MESSAGE):
        confirm(client, previewed)

    assert not User.objects.filter(municipality=hameenlinna).exists()
    aino = User.objects.get(email="aino.makela@example.fi")
    assert (aino.first_name, aino.municipality) == ("Vanha", None)
    assert not RoleAssignment.objects.exists()
    assert not Invitation.objects.exists()
    previewed.refresh_from_db()
    assert previewed.status == RosterImport.Status.PENDING and len(previewed.rows) == len(GOOD_ROWS) - 1
    assert mail.outbox == []

    response = confirm(client, previewed)

    assert response.status_code == 302
    assert User.objects.filter(municipality=hameenlinna).count() == 3
    assert RoleAssignment.objects.filter(municipality=hameenlinna).count() == 4
    assert sorted(message.to[0] for message in mail.outbox) == ["asa.ohman@example.fi", LAST_EMAIL]
