"""The trend on a municipality's dashboard: how many of its people had started, and completed, a course by the
end of each month. One query reading two dates per enrolment, whatever the number of months."""

from dataclasses import dataclass
from datetime import date

from django.utils import timezone

from courses.models import Enrolment

from .selectors import people_of

MAX_MONTHS = 12  # a council term is four years: the chart shows the last year that had activity


@dataclass
class MonthFigures:
    month: date
    started: int
    completed: int


def _month(moment):
    local = timezone.localtime(moment)
    return date(local.year, local.month, 1)


def _next_month(month):
    return date(month.year + (month.month == 12), month.month % 12 + 1, 1)


def monthly_trend(*, municipality, term, course):
    """Cumulative counts at the end of each month, from the first start to the latest activity (at most
    MAX_MONTHS); empty when nobody has started."""
    dates = list(
        Enrolment.objects.filter(course_id=course.id, user__in=people_of(municipality, term))
        .exclude(started_at__isnull=True, completed_at__isnull=True)
        .values_list("started_at", "completed_at")
    )
    if not dates:
        return []
    # A completion counts as a start too (selectors: "started" includes completed).
    starts = sorted(_month(started or completed) for started, completed in dates)
    completions = sorted(_month(completed) for _started, completed in dates if completed)
    last = max(starts[-1], completions[-1] if completions else starts[-1])
    months = [starts[0]]
    while months[-1] < last:
        months.append(_next_month(months[-1]))
    months = months[-MAX_MONTHS:]
    return [
        MonthFigures(
            month=month,
            started=sum(1 for start in starts if start <= month),
            completed=sum(1 for done in completions if done <= month),
        )
        for month in months
    ]
