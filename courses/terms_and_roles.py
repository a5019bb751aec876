"""What a course says about the council term it serves and the roles it is recommended for.

A course is marked with the term it was written for (the 2021 orientation for 2021–2025, its copy for
2025–2029), so the catalogue can say so and the old one stays as the earlier term's. Courses and modules are
recommended for roles (municipalities.Role): "My learning" puts those for the learner's roles first.
The admin edits the roles as checkboxes; they are stored as a list of role codes.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from municipalities.models import Role


def recommended_roles_field():
    return forms.MultipleChoiceField(
        label=_("recommended for roles"),
        choices=Role.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Shown first in “My learning” to people who hold one of these roles in the current term."),
    )


class RecommendedRolesPageForm(WagtailAdminPageForm):
    recommended_roles = recommended_roles_field()

    def clean_recommended_roles(self):
        # Only known codes, once each, in the order of the role list, whatever the request carried.
        chosen = set(self.cleaned_data.get("recommended_roles") or [])
        return [code for code in Role.values if code in chosen]
