from django import forms
from django.conf import settings
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from .models import Registration

MAX_CSV_BYTES = 1024 * 1024


class RegistrationForm(forms.Form):
    needs = forms.CharField(
        # capfirst keeps the text lazy; str.capitalize() would translate it once, at import, in Finnish
        label=capfirst(Registration._meta.get_field("needs").verbose_name),
        help_text=Registration._meta.get_field("needs").help_text,
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["needs"].help_text = _(
            "Optional. Only the event's own trainers see this, and it is deleted %(days)s days after the event."
        ) % {"days": settings.EVENT_NEEDS_RETENTION_DAYS}


class FeedbackForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("How useful was the event for you? (1 = not at all, 5 = very)"),
        choices=[(n, str(n)) for n in range(1, 6)],
        coerce=int,
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Comments"),
        help_text=_("Optional. What worked, what should change? Your answer is anonymous."),
        required=False,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )


class AttendanceImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_("One row per person: email address and attended (yes or no), separated by a comma or semicolon."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_CSV_BYTES:
            raise forms.ValidationError(_("The file is larger than 1 MB."))
        raw = upload.read()
        for encoding in ("utf-8-sig", "cp1252"):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                continue
        raise forms.ValidationError(_("The file could not be read. Save it as CSV (UTF-8)."))
