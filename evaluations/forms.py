import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import LIKERT_VALUES, EvaluationSurvey, RoundStage

SCALE_LABELS = {
    1: _("Strongly disagree"),
    2: _("Somewhat disagree"),
    3: _("Neither agree nor disagree"),
    4: _("Somewhat agree"),
    5: _("Strongly agree"),
}


class DateInput(forms.DateInput):
    input_type = "date"


class SurveyChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.title  # in the reader's language


class RoundOpenForm(forms.Form):
    survey = SurveyChoiceField(
        label=_("Survey"), queryset=EvaluationSurvey.objects.filter(active=True), empty_label=None
    )
    stage = forms.ChoiceField(label=_("Stage of the term"), choices=RoundStage.choices)
    opens_on = forms.DateField(label=_("Opens"), widget=DateInput)
    closes_on = forms.DateField(label=_("Closes (last day to answer)"), widget=DateInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        today = timezone.localdate()
        self.fields["opens_on"].initial = today
        self.fields["closes_on"].initial = today + datetime.timedelta(days=21)


class AnswerForm(forms.Form):
    """One field per question of the survey: a 1–5 choice for a statement, text for an open question. Every
    question may be left unanswered."""

    def __init__(self, *args, items, **kwargs):
        super().__init__(*args, **kwargs)
        self.items = items
        for item in items:
            if item.is_likert:
                self.fields[f"item_{item.pk}"] = forms.TypedChoiceField(
                    label=item.text,
                    choices=[(value, f"{value} – {SCALE_LABELS[value]}") for value in LIKERT_VALUES],
                    coerce=int,
                    required=False,
                    widget=forms.RadioSelect,
                )
            else:
                self.fields[f"item_{item.pk}"] = forms.CharField(
                    label=item.text, required=False, max_length=3000, widget=forms.Textarea(attrs={"rows": 4})
                )

    def answers(self):
        likert, open_texts = {}, {}
        for item in self.items:
            value = self.cleaned_data.get(f"item_{item.pk}")
            if value in (None, ""):
                continue
            if item.is_likert:
                likert[item.pk] = value
            else:
                open_texts[item.pk] = value.strip()
        return likert, open_texts

    def bound_items(self):
        return [(item, self[f"item_{item.pk}"]) for item in self.items]
