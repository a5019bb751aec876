"""The term rollover: a municipality's roster for the new council term, previewed and saved in one go.

When a term starts, the leader uploads the new roster (the same file format as an import, parsed by the
same code). The file is the whole roster of the current term: it is compared with the people who held a
role in the municipality in the previous term or already hold one in the current term:

- continues: held a role before and is in the file (re-elected, or in a new role): the same account, so
  their progress, certificates and history stay; their roles of the current term become the file's;
- new: in the file, with no role in the municipality before: an account is created and invited;
- leaves: held a role before, is not in the file: their roles of the current term (if any) go, so they
  become former officials. Nothing of theirs is deleted: their earlier terms' roles, progress and
  certificates stay, and they count in those terms' figures only.

Nothing is saved before the leader confirms the preview; the confirmation runs in one transaction, and a
file that would end every role in the municipality (nobody continues) is refused.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from municipalities.models import CouncilTerm, Role, RoleAssignment
from municipalities.terms import current_term

from . import selectors, services
from .models import RosterImport
from .services import RosterError


def previous_term(term):
    return CouncilTerm.objects.filter(starts_on__lt=term.starts_on).order_by("-starts_on").first()


@dataclass
class RolloverPerson:
    email: str
    name: str
    roles_before: list = field(default_factory=list)  # role labels held in the earlier or current term
    roles_after: list = field(default_factory=list)  # role labels of the file


@dataclass
class RolloverPlan:
    term: object
    previous: object
    preview: object  # selectors.RosterPreview: the file's rows and their problems
    continues: list = field(default_factory=list)
    new: list = field(default_factory=list)
    leaves: list = field(default_factory=list)

    @property
    def ends_every_role(self):
        return bool(self.leaves) and not self.continues

    @property
    def counts(self):
        return {"continues": len(self.continues), "new": len(self.new), "leaves": len(self.leaves)}

    def counts_token(self):
        """What the leader saw, carried through the form: saving refuses if the roster changed since."""
        return f"{len(self.continues)}-{len(self.new)}-{len(self.leaves)}-{self.preview.faulty_count}"


def _role_label(code, body):
    label = str(Role(code).label) if code in Role.values else code
    return f"{label} ({body})" if body else label


def rollover_plan(*, roster_import):
    """Who continues, who is new and who leaves if `roster_import` becomes the current term's roster.

    A fixed number of queries, whatever the size of the council."""
    term = current_term()
    if term is None:
        raise RosterError(_("No council term has started yet: an administrator adds the terms first."))
    previous = previous_term(term)
    preview = selectors.roster_preview(roster_import=roster_import)
    terms = [term.pk] + ([previous.pk] if previous else [])
    held = (
        RoleAssignment.objects.filter(municipality=roster_import.municipality, term_id__in=terms)
        .select_related("user")
        .order_by("user__last_name", "user__first_name", "user_id")
    )
    before = {}
    for role in held:
        email = role.user.email.lower()
        person = before.setdefault(email, RolloverPerson(email=email, name=str(role.user)))
        label = _role_label(role.role, role.body)
        if label not in person.roles_before:
            person.roles_before.append(label)
    after = {}
    for entry in preview.valid_rows:
        row = entry.row
        person = after.setdefault(row.email, RolloverPerson(email=row.email, name=row.full_name or row.email))
        person.roles_after.append(_role_label(row.role, row.body))
    plan = RolloverPlan(term=term, previous=previous, preview=preview)
    for email, person in after.items():
        if email in before:
            person.roles_before = before[email].roles_before
            plan.continues.append(person)
        else:
            plan.new.append(person)
    plan.leaves = [person for email, person in before.items() if email not in after]
    plan.continues.sort(key=lambda p: p.name.lower())
    plan.new.sort(key=lambda p: p.name.lower())
    return plan


def _refuse_unsafe(plan, municipality):
    if not plan.preview.valid_rows:
        raise RosterError(_("Nothing was saved: no row can be imported."))
    if plan.ends_every_role:
        raise RosterError(
            _(
                "Nothing was saved: this file would end the roles of all %(count)s people of %(municipality)s and "
                "keep none of them. Check that it is the new roster of %(municipality)s."
            )
            % {"count": len(plan.leaves), "municipality": municipality.name_fi}
        )


@transaction.atomic
def rollover_confirm(*, roster_import_id, skip_faulty, counts_token, base_url):
    """Make the previewed file the current term's roster of its municipality; one transaction.

    The people in the file are created or updated and get the file's roles in the current term
    (services.roster_import_confirm, as for any import, invitations included); the current term's roles
    of everyone else in the municipality, and those of continuing people that the file no longer lists,
    are removed first."""
    roster_import = RosterImport.objects.select_for_update().select_related("municipality").get(pk=roster_import_id)
    if roster_import.status != RosterImport.Status.PENDING:
        raise RosterError(_("This file has already been saved."))
    plan = rollover_plan(roster_import=roster_import)
    _refuse_unsafe(plan, roster_import.municipality)
    if plan.counts_token() != counts_token:
        raise RosterError(_("Nothing was saved: the rows changed since you looked. Check the preview again."))
    # The file says which roles each person holds in the current term: what it does not list ends.
    RoleAssignment.objects.filter(municipality=roster_import.municipality, term=plan.term).delete()
    saved = services.roster_import_confirm(
        roster_import_id=roster_import.pk,
        skip_faulty=skip_faulty,
        expected_faulty_count=plan.preview.faulty_count,
        base_url=base_url,
        in_background=False,  # the rollover is one transaction: saved here, not in chunks by a task
    )
    return saved, plan
