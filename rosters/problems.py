"""What can be wrong with a roster row, and what the preview says about it.

Errors stop the import until the file is fixed or the rows are skipped; notices only tell the leader what
will happen.
"""

from django.utils.translation import gettext_lazy as _

from municipalities.models import Role

ERRORS = {
    "missing_name": _("The name is missing."),
    "missing_email": _("The email address is missing."),
    "invalid_email": _("The email address is not valid."),
    "missing_role": _("The role is missing."),
    "unknown_role": _(
        "The role “%(value)s” is not one we know. Use e.g. valtuutettu, varavaltuutettu, lautakunnan jäsen."
    ),
    "unknown_language": _("The language “%(value)s” is not one we know. Use fi, sv or en."),
    "name_too_long": _("The name is too long (at most 150 characters for first and last name)."),
    "body_too_long": _("The body is too long (at most 200 characters)."),
    "duplicate": _("The same person and role are already on row %(line)s."),
    "name_conflict": _("Row %(line)s has the same email address with a different name."),
    "other_municipality": _("This person is already registered in another municipality (%(value)s)."),
    "staff_account": _("This email address belongs to a staff account, which cannot be imported."),
    "control_character": _(
        "The cell contains a control character (an invisible character that is not text). Type the cell again."
    ),
    "cell_too_long": _("The cell is too long (at most %(value)s characters)."),
}

NOTICES = {
    "will_update": _("Already on this roster: the details will be updated."),
    "role_exists": _("Already on this roster with this role: nothing changes."),
    "joins_municipality": _("Has an account without a municipality: it will be added to this municipality."),
    "additional_role": _("Another role for the person on row %(line)s."),
}


def problem(code, *, line=None, value=None, column=None, choices=None):
    """A problem as stored in the import's JSON rows; `column` is the cell's column header as written in the
    file, so the leader finds the cell (the row number is shown beside every row). `choices`: for an unknown
    role, the values of the known roles closest to it, best first, offered to the leader to choose from."""
    found = {"code": code, "line": line, "value": value, "column": column}
    if choices:
        found["choices"] = list(choices)
    return found


def is_error(item):
    return item["code"] in ERRORS


def message(item):
    template = ERRORS.get(item["code"]) or NOTICES[item["code"]]
    text = template % {"line": item.get("line"), "value": item.get("value")}
    if item.get("choices"):
        names = ", ".join(str(Role(value).label) for value in item["choices"] if value in Role.values)
        text = f"{text} {_('Closest known roles: %(roles)s.') % {'roles': names}}"
    if item.get("column"):
        return _("Column “%(column)s”: %(problem)s") % {"column": item["column"], "problem": text}
    return text
