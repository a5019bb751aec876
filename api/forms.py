from django import forms
from django.utils.translation import gettext_lazy as _

from .services import MAX_DAYS

NETWORK_CHOICE = "network"


class ApiTokenForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=100, help_text=_("What the key is for, e.g. 'HR reporting'."))
    scope = forms.ChoiceField(label=_("What the key reads"))
    days = forms.IntegerField(
        label=_("Valid for (days)"), min_value=1, max_value=MAX_DAYS, initial=90, help_text=_("At most 365 days.")
    )

    def __init__(self, *args, led, coordinator, **kwargs):
        super().__init__(*args, **kwargs)
        self.led = {place.code: place for place in led}
        choices = [
            (place.code, _("%(name)s: figures and participants by name") % {"name": place.name_fi}) for place in led
        ]
        if coordinator:
            choices.append((NETWORK_CHOICE, _("The network: figures only, no names")))
        self.fields["scope"].choices = choices

    def municipality(self):
        """The chosen municipality, or None for the network."""
        return self.led.get(self.cleaned_data["scope"])
