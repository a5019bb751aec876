from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "sitesearch"  # "search" reads like Wagtail's own search app in the admin and in migrations
    verbose_name = _("Site search")

    def ready(self):
        from . import signal_handlers  # noqa: F401
