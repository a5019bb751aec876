"""Reads for a municipality's participation dashboard.

Each function is one aggregate query, whatever the number of people, lessons or completions; the dashboard
as a whole stays within ten queries (tests pin it). Definitions, shared by the figures and the participant
list so that they always agree:

- enrolled: has an enrolment in the course;
- started: enrolled, and has finished at least one lesson of the course (the enrolment's started_at, set
  with the first one), or the course is completed;
- completed (course): the enrolment has a completion time, set by courses/ when every live required lesson
  and every requirement of other apps is done;
- completed (module): every live required lesson of the module is done, or the course is completed: a
  completion counts as of the moment it happened, so lessons added later never take a module (or the
  course) back from anyone who completed it, and module figures never fall below the course's. Those
  lessons are shown separately, as "new content since" completion.

People are the active users who hold a role in the municipality in the chosen council term (the current one
unless the page asks for an earlier one); roles are those held there in that term. A former official, with
roles in earlier terms only, is counted in those terms' figures and not in the current one's.
Leaders see participation and completion only: nothing here reads quiz answers or reflections.
"""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.db.models import (
    Aggregate,
    BooleanField,
    Case,
    CharField,
    Count,
    Exists,
    F,
    FilteredRelation,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from courses.models import Enrolment, LessonCompletion
from municipalities.models import BODY_OF_ROLE, Body, NetworkMembership, Role, RoleAssignment

from .small_groups import compared, is_small_group, percent

NETWORK_SLUG = "uso-2021-2022"


class Status:
    NOT_ENROLLED = "not_enrolled"
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"

    choices = [
        (NOT_STARTED, _("Enrolled, not started")),
        (NOT_ENROLLED, _("Not enrolled")),
        (IN_PROGRESS, _("In progress")),
        (COMPLETED, _("Completed")),
    ]
    labels = dict(choices)


class ConcatRoles(Aggregate):
    """A person's role codes joined with commas: GROUP_CONCAT on SQLite, STRING_AGG on PostgreSQL."""

    function = "GROUP_CONCAT"
    output_field = CharField()

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler, connection, function="STRING_AGG", template="%(function)s(%(expressions)s, ',')", **extra_context
        )


def _roles_in(municipality, term):
    return RoleAssignment.objects.filter(municipality=municipality, term=term)


def people_of(municipality, term):
    """The active people with a role in `municipality` in `term`."""
    return get_user_model().objects.filter(
        Exists(_roles_in(municipality, term).filter(user_id=OuterRef("pk"))), is_active=True
    )


def _enrolment_alias(course_id):
    return f"enrolment_{course_id}"


def _with_enrolments(queryset, courses, path=""):
    """Join each person's enrolment in each course (at most one row each, so no row is counted twice)."""
    return queryset.alias(
        **{
            _enrolment_alias(course.id): FilteredRelation(
                f"{path}enrolments", condition=Q(**{f"{path}enrolments__course_id": course.id})
            )
            for course in courses
        }
    )


def _conditions(course_id):
    enrolment = _enrolment_alias(course_id)
    enrolled = Q(**{f"{enrolment}__id__isnull": False})
    completed = Q(**{f"{enrolment}__completed_at__isnull": False})
    started = Q(**{f"{enrolment}__started_at__isnull": False})
    return {"enrolled": enrolled, "started": started | completed, "completed": completed}


@dataclass
class Counts:
    people: int
    enrolled: int = 0
    started: int = 0
    completed: int = 0

    def share(self, name):
        return percent(getattr(self, name), self.people)

    @property
    def by_status(self):
        return {
            Status.NOT_ENROLLED: self.people - self.enrolled,
            Status.NOT_STARTED: self.enrolled - self.started,
            Status.IN_PROGRESS: self.started - self.completed,
            Status.COMPLETED: self.completed,
        }


def _counts(values, course_id, people):
    return Counts(
        people=people,
        enrolled=values[f"enrolled_{course_id}"],
        started=values[f"started_{course_id}"],
        completed=values[f"completed_{course_id}"],
    )


@dataclass
class RoleRow:
    role: str
    label: str
    by_course: dict  # course id -> Counts

    @property
    def body(self):
        return BODY_OF_ROLE.get(self.role, "")

    @property
    def body_label(self):
        return Body(self.body).label if self.body else ""


