from django import forms
from django.utils.translation import gettext_lazy as _

from municipalities.models import Role

from .models import MAX_BODY_CHARS, MAX_TITLE_CHARS, DiscussionPreferences, PeerGroup


class QuestionForm(forms.Form):
    title = forms.CharField(label=_("Question in brief"), max_length=MAX_TITLE_CHARS)
    body = forms.CharField(
        label=_("Your question"),
        max_length=MAX_BODY_CHARS,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Plain text; web addresses become links."),
    )


class AnswerForm(forms.Form):
    body = forms.CharField(label=_("Your answer"), max_length=MAX_BODY_CHARS, widget=forms.Textarea(attrs={"rows": 3}))


class HideForm(forms.Form):
    reason = forms.CharField(label=_("Reason for hiding"), max_length=500)


class ReportForm(forms.Form):
    reason = forms.CharField(label=_("What is wrong with it? (optional)"), max_length=500, required=False)


class PreferencesForm(forms.ModelForm):
    class Meta:
        model = DiscussionPreferences
        fields = ["reply_emails", "network_profile"]
        # Wider than the model field's name: the e-mails also tell of answers in threads one answered in.
        labels = {"reply_emails": _("Email me when someone answers my question or a question I answered")}


class PeerGroupForm(forms.ModelForm):
    class Meta:
        model = PeerGroup
        fields = ["name", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}


class AddByRoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Everyone who holds this role now in a member municipality"), choices=Role.choices)


class AddByEmailForm(forms.Form):
    email = forms.EmailField(label=_("Email address of a person to add"))


class ModeratorForm(forms.Form):
    email = forms.EmailField(label=_("Email address of the person"))
