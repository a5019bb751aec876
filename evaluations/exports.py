"""The results of a round as an XLSX file, under the same small-group rule as the page: the view builds it
only from shown results (selectors.round_results), so there is no path to a file of fewer than five."""

import io

from django.http import HttpResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from openpyxl import Workbook

from home.text import control_characters_removed

from .models import LIKERT_VALUES

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _text(value):
    # An XLSX string cell is never run as a formula; control characters would make openpyxl refuse it.
    return control_characters_removed(value) if isinstance(value, str) else value


def results_workbook(results):
    assert results.shown, "results under the small-group rule are never written to a file"
    round_ = results.round
    book = Workbook()
    sheet = book.active
    sheet.title = _("Statements")[:31]
    sheet.append([_text(round_.survey.title)])
    sheet.append([_text(round_.municipality.display_name()), round_.opens_on, round_.closes_on])
    sheet.append([_("Answers"), results.answered])
    sheet.append([])
    sheet.append(
        [_("Theme"), _("Statement"), _("Answers"), _("Average"), *[str(value) for value in LIKERT_VALUES]]
        + [_("Previous round"), _("Change"), _("Network average")]
    )
    opens = book.create_sheet(_("Open answers")[:31])
    opens.append([_("Theme"), _("Question"), _("Answer")])
    for theme in results.themes:
        for result in theme.items:
            if result.item.is_likert:
                sheet.append(
                    [_text(theme.name), _text(result.item.text), result.count, result.average]
                    + [count for _value, count, _percent in result.distribution]
                    + [result.previous_average, result.change, result.network_average]
                )
            else:
                for text in result.open_answers:
                    opens.append([_text(theme.name), _text(result.item.text), _text(text)])
    return book


def results_response(results):
    buffer = io.BytesIO()
    results_workbook(results).save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_CONTENT_TYPE)
    name = slugify(f"{results.round.survey.title_fi} {results.round.municipality.name_fi} {results.round.opens_on}")
    response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
    return response
