"""Erasure and retention are all or nothing: a database failure at the last write leaves every person as they
were (names, leadership, committee names) and records no erasure.

transaction=True, so the code's own transaction is what is proven; run on PostgreSQL too with
`DATABASE_URL=postgres://… pytest tests/accounts/test_transactions.py`.
"""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import DatabaseError

from accounts.models import AuditEvent
from municipalities.models import CouncilTerm, Municipality, MunicipalLeader, RoleAssignment
from tests.builders import make_user
from tests.failures import MESSAGE, failing_write

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
User = get_user_model()


def councillors(count):
    """`count` councillors of Hämeenlinna in 2021–2025, each leading it and sitting on a named board."""
    place = Municipality.objects.get(code="109")
    term = CouncilTerm.objects.get(name="2021–2025")
    people = []
    for n in range(count):
        person = make_user(email=f"valtuutettu{n}@example.fi", first_name=f"Nimi{n}", municipality=place)
        RoleAssignment.objects.create(user=person, municipality=place, term=term, role="councillor", body="Hallitus")
        MunicipalLeader.objects.create(user=person, municipality=place)
        people.append(person)
    return people


def anonymising(person):
    """The last write of an erasure: the account row losing its identity."""
    return failing_write(User, f"NEW.id = {person.pk} AND NEW.is_active = FALSE", on="UPDATE")


def assert_untouched(people):
    for person in people:
        person.refresh_from_db()
        assert person.first_name.startswith("Nimi") and person.is_active
        assert RoleAssignment.objects.get(user=person).body == "Hallitus"
        assert MunicipalLeader.objects.filter(user=person).exists()
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.ERASE).exists()


def test_a_failure_at_the_end_of_an_erasure_erases_nothing():
    [person] = councillors(1)

    with anonymising(person), pytest.raises(DatabaseError, match=MESSAGE):
        call_command("erase_person", person.email, "--yes")

    assert_untouched([person])
    call_command("erase_person", person.email, "--yes")
    person.refresh_from_db()
    assert not person.is_active and not MunicipalLeader.objects.exists()


def test_a_failure_at_the_last_person_of_a_retention_run_erases_no_one():
    people = councillors(3)

    with anonymising(people[-1]), pytest.raises(DatabaseError, match=MESSAGE):
        # 2021–2025 ended 31.5.2025: all three are due, over the share one run may erase without a count.
        call_command("apply_retention", "--days", "30", "--confirm-count", "3")

    assert_untouched(people)
    call_command("apply_retention", "--days", "30", "--confirm-count", "3")
    assert not User.objects.filter(is_active=True, email__startswith="valtuutettu").exists()
    assert AuditEvent.objects.filter(action=AuditEvent.Action.ERASE).count() == 3
