from django.apps import AppConfig


class MunicipalitiesConfig(AppConfig):
    name = "municipalities"
    verbose_name = "Municipalities"

    def ready(self):
        from accounts.privacy import register_personal_data

        from . import signal_handlers  # noqa: F401
        from .personal_data import PROVIDER

        register_personal_data(PROVIDER)
