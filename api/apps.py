from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = _("Reporting API")

    def ready(self):
        from municipalities.dashboard import DashboardSection, register_dashboard_section

        from . import schema  # noqa: F401 (registers the key's security scheme with drf-spectacular)

        # A link to the keys page under the dashboard; no query, so the dashboard's pinned count holds.
        register_dashboard_section(
            DashboardSection(key="api", template="api/dashboard_section.html", context=lambda **kwargs: {}, order=200)
        )
