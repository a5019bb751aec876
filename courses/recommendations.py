"""Courses and modules recommended for the roles a learner holds now: "My learning" shows such courses
first, and the course page marks such modules.

Roles are those of the current council term (municipalities.terms), so a former official sees no
recommendation made for the role they no longer hold. Two queries, whatever the number of courses."""

from django.db.models import Q

from municipalities.models import RoleAssignment
from municipalities.terms import current_term

from .models import CoursePage, Enrolment
from .translation import default_locale_id, in_active_language


def current_role_codes(user):
    term = current_term()
    if term is None or not user.is_authenticated:
        return set()
    return set(RoleAssignment.objects.filter(user=user, term=term).values_list("role", flat=True))


def is_recommended(course, roles):
    return bool(roles) and bool(set(course.recommended_roles or ()) & roles)


def recommended_module_ids(*, modules, user):
    """The modules of a course page marked as recommended for a role the viewer holds now (one query, none
    for an anonymous visitor or when no module is marked)."""
    if not any(module.recommended_roles for module in modules):
        return set()
    roles = current_role_codes(user)
    return {module.pk for module in modules if is_recommended(module, roles)}


def recommended_first(entries, roles):
    """My learning's entries with the courses recommended for `roles` first, each group in its order."""
    return sorted(entries, key=lambda entry: not is_recommended(entry.course, roles))


def recommended_not_enrolled(*, user, roles):
    """Live courses recommended for `roles` that the learner has not enrolled in (in any language), shown in
    the learner's language where a translation exists."""
    if not roles:
        return []
    enrolled_keys = Enrolment.objects.filter(user=user).values("course__translation_key")
    courses = [
        course
        for course in CoursePage.objects.live()
        .filter(locale_id=default_locale_id())
        .exclude(Q(translation_key__in=enrolled_keys))
        .order_by("path")
        if is_recommended(course, roles)
    ]
    translated = in_active_language(courses, model=CoursePage)
    return [translated[course.pk] for course in courses]


def next_course(*, user, recommended):
    """The one course "My learning" suggests next: the first recommended for the learner's roles, else the first
    live course they have not enrolled in (one query), else None."""
    if recommended:
        return recommended[0]
    enrolled_keys = Enrolment.objects.filter(user=user).values("course__translation_key")
    course = (
        CoursePage.objects.live()
        .filter(locale_id=default_locale_id())
        .exclude(translation_key__in=enrolled_keys)
        .order_by("path")
        .first()
    )
    return in_active_language([course], model=CoursePage)[course.pk] if course else None
