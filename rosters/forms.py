from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage
from municipalities.models import JoinRequest, Municipality

from . import selectors
from .models import ReminderTarget
from .parsing import MAX_FILE_BYTES, MAX_ROWS

ACCEPTED_EXTENSIONS = (".csv", ".txt", ".xlsx", ".xls")


def _file_help_text():
    return _("CSV or Excel (.xlsx), at most %(mb)s MB and %(rows)s people. One row per person and role.") % {
        "mb": MAX_FILE_BYTES // 1024 // 1024,
        "rows": MAX_ROWS,
    }


class RosterUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Roster file"),
        # `%` on a lazy text translates it at once; this class is built at import, before any request's language
        help_text=lazy(_file_help_text, str)(),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(ACCEPTED_EXTENSIONS)}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(
                _("The file is too large. The limit is %(mb)s MB.") % {"mb": MAX_FILE_BYTES // 1024 // 1024}
            )
        if not upload.name.lower().endswith(ACCEPTED_EXTENSIONS):
            raise forms.ValidationError(_("Upload a CSV file or an Excel file (.xlsx)."))
        return upload


class ImportConfirmForm(forms.Form):
    skip_faulty = forms.BooleanField(required=False)
    # The number of faulty rows the leader saw; the service compares it with the rows as they are now.
    faulty_count = forms.IntegerField(min_value=0, widget=forms.HiddenInput)


class ReminderCourseField(forms.ModelChoiceField):
    """Each course once, labelled in the leader's language; the value is the default-language course, so a
    translated copy posted by hand is "not one of the available choices"."""

    def label_from_instance(self, obj):
        return self.titles.get(obj.pk, obj.title)


class ReminderForm(forms.Form):
    course = ReminderCourseField(label=_("Course"), queryset=CoursePage.objects.none(), empty_label=None)
    target = forms.ChoiceField(
        label=_("Send to everyone who"), choices=ReminderTarget.choices, widget=forms.RadioSelect
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        courses = selectors.reminder_courses()
        self.fields["course"].queryset = courses
        self.fields["course"].titles = selectors.reminder_course_titles(courses)


class JoinRequestForm(forms.ModelForm):
    class Meta:
        model = JoinRequest
        fields = ["municipality", "contact_name", "email", "message"]
        widgets = {
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "message": forms.Textarea(attrs={"rows": 5}),
        }
        help_texts = {"message": _("Optional: what your municipality hopes to get from the network.")}

    def __init__(self, *args, network, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].queryset = selectors.municipalities_outside(network=network)
        self.fields["municipality"].empty_label = _("Choose the municipality")
        self.fields["municipality"].help_text = _("Municipalities that are already members are not listed.")


class NetworkMemberAddForm(forms.Form):
    municipality = forms.ModelChoiceField(label=_("Municipality"), queryset=Municipality.objects.none())
    joined_on = forms.DateField(
        label=_("Member since"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )

    def __init__(self, *args, network, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].queryset = selectors.municipalities_outside(network=network)
        self.fields["municipality"].empty_label = _("Choose the municipality")
        self.fields["municipality"].help_text = _("Municipalities that are already members are not listed.")