def figures_by_role(*, municipality, term, courses):
    """Per role held in the municipality: people, and per course how many enrolled, started, completed.

    A person with two roles counts once in each; the 'everyone' figures come from municipality_figures()."""
    aggregates = {"people": Count("user_id", distinct=True)}
    for course in courses:
        for name, condition in _conditions(course.id).items():
            aggregates[f"{name}_{course.id}"] = Count("user_id", distinct=True, filter=condition)
    queryset = _with_enrolments(_roles_in(municipality, term).filter(user__is_active=True), courses, "user__")
    rows = {row["role"]: row for row in queryset.values("role").annotate(**aggregates).order_by()}
    return [
        RoleRow(
            role=role,
            label=label,
            by_course={course.id: _counts(rows[role], course.id, rows[role]["people"]) for course in courses},
        )
        for role, label in Role.choices
        if role in rows
    ]


@dataclass
class Comparison:
    """One course: the municipality's figures and the whole network's, both under the small-group rule."""

    enrolled: object
    completed: object
    network_enrolled: object
    network_completed: object


@dataclass
class MunicipalityFigures:
    people: int
    by_course: dict  # course id -> Counts
    network_people: int
    comparisons: dict = field(default_factory=dict)  # course id -> Comparison
    # The network's head count is withheld like the network overview's total (small_groups.py).
    network_people_withheld: bool = False


def network_member_ids():
    """The current members of the USO network, as a subquery."""
    return NetworkMembership.objects.filter(network__slug=NETWORK_SLUG, left_on__isnull=True).values("municipality_id")


def municipality_figures(*, municipality, term, courses):
    """Everyone in the municipality per course, with the network's figures to compare with."""
    aggregates = {"people": Count("id")}
    for course in courses:
        for name, condition in _conditions(course.id).items():
            aggregates[f"{name}_{course.id}"] = Count("id", filter=condition)
    values = _with_enrolments(people_of(municipality, term), courses).aggregate(**aggregates)
    network = network_figures(term=term, courses=courses)
    figures = MunicipalityFigures(
        people=values["people"],
        network_people=network["people"],
        network_people_withheld="people" in network["withheld"],
        by_course={course.id: _counts(values, course.id, values["people"]) for course in courses},
    )
    for course in courses:
        people_withheld = "people" in network["withheld"]
        figures.comparisons[course.id] = Comparison(
            enrolled=compared(values[f"enrolled_{course.id}"], values["people"]),
            completed=compared(values[f"completed_{course.id}"], values["people"]),
            network_enrolled=compared(
                network[f"enrolled_{course.id}"],
                network["people"],
                withheld=f"enrolled_{course.id}" in network["withheld"],
                group_withheld=people_withheld,
            ),
            network_completed=compared(
                network[f"completed_{course.id}"],
                network["people"],
                withheld=f"completed_{course.id}" in network["withheld"],
                group_withheld=people_withheld,
            ),
        )
    return figures


NETWORK_FIGURES_SECONDS = 300


def network_figures(*, term, courses):
    """People, enrolled and completed per course in the whole network: the average every member's dashboard
    compares itself with. The same for every member and slow to change, so it is cached for five minutes
    rather than counted over the whole network on each dashboard view. Reads enrolments only.

    Counted per member in the one query, so that "withheld" can name the totals that sum a member's small
    figure: they are withheld as in the network overview (small_groups.py), or the dashboard would give back
    by subtraction what the overview hides."""
    key = f"participation:network-figures:v2:{term.pk if term else ''}:" + ",".join(
        str(course.id) for course in courses
    )
    values = cache.get(key)
    if values is None:
        aggregates = {"people": Count("id")}
        for course in courses:
            conditions = _conditions(course.id)
            for name in ("enrolled", "completed"):
                aggregates[f"{name}_{course.id}"] = Count("id", filter=conditions[name])
        in_term = RoleAssignment.objects.filter(
            user_id=OuterRef("pk"), term=term, municipality_id__in=network_member_ids()
        )
        members = get_user_model().objects.filter(Exists(in_term), is_active=True)
        per_member = list(
            _with_enrolments(members, courses).values("municipality_id").annotate(**aggregates).order_by()
        )
        values = {name: sum(member[name] for member in per_member) for name in aggregates}
        values["withheld"] = sorted(
            name for name in aggregates if any(is_small_group(member[name]) for member in per_member)
        )
        cache.set(key, values, NETWORK_FIGURES_SECONDS)
    return values


