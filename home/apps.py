from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home"

    def ready(self):
        from . import page_cache_signals, signal_handlers  # noqa: F401
