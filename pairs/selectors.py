"""Reads: who the leadership pair of a municipality is in a term, and how far it is in its pathway."""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model

from municipalities.models import RoleAssignment
from municipalities.terms import current_term

from .models import PAIR_ROLES, PairNote, PairPathway, PairTask, PairTaskMark


def pair_members(*, municipality_id, term):
    """The people holding a pair role in the municipality in the term, from its roster. One query."""
    if term is None or municipality_id is None:
        return []
    ids = RoleAssignment.objects.filter(municipality_id=municipality_id, term=term, role__in=PAIR_ROLES).values(
        "user_id"
    )
    return list(get_user_model().objects.filter(pk__in=ids, is_active=True).order_by("last_name", "first_name"))


def pair_roles(*, municipality_id, term):
    """{user id: [role labels]} of the pair, for showing who is who."""
    rows = RoleAssignment.objects.filter(municipality_id=municipality_id, term=term, role__in=PAIR_ROLES)
    roles = {}
    for row in rows.order_by("role"):
        roles.setdefault(row.user_id, []).append(row.get_role_display())
    return roles


def current_pair_of(user):
    """(term, members) when `user` is in their municipality's leadership pair now, else (term, [])."""
    term = current_term()
    if not user.is_authenticated or user.municipality_id is None:
        return term, []
    members = pair_members(municipality_id=user.municipality_id, term=term)
    # A pair is two or more: one person alone has no one to agree with.
    if len(members) < 2 or user.pk not in {member.pk for member in members}:
        return term, []
    return term, members


def is_pair_member(user):
    """For the header's link: is `user` in their municipality's pair now. Cached with the other roles of the
    header (municipalities/navigation.py), so it is asked once per person every few minutes."""
    return bool(current_pair_of(user)[1])


@dataclass
class TaskState:
    task: PairTask
    marked_by: set = field(default_factory=set)  # member ids who have marked it
    members: int = 0

    @property
    def is_done(self):
        return self.members >= 2 and len(self.marked_by) >= self.members


@dataclass
class PathwayState:
    pathway: PairPathway
    tasks: list = field(default_factory=list)

    @property
    def done(self):
        return sum(task.is_done for task in self.tasks)

    @property
    def total(self):
        return len(self.tasks)

    @property
    def is_done(self):
        return self.total > 0 and self.done == self.total


def pathway_states(*, municipality_id, term, members):
    """Every pathway in use with each task's marks by the current members. Three queries."""
    member_ids = {member.pk for member in members}
    pathways = list(PairPathway.objects.filter(in_use=True).order_by("pk").prefetch_related("tasks"))
    marks = {}
    if term is not None and member_ids:
        for task_id, user_id in PairTaskMark.objects.filter(
            municipality_id=municipality_id, term=term, user_id__in=member_ids
        ).values_list("task_id", "user_id"):
            marks.setdefault(task_id, set()).add(user_id)
    return [
        PathwayState(
            pathway=pathway,
            tasks=[
                TaskState(task=task, marked_by=marks.get(task.pk, set()), members=len(member_ids))
                for task in pathway.tasks.all()
            ],
        )
        for pathway in pathways
    ]


def pair_notes(*, municipality_id, term):
    return list(
        PairNote.objects.filter(municipality_id=municipality_id, term=term)
        .select_related("author")
        .order_by("-created_at")
    )


@dataclass
class PairStatus:
    """What a municipality's leader sees: who is in the pair (roles) and how far the pathway is, never the
    pair's notes or who marked what."""

    members: int
    done: int
    total: int
    member_ids: frozenset = frozenset()  # to offer the members a link to their space, nothing more

    @property
    def is_done(self):
        return self.total > 0 and self.done == self.total


def pair_status(*, municipality):
    term = current_term()
    members = pair_members(municipality_id=municipality.pk, term=term)
    states = pathway_states(municipality_id=municipality.pk, term=term, members=members)
    return PairStatus(
        members=len(members),
        done=sum(state.done for state in states),
        total=sum(state.total for state in states),
        member_ids=frozenset(member.pk for member in members) if len(members) >= 2 else frozenset(),
    )
