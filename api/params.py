"""Query parameters of the API, checked strictly: unlike a page, which falls back to a default, an API that
quietly answered for another term or period than the one asked for would put wrong figures into reports.
Anything unreadable is a 400 naming the parameter."""

import datetime

from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import ValidationError

from municipalities.terms import council_terms, current_term
from participation.selectors import Status


def started_terms():
    today = timezone.localdate()
    return [term for term in council_terms() if term.starts_on <= today]


def term_param(query):
    """?term=<id or name>; the current term when absent."""
    value = str(query.get("term", "")).strip()[:50]
    if not value:
        term = current_term()
        if term is None:
            raise ValidationError({"term": [_("No council term has started yet.")]})
        return term
    for term in started_terms():
        if str(term.pk) == value or term.name == value:
            return term
    raise ValidationError({"term": [_("Unknown council term: give the id or name of one listed at /api/v1/terms/.")]})


def updated_since_param(query):
    """?updated_since=<ISO 8601 date or date-time>; None when absent. A date means its first moment, and a
    time without a zone is Finnish time."""
    value = str(query.get("updated_since", "")).strip()
    if not value:
        return None
    try:
        # The longest ISO 8601 form asked for is 32 characters; anything longer is not one.
        moment = parse_datetime(value) if len(value) <= 40 else None
        if moment is None and len(value) <= 10:
            day = parse_date(value)
            moment = datetime.datetime.combine(day, datetime.time()) if day else None
    except ValueError:
        moment = None
    if moment is None:
        raise ValidationError(
            {
                "updated_since": [
                    _("Give a date or date-time in ISO 8601 form, e.g. 2026-01-31 or 2026-01-31T12:00:00+02:00.")
                ]
            }
        )
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def status_param(query):
    value = str(query.get("status", "")).strip()
    if value and value not in Status.labels:
        raise ValidationError(
            {"status": [_("Unknown status: use one of %(values)s.") % {"values": ", ".join(Status.labels)}]}
        )
    return value
