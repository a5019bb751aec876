"""What a municipality's dashboard page shows, composed from the selectors in a fixed number of queries."""

from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from home.charts import line_chart
from municipalities.dashboard import dashboard_sections
from municipalities.models import Role
from municipalities.terms import term_from_query

from . import selectors
from .course_tree import courses_for_term
from .forms import ParticipantFilterForm
from .trend import monthly_trend

PAGE_SIZE = 50
ROLE_LABELS = dict(Role.choices)


class KnownCountPaginator(Paginator):
    """A paginator told its count: the dashboard's figures already hold how many people each filter shows,
    so counting them again would cost one more query on every page."""

    def __init__(self, object_list, per_page, *, count):
        super().__init__(object_list, per_page)
        self._known_count = count

    @cached_property
    def count(self):
        return self._known_count


def municipality_dashboard(*, municipality, query):
    """The dashboard for the term the query names (?term=), the current one by default."""
    choice = term_from_query(query)
    term = choice.term
    courses = courses_for_term(term)
    form = ParticipantFilterForm(query, courses=courses, term_choice=choice)
    course, role, status = form.filters()
    context = {
        "municipality": municipality,
        "courses": courses,
        "form": form,
        "course": course,
        "role": role,
        "term_choice": choice,
    }
    if course is None or term is None:
        return context
    figures = selectors.municipality_figures(municipality=municipality, term=term, courses=courses)
    role_rows = selectors.figures_by_role(municipality=municipality, term=term, courses=courses)
    group = next((row.by_course[course.id] for row in role_rows if row.role == role), None) if role else None
    group = group or (selectors.Counts(people=0) if role else figures.by_course[course.id])
    people = selectors.participants(municipality=municipality, term=term, course=course, role=role, status=status)
    listed = group.by_status[status] if status else group.people
    page = KnownCountPaginator(people, PAGE_SIZE, count=listed).get_page(query.get("page"))
    required_total = len(course.required_lesson_ids)
    context.update(
        {
            "status": status,
            "role_label": ROLE_LABELS.get(role),
            "figures": figures,
            "course_counts": [(item, figures.by_course[item.id]) for item in courses],
            "comparison": figures.comparisons[course.id],
            "headline": figures.by_course[course.id],  # everyone, whatever the role filter below
            "role_rows": [(row, row.by_course[course.id]) for row in role_rows],
            "modules": selectors.module_figures(
                municipality=municipality,
                term=term,
                course=course,
                people=group.people,
                completed=group.completed,
                role=role,
            ),
            "group": group,
            "trend": trend_chart(
                monthly_trend(municipality=municipality, term=term, course=course), people=figures.people
            ),
            "status_counts": [(value, label, group.by_status[value]) for value, label in selectors.Status.choices],
            "page": page,
            "rows": [selectors.participant_row(person, required_total=required_total) for person in page],
        }
    )
    return context


def trend_chart(trend, *, people):
    """The trend as a line chart (home/charts.py) and the table beside it; None when nobody has started."""
    if not trend:
        return None
    chart = line_chart(
        labels=[f"{point.month.month}/{point.month.year}" for point in trend],
        series=[
            (_("Started"), [point.started for point in trend], "chart-series-1"),
            (_("Completed"), [point.completed for point in trend], "chart-series-2"),
        ],
        percent_of=people,  # the axis in per cent of everyone; the table gives the counts
    )
    return {"chart": chart, "points": trend, "people": people}


def rendered_sections(*, municipality, user, request):
    """The sections other apps registered (events, …), each rendered with its own template."""
    return [
        render_to_string(
            section.template, section.context(municipality=municipality, user=user, request=request), request
        )
        for section in dashboard_sections()
    ]
