"""The leader chooses the role of a row whose title the import did not recognise, in the preview.

An unknown title is never dropped: its row waits in the preview with the closest known roles offered
(vocabulary.closest_roles). Choosing one there sets the row's role as if the file had named it; the file's own
title is kept beside it. Only roles that exist and rows with an unknown role are changed.
"""

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from municipalities.models import Role

from .models import RosterImport


class RoleChoiceError(Exception):
    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def chosen_roles_from_post(data):
    """{row line: role value} from the preview form's `role-<line>` selects; empty selects are left out, and
    anything a form of ours could not have sent is refused."""
    chosen = {}
    for name, value in data.items():
        if not name.startswith("role-") or not value:
            continue
        line = name.removeprefix("role-")
        if not line.isdigit() or value not in Role.values:
            raise RoleChoiceError(_("Nothing was changed: choose a role from the list."))
        chosen[int(line)] = value
    return chosen


@transaction.atomic
def roster_import_roles_choose(*, roster_import_id, chosen):
    """Set the chosen roles on the rows of a pending import whose role was unknown; returns how many changed."""
    roster_import = RosterImport.objects.select_for_update().get(pk=roster_import_id)
    if roster_import.status != RosterImport.Status.PENDING:
        raise RoleChoiceError(_("This file has already been saved."))
    changed = 0
    for row in roster_import.rows:
        role = chosen.get(row.get("line"))
        unknown = [item for item in row.get("problems", []) if item["code"] == "unknown_role"]
        if role is None or not unknown:
            continue
        row["role"] = role
        row["problems"] = [item for item in row["problems"] if item["code"] != "unknown_role"]
        changed += 1
    roster_import.save(update_fields=["rows"])
    return changed
