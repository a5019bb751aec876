"""A badge for each demo course (idempotent: one badge class per course, updated in place)."""

from django.db import transaction

from courses.models import CoursePage

from .models import BadgeClass

CRITERIA = (
    "Osallistuja on suorittanut verkkokurssin “{title}” kaikki pakolliset oppitunnit ja läpäissyt kurssin "
    "tietovisat USO-perehdytyksessä."
)


@transaction.atomic
def certificates_demo_load(*, stdout=None):
    badges = []
    for course in CoursePage.objects.live().order_by("path"):
        badge, _created = BadgeClass.objects.update_or_create(
            course=course,
            defaults={
                "name": course.title,
                "description": f"Merkki suoritetusta verkkokurssista “{course.title}”. {course.summary}"[:1000],
                "criteria_narrative": CRITERIA.format(title=course.title),
            },
        )
        badges.append(badge)
    if stdout is not None:
        stdout.write(f"Badges: {len(badges)}")
    return badges
