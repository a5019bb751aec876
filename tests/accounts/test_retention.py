"""Retention that cannot destroy the service: only people whose last role ended more than the period ago,
never anyone with a role in the current term, and never more than a set share in one run without the exact
count. The clock is moved with time-machine: the rules must hold in the second and fifth year of use."""

import datetime

import pytest
import time_machine
from django.core.management import CommandError, call_command

from accounts.models import AuditEvent
from municipalities.models import CouncilTerm, Municipality, Role, RoleAssignment
from tests.builders import make_user

pytestmark = pytest.mark.django_db
TODAY = datetime.datetime(2026, 12, 3, 10, tzinfo=datetime.UTC)


def term(name):
    return CouncilTerm.objects.get(name=name)


def person(email, *terms, **fields):
    place = Municipality.objects.get(code="109")
    user = make_user(email=email, municipality=place, **fields)
    for name in terms:
        RoleAssignment.objects.create(user=user, municipality=place, term=term(name), role=Role.COUNCILLOR)
    return user


@pytest.fixture
def people():
    """20 councillors of 2025–2029 (four of them since 2017), and around them every edge of the rule."""
    current = [person(f"nyt{n}@example.fi", "2025–2029") for n in range(16)]
    current += [person(f"pitka{n}@example.fi", "2017–2021", "2021–2025", "2025–2029") for n in range(4)]
    return {
        "current": current,
        "left_2021": person("lahti2021@example.fi", "2017–2021"),  # ended 31.7.2021
        "left_2025": person("lahti2025@example.fi", "2021–2025"),  # ended 31.5.2025
        "no_role": person("eiroolia@example.fi"),
        "staff": person("kouluttaja@example.fi", "2017–2021", is_staff=True),
    }


def active(user):
    user.refresh_from_db()
    return user.is_active


@time_machine.travel(TODAY, tick=False)
def test_dry_run_prints_who_and_why_and_changes_nothing(people, capsys):
    call_command("apply_retention", "--dry-run")
    out = capsys.readouterr().out
    assert "2 of 23 active people" in out
    assert "would erase lahti2021@example.fi: last role ended 31.07.2021 (term 2017–2021), 1951 days ago" in out
    assert "would erase lahti2025@example.fi: last role ended 31.05.2025 (term 2021–2025), 551 days ago" in out
    for kept in ("nyt0@", "pitka0@", "eiroolia@", "kouluttaja@"):
        assert kept not in out
    assert "Dry run: nothing changed." in out
    assert active(people["left_2021"]) and active(people["left_2025"])


@time_machine.travel(TODAY, tick=False)
def test_a_run_erases_the_former_officials_and_keeps_everyone_current(people):
    call_command("apply_retention")
    assert not active(people["left_2021"]) and not active(people["left_2025"])
    assert all(active(user) for user in people["current"])  # incl. those whose 2017 and 2021 roles ended
    assert active(people["no_role"]) and active(people["staff"])
    event = AuditEvent.objects.get(subject=people["left_2025"], what="retention")
    assert event.detail["last_term"] == "2021–2025"


@time_machine.travel(TODAY, tick=False)
def test_the_period_is_a_setting(people, settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 600  # 31.5.2025 is only 551 days ago
    call_command("apply_retention")
    assert not active(people["left_2021"]) and active(people["left_2025"])


@time_machine.travel(datetime.datetime(2030, 3, 1, 10, tzinfo=datetime.UTC), tick=False)
def test_the_current_term_is_safe_even_after_its_last_day_when_no_newer_term_exists(people, capsys):
    # 2025–2029 ended on 31.5.2029; nobody has entered 2029–2033 yet. Its people are still the current ones.
    call_command("apply_retention", "--days", "30", "--dry-run")
    out = capsys.readouterr().out
    assert "nyt0@" not in out and "pitka0@" not in out and "2 of 23" in out


@time_machine.travel(TODAY, tick=False)
def test_a_run_over_the_cap_is_refused_without_the_exact_count(people):
    leavers = [person(f"vanha{n}@example.fi", "2021–2025") for n in range(6)]  # 8 due of 29: over 10 %
    with pytest.raises(CommandError, match=r"8 people are due, more than 10 % of the 29 active people .* 2 in one"):
        call_command("apply_retention")
    with pytest.raises(CommandError, match="--confirm-count 7 does not match the 8 people due"):
        call_command("apply_retention", "--confirm-count", "7")
    assert all(active(user) for user in leavers) and active(people["left_2025"])
    assert not AuditEvent.objects.filter(what="retention").exists()

    call_command("apply_retention", "--confirm-count", "8")
    assert not any(active(user) for user in leavers)
    assert all(active(user) for user in people["current"])


@time_machine.travel(TODAY, tick=False)
def test_the_cap_is_a_setting(people, settings):
    settings.RETENTION_MAX_SHARE_PERCENT = 5  # 5 % of 23 is 1 person: 2 due is over it
    with pytest.raises(CommandError, match="more than 5 %"):
        call_command("apply_retention")
    assert active(people["left_2021"])


def test_a_negative_period_is_refused(people):
    with pytest.raises(CommandError, match="cannot be negative"):
        call_command("apply_retention", "--days", "-1")
