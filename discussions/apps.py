from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscussionsConfig(AppConfig):
    name = "discussions"
    verbose_name = _("Discussions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from accounts.privacy import register_personal_data
        from courses.lesson_extras import PageExtra, register_page_extra
        from municipalities.dashboard import DashboardSection, register_dashboard_section

        from . import signal_handlers  # noqa: F401
        from .dashboard import dashboard_context
        from .lesson_extra import discussion_context
        from .personal_data import PROVIDER

        register_personal_data(PROVIDER)
        register_page_extra(
            PageExtra(key="discussion", template="discussions/page_discussion.html", context=discussion_context)
        )
        register_dashboard_section(
            DashboardSection(
                key="discussions", template="discussions/dashboard_section.html", context=dashboard_context, order=90
            )
        )
