from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MunicipalitiesConfig(AppConfig):
    name = "municipalities"
    verbose_name = _("Municipalities")

    def ready(self):
        from accounts.privacy import register_personal_data

        from . import signal_handlers  # noqa: F401
        from .personal_data import PROVIDER

        register_personal_data(PROVIDER)
