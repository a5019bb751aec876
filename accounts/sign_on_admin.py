"""The admin form for a municipality's OpenID Connect provider: the client secret can be set or replaced, but
is never shown back (not in the form, not in the page source)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .models import MunicipalSignOn


class MunicipalSignOnForm(WagtailAdminModelForm):
    issuer = forms.URLField(
        label=_("issuer URL"),
        max_length=300,
        assume_scheme="https",
        help_text=MunicipalSignOn._meta.get_field("issuer").help_text,
    )
    client_secret = forms.CharField(
        label=_("client secret"),
        required=False,
        strip=True,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
        help_text=_("Leave empty to keep the saved secret."),
    )

    class Meta:
        model = MunicipalSignOn
        fields = ["municipality", "issuer", "client_id", "client_secret", "allowed_email_domains", "enabled"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.saved_secret = self.instance.client_secret if self.instance.pk else ""
        self.initial.pop("client_secret", None)

    def clean_issuer(self):
        # Stored as the provider writes it in its discovery document, which has no trailing slash as a rule.
        return self.cleaned_data["issuer"].strip().rstrip("/")

    def clean_client_secret(self):
        secret = self.cleaned_data["client_secret"] or self.saved_secret
        if not secret:
            raise forms.ValidationError(_("Enter the client secret."))
        return secret

    def clean_allowed_email_domains(self):
        domains = [line.strip().lstrip("@").lower() for line in self.cleaned_data["allowed_email_domains"].split()]
        wrong = [domain for domain in domains if "." not in domain or "@" in domain or "/" in domain]
        if wrong:
            raise forms.ValidationError(_("Not an e-mail domain: %(domains)s"), params={"domains": ", ".join(wrong)})
        if not domains:
            raise forms.ValidationError(_("Enter at least one e-mail domain."))
        return "\n".join(dict.fromkeys(domains))
