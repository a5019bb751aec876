from django import forms
from django.utils.translation import gettext_lazy as _

from municipalities.models import Role

from .selectors import Status


def _current_label(term, current):
    return _("%(term)s (current term)") % {"term": term.name} if term == current else term.name


class ParticipantFilterForm(forms.Form):
    """The dashboard's filters, read from the query string so that a filtered view can be bookmarked,
    shared with a colleague who may see the same municipality, and exported as it is."""

    term = forms.ChoiceField(label=_("Council term"), required=False)
    course = forms.TypedChoiceField(label=_("Course"), coerce=int, required=False)
    role = forms.ChoiceField(label=_("Role"), required=False, choices=[("", _("All roles")), *Role.choices])
    status = forms.ChoiceField(label=_("Status"), required=False, choices=[("", _("All")), *Status.choices])

    def __init__(self, data, *, courses, term_choice=None):
        super().__init__(data)
        self.courses = courses
        if term_choice is None or not term_choice.terms:
            del self.fields["term"]
        else:
            # The current term is the empty value, so that the plain address shows it; earlier ones are history.
            self.fields["term"].choices = [
                ("" if term == term_choice.current else term.name, _current_label(term, term_choice.current))
                for term in term_choice.terms
            ]
        self.fields["course"].choices = [(course.id, course.title) for course in courses]

    def filters(self):
        """(course, role, status) to show: the valid values given, the defaults for the rest."""
        self.is_valid()  # fields with an error are left out of cleaned_data, and get their default
        cleaned = self.cleaned_data
        by_id = {course.id: course for course in self.courses}
        course = by_id.get(cleaned.get("course")) or (self.courses[0] if self.courses else None)
        return course, cleaned.get("role") or "", cleaned.get("status") or ""