@dataclass
class ModuleRow:
    module: object
    required: int
    started: int
    completed: int
    people: int
    new_since: int = 0  # people who completed the course and have lessons of this module added since to study

    @property
    def started_percent(self):
        return percent(self.started, self.people)

    @property
    def completed_percent(self):
        return percent(self.completed, self.people)


def _has_role(municipality, term, role, user_ref="pk"):
    return Exists(_roles_in(municipality, term).filter(user_id=OuterRef(user_ref), role=role))


def module_figures(*, municipality, term, course, people, completed, role=""):
    """Per module of `course`: how many of the municipality's people (with `role`, if given) have started
    it and completed it, and how many of those who completed the course have lessons of it added since.

    `people` is the size of the group, for percentages; `completed` how many of them completed the course
    (the group's Counts.completed), who count as having started and completed every module."""
    modules = course.modules
    if not modules:
        return []
    # user_id IN (…) with course_id lets the database walk the (user, course, module, lesson) index of
    # courses migration 0003 person by person, reading no table rows.
    per_person = LessonCompletion.objects.filter(
        course_id=course.id, user_id__in=people_of(municipality, term).values("pk")
    )
    if role:
        per_person = per_person.filter(_has_role(municipality, term, role, "user_id"))
    # One row per person and module with the number of required lessons done and whether the person
    # completed the course ...
    required_ids = course.required_lesson_ids or [0]  # an empty IN () is not valid SQL
    completed_course = Enrolment.objects.filter(
        user_id=OuterRef("user_id"), course_id=course.id, completed_at__isnull=False
    )
    per_person = (
        per_person.values("user_id", "module_id")
        # Counted without reading the id, so that PostgreSQL can answer from the index alone.
        .annotate(
            done=Sum(Case(When(lesson_id__in=required_ids, then=Value(1)), default=Value(0))),
            course_done=Case(When(Exists(completed_course), then=Value(1)), default=Value(0)),
        )
        .order_by()
    )
    required = {module.id: len(module.required_lesson_ids) for module in modules}
    values = _count_per_module(per_person, required)
    rows = []
    for module in modules:
        started, completed_by_lessons, up_to_date = values.get(module.id, (0, 0, 0))
        rows.append(
            ModuleRow(
                module=module,
                required=required[module.id],
                started=completed + started,
                completed=completed + completed_by_lessons,
                people=people,
                new_since=(completed - up_to_date) if required[module.id] else 0,
            )
        )
    return rows


