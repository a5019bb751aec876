"""Retention: who is due to be anonymised because their last role ended long ago, and the guarded erasure.

A person is due when every role they held ended more than the retention period ago. Never due: anyone with
a role in a term that has not ended, or in the current term (the latest term that has started, which stays
current after its last day until a newer term is entered), staff and superusers, and people who never held
a role (nothing tells when their time ended). The roles are read through the user's relation, so accounts/
imports nothing from municipalities/, which builds on it.

An erasure run is capped: more than RETENTION_MAX_SHARE_PERCENT of the active people in one run is refused
unless the operator repeats the exact count (`--confirm-count N`), so a wrong clock, a missing term or a
mistyped setting cannot empty the service overnight.
"""

import datetime
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Exists, F, Max, OuterRef, Q
from django.utils import timezone

from .audit import audit_record
from .models import AuditEvent
from .privacy import person_erase


class RetentionRefused(Exception):
    """The run would erase more people than the cap allows; nothing was changed."""


@dataclass(frozen=True)
class DuePerson:
    user: object
    last_term: str
    last_day: datetime.date

    def reason(self, today):
        return (
            f"last role ended {self.last_day:%d.%m.%Y} (term {self.last_term}), {(today - self.last_day).days} days ago"
        )


def _current_term_id(today):
    CouncilTerm = apps.get_model("municipalities", "CouncilTerm")
    return CouncilTerm.objects.filter(starts_on__lte=today).order_by("-starts_on").values("pk")[:1]


def retention_cutoff(*, days, today=None):
    return (today or timezone.localdate()) - datetime.timedelta(days=days)


def people_due(*, days, today=None):
    """Active people whose every role ended before the cutoff, oldest ending first, with the last term."""
    today = today or timezone.localdate()
    RoleAssignment = apps.get_model("municipalities", "RoleAssignment")
    still_serving = RoleAssignment.objects.filter(user_id=OuterRef("pk")).filter(
        Q(term__ends_on__gte=today) | Q(term_id__in=_current_term_id(today))
    )
    last_role = RoleAssignment.objects.filter(user_id=OuterRef("pk")).order_by("-term__ends_on")
    people = (
        get_user_model()
        .objects.filter(is_active=True, is_superuser=False, is_staff=False)
        .annotate(last_day=Max("roles__term__ends_on"))
        .filter(last_day__lt=retention_cutoff(days=days, today=today))
        .exclude(Exists(still_serving))
        .annotate(last_term=last_role.values("term__name")[:1])
        .order_by(F("last_day").asc(), "pk")
    )
    return [DuePerson(user=person, last_term=person.last_term, last_day=person.last_day) for person in people]


def active_people_count():
    return get_user_model().objects.filter(is_active=True, is_superuser=False, is_staff=False).count()


def erasure_cap(total):
    """The most people one run may erase without --confirm-count: a share of the active people, at least 1."""
    return max(1, total * settings.RETENTION_MAX_SHARE_PERCENT // 100)


def retention_check(*, due_count, total, confirm_count=None):
    """Raises RetentionRefused when `due_count` is over the cap and not confirmed with exactly that count."""
    cap = erasure_cap(total)
    if due_count <= cap or confirm_count == due_count:
        return
    if confirm_count is not None:
        raise RetentionRefused(
            f"--confirm-count {confirm_count} does not match the {due_count} people due: nothing was erased. "
            "Run with --dry-run to see who they are."
        )
    raise RetentionRefused(
        f"{due_count} people are due, more than {settings.RETENTION_MAX_SHARE_PERCENT} % of the {total} active "
        f"people (at most {cap} in one run): nothing was erased. Check the list with --dry-run; if it is right, "
        f"run again with --confirm-count {due_count}."
    )


@transaction.atomic
def retention_apply(*, due, on_progress=None):
    """Anonymise each person of `due` (through accounts.privacy) and audit it. One run is one transaction: a
    failure part-way erases no one (rather than some), and the next run starts from the same list."""
    for done, item in enumerate(due, start=1):
        person_erase(user=item.user)
        audit_record(
            actor=None,
            action=AuditEvent.Action.ERASE,
            what="retention",
            subject=item.user,
            last_term=item.last_term,
            last_day=item.last_day.isoformat(),
        )
        if on_progress is not None:
            on_progress(done)
