"""Interface text as the site shows it, so tests pass with or without the compiled catalogues.

`make test` compiles locale/*.po to .mo files first, so pages, emails and messages come out in the default
language (Finnish); without the .mo files gettext falls back to the English msgids. Tests assert on the exact
msgid through these helpers, so they check the right text in both cases.
"""

from django.conf import settings
from django.template.defaultfilters import floatformat
from django.utils import translation


def tr(message, **params):
    """The interface text for msgid `message` in the site's default language (Finnish once compiled)."""
    with translation.override(settings.LANGUAGE_CODE):  # format inside: lazy params follow it too
        text = translation.gettext(message)
        return text % params if params else text


def ntr(singular, plural, number, **params):
    """Like tr() for an ngettext message; `number` picks the plural form and fills %(count)s-style params."""
    with translation.override(settings.LANGUAGE_CODE):
        text = translation.ngettext(singular, plural, number)
        return text % params if params else text


def decimal(value, places):
    """`value` as the template filter |floatformat:places shows it in the default language (3,7 in Finnish)."""
    with translation.override(settings.LANGUAGE_CODE):
        return floatformat(value, places)