def _count_per_module(per_person, required):
    """... then counted per module in the database: {module id: (started, completed, up to date)}, where the
    first two count people who have not completed the course, and the last those who have and have done
    every lesson of the module required now.

    Counting rows of a grouped query needs a GROUP BY over it, which the ORM cannot write; it builds the
    inner query and this plain SQL (the same on SQLite and PostgreSQL) groups it again. A module with
    nothing required is never completed by its lessons."""
    inner, params = per_person.query.sql_with_params()
    thresholds = " ".join(f"WHEN {int(module_id)} THEN {int(count) or 'NULL'}" for module_id, count in required.items())
    all_done = f"per_person.done >= (CASE per_person.module_id {thresholds} END)"
    # Only integers and the ORM's own SQL are put in the text; values travel as parameters.
    sql = (
        "SELECT per_person.module_id, "  # noqa: S608
        "SUM(CASE WHEN per_person.course_done = 1 THEN 0 ELSE 1 END), "
        f"SUM(CASE WHEN per_person.course_done = 0 AND {all_done} THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN per_person.course_done = 1 AND {all_done} THEN 1 ELSE 0 END) "
        f"FROM ({inner}) per_person GROUP BY per_person.module_id"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return {
            module_id: (started or 0, completed or 0, up_to_date or 0)
            for module_id, started, completed, up_to_date in cursor.fetchall()
        }


def participants(*, municipality, term, course, role="", status=""):
    """The municipality's people with their status, progress and last activity in `course`, by name.

    A queryset, so the page can slice one page of it and an export can stream all of it."""
    enrolment = _enrolment_alias(course.id)
    required_done = (
        LessonCompletion.objects.filter(user_id=OuterRef("pk"), lesson_id__in=course.required_lesson_ids or [0])
        .order_by()
        .values("user_id")
        .annotate(n=Count("id"))
        .values("n")
    )
    role_codes = (
        _roles_in(municipality, term)
        .filter(user_id=OuterRef("pk"))
        .order_by()
        .values("user_id")
        .annotate(codes=ConcatRoles("role"))
        .values("codes")
    )
    queryset = _with_enrolments(people_of(municipality, term), [course])
    if role:
        queryset = queryset.filter(_has_role(municipality, term, role))
    queryset = queryset.annotate(status=_status(course.id))
    if status:
        queryset = queryset.filter(status=status)
    return queryset.annotate(
        lessons_done=Coalesce(Subquery(required_done, output_field=IntegerField()), 0),
        role_codes=Subquery(role_codes, output_field=CharField()),
        last_activity_at=F(f"{enrolment}__last_activity_at"),
        completed_at=F(f"{enrolment}__completed_at"),
    ).order_by("last_name", "first_name", "pk")


def _status(course_id):
    conditions = _conditions(course_id)
    return Case(
        When(~conditions["enrolled"], then=Value(Status.NOT_ENROLLED)),
        When(conditions["completed"], then=Value(Status.COMPLETED)),
        When(conditions["started"], then=Value(Status.IN_PROGRESS)),
        default=Value(Status.NOT_STARTED),
        output_field=CharField(),
    )


def participant_ids(*, municipality, term, course, status="", active_since=None):
    """The ids of the people participants() lists (with `status`, and activity in `course` since
    `active_since` if given), as rows {"user_id": id}, one a person, for reading a page at a time in id order.

    Read from the municipality's role rows, in the order of their (municipality, term, user) index from
    where the page starts, so that a page reads its own rows and few others however deep it is and however
    large the municipality. Asked of the people, as participants() does, the database walks the people or
    the role rows from the first one to find where a page starts. Each role row asks for its person (active,
    and the status and activity asked for) in a subquery of its own: as a join, the database could again
    choose to merge the role rows with all the people from the first one."""
    person = _with_enrolments(get_user_model().objects.filter(pk=OuterRef("user_id"), is_active=True), [course])
    if status:
        person = person.annotate(status=_status(course.id)).filter(status=status)
    # True, or null when the person is not one of them. A bare true/null rather than a comparison with a value:
    # the database then guesses that half the rows pass, and keeps walking the index in order, where for
    # `= 'completed'` it would guess a few rows and read all of the municipality's to sort them.
    wanted = Subquery(person.order_by().values(wanted=Value(True)), output_field=BooleanField())
    queryset = _roles_in(municipality, term).filter(wanted)
    if active_since is not None:
        # A plain semi-join, whose rows the database can estimate: a sync that asks for the few people active
        # since its last run reads their enrolments, not the whole municipality's people one by one.
        active = Enrolment.objects.filter(course_id=course.id, last_activity_at__gte=active_since)
        queryset = queryset.filter(user_id__in=active.values("user_id"))
    return queryset.values("user_id").distinct()


@dataclass
class ParticipantRow:
    """One line of the participant list, as the page and the exports show it."""

    name: str
    roles: list
    status: str
    progress_percent: int
    last_activity_at: object
    completed_at: object
    has_new_content: bool = False  # completed, and lessons required now were added since

    @property
    def status_label(self):
        return Status.labels[self.status]


ROLE_LABELS = dict(Role.choices)
ROLE_ORDER = {role: position for position, role in enumerate(Role.values)}


def participant_row(person, *, required_total):
    codes = sorted(set(filter(None, (person.role_codes or "").split(","))), key=lambda code: ROLE_ORDER.get(code, 99))
    completed = person.status == Status.COMPLETED
    return ParticipantRow(
        name=f"{person.last_name} {person.first_name}".strip() or person.email,
        roles=[ROLE_LABELS.get(code, code) for code in codes],
        status=person.status,
        # A completion counts as of when it happened: 100 %, whatever was added to the course since.
        progress_percent=100 if completed else min(100, percent(person.lessons_done, required_total)),
        last_activity_at=person.last_activity_at,
        completed_at=person.completed_at,
        has_new_content=completed and person.lessons_done < required_total,
    )
