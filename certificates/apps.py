from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates and badges")

    def ready(self):
        from accounts.privacy import register_personal_data

        from .personal_data import PROVIDER

        register_personal_data(PROVIDER)
