"""The quiz statistics as a CSV file, one row per option, streamed.

Written for Finnish Excel like the participation exports: UTF-8 with a byte order mark, semicolons between
fields, decimal commas, and a leading apostrophe on a text a spreadsheet would run as a formula (a trainer's
option text may well begin with "-" or "=").
"""

import csv

from django.http import StreamingHttpResponse
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _text(value):
    value = "" if value is None else str(value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _decimal(value):
    return "" if value is None else f"{value:.2f}".replace(".", ",")


class _Echo:
    def write(self, value):
        return value


def _kind(question):
    if question.case:
        return _("scenario")
    return _("multiple choice") if question.multiple else _("single choice")


def statistics_header():
    return [
        _("Quiz"),
        _("Question number"),
        _("Question id"),
        _("Kind"),
        _("Question"),
        _("Attempts shown the question"),
        _("Correct (%)"),
        _("Discrimination (upper − lower 27 %)"),
        _("Fewer than 10 attempts"),
        _("Option id"),
        _("Option"),
        _("Right answer"),
        _("Chosen (times)"),
        _("Chosen (%)"),
    ]


def statistics_rows(stats):
    for item in stats.questions:
        for row in item.options:
            yield [
                _text(stats.quiz.title),
                item.number,
                item.question.id,
                _kind(item.question),
                _text(item.question.text),
                item.answered,
                "" if item.percent_correct is None else item.percent_correct,
                _decimal(item.discrimination_shown),
                _("yes") if stats.small_sample else _("no"),
                row.option.id,
                _text(row.option.text),
                _("yes") if row.option.is_correct else _("no"),
                row.count,
                "" if row.percent is None else row.percent,
            ]


def _lines(stats, language):
    # Rows are written after the view returns, when the request's language is no longer active.
    with translation.override(language):
        writer = csv.writer(_Echo(), delimiter=";")
        yield BOM + writer.writerow(statistics_header())
        for row in statistics_rows(stats):
            yield writer.writerow(row)


def statistics_csv_response(stats):
    response = StreamingHttpResponse(_lines(stats, translation.get_language()), content_type=CSV_CONTENT_TYPE)
    name = slugify(stats.quiz.title) or "quiz"
    response["Content-Disposition"] = f'attachment; filename="{name}-{stats.quiz.pk}-statistics.csv"'
    return response
