from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PairsConfig(AppConfig):
    name = "pairs"
    verbose_name = _("Leadership pairs")

    def ready(self):
        from accounts.privacy import register_personal_data
        from municipalities.dashboard import DashboardSection, register_dashboard_section
        from municipalities.navigation import register_navigation_role

        from .dashboard import dashboard_context
        from .personal_data import PROVIDER
        from .selectors import is_pair_member

        register_personal_data(PROVIDER)
        register_dashboard_section(
            DashboardSection(key="pairs", template="pairs/dashboard_section.html", context=dashboard_context, order=60)
        )
        register_navigation_role("pair", is_pair_member)  # the header's link to the pair's space
