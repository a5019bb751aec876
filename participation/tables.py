"""The dashboard tables as header + rows, for the CSV and XLSX exports. The rows are the same figures the
pages show, from the same selectors, so a file never says something the page does not."""

from django.utils.translation import gettext_lazy as _

from . import selectors
from .exports import Code

EXPORT_CHUNK = 2000  # rows fetched at a time while streaming: memory stays flat however long the list


def participant_table(*, municipality, term, course, role, status):
    # The e-mail last, so that two people of the same name can be told apart (issue 18).
    header = [_("Name"), _("Roles"), _("Status"), _("Progress %"), _("Last activity"), _("Completed"), _("Email")]
    required_total = len(course.required_lesson_ids)
    people = selectors.participants(municipality=municipality, term=term, course=course, role=role, status=status)

    def rows():
        for person in people.iterator(chunk_size=EXPORT_CHUNK):
            row = selectors.participant_row(person, required_total=required_total)
            yield [
                row.name,
                ", ".join(str(label) for label in row.roles),
                row.status_label,
                row.progress_percent,
                row.last_activity_at,
                row.completed_at,
                person.email,
            ]

    return header, rows()


def course_summary_table(*, municipality, term, courses, figures=None):
    """Each course for everyone and per role."""
    figures = figures or selectors.municipality_figures(municipality=municipality, term=term, courses=courses)
    role_rows = selectors.figures_by_role(municipality=municipality, term=term, courses=courses)
    header = [
        _("Course"),
        _("Group"),
        _("People"),
        _("Enrolled"),
        _("Enrolled %"),
        _("Started"),
        _("Started %"),
        _("Completed"),
        _("Completed %"),
    ]
    rows = []
    for course in courses:
        groups = [(_("Everyone"), figures.by_course[course.id])]
        groups += [(row.label, row.by_course[course.id]) for row in role_rows]
        for label, counts in groups:
            rows.append(
                [
                    course.title,
                    label,
                    counts.people,
                    counts.enrolled,
                    counts.share("enrolled"),
                    counts.started,
                    counts.share("started"),
                    counts.completed,
                    counts.share("completed"),
                ]
            )
    return header, rows


def module_summary_table(*, municipality, term, courses, figures=None):
    """Each module of each course, for everyone (`figures`: the municipality's figures, when known)."""
    figures = figures or selectors.municipality_figures(municipality=municipality, term=term, courses=courses)
    header = [
        _("Course"),
        _("Module"),
        _("Required lessons"),
        _("People"),
        _("Started"),
        _("Started %"),
        _("Completed"),
        _("Completed %"),
        _("Completed the course, new lessons since"),
    ]
    rows = [
        [
            course.title,
            module.module.title,
            module.required,
            module.people,
            module.started,
            module.started_percent,
            module.completed,
            module.completed_percent,
            module.new_since,
        ]
        for course in courses
        for module in selectors.module_figures(
            municipality=municipality,
            term=term,
            course=course,
            people=figures.by_course[course.id].people,
            completed=figures.by_course[course.id].completed,
        )
    ]
    return header, rows


def summary_tables(*, municipality, term, courses):
    """Both summary tables, as the sheets of one workbook."""
    figures = selectors.municipality_figures(municipality=municipality, term=term, courses=courses)
    return [
        (_("Courses"), *course_summary_table(municipality=municipality, term=term, courses=courses, figures=figures)),
        (
            _("Modules"),
            *module_summary_table(municipality=municipality, term=term, courses=courses, figures=figures),
        ),
    ]


def network_table(overview):
    header = [
        _("Municipality code"),
        _("Municipality"),
        _("People"),
        _("Enrolled"),
        _("Participation rate %"),
        _("Completed"),
        _("Completion rate %"),
    ]

    def cells(row, code, name):
        return [
            code,
            name,
            row.people.shown_count,
            row.enrolled.shown_count,
            _shown_percent(row.enrolled),
            row.completed.shown_count,
            _shown_percent(row.completed),
        ]

    rows = [cells(row, Code(row.code), row.name) for row in overview["rows"]]
    rows.append(cells(overview["total"], "", _("Network total")))
    return header, rows


def _shown_percent(figure):
    return figure.percent_hidden_text if figure.shown_percent is None else figure.shown_percent
