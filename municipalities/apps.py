from django.apps import AppConfig


class MunicipalitiesConfig(AppConfig):
    name = "municipalities"
    verbose_name = "Municipalities"

    def ready(self):
        from . import signal_handlers  # noqa: F401
