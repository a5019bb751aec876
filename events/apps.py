from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events")

    def ready(self):
        from accounts.privacy import register_personal_data
        from courses.completion import register_course_parts, register_course_requirement
        from municipalities.dashboard import DashboardSection, register_dashboard_section

        from . import signal_handlers  # noqa: F401
        from .dashboard import dashboard_context, waiting_context
        from .personal_data import PROVIDER
        from .requirements import required_workshop_attended
        from .workshop_requirements import municipality_workshop_attended, workshop_course_parts

        register_course_requirement(required_workshop_attended)
        register_course_requirement(municipality_workshop_attended)
        register_course_parts(workshop_course_parts)
        register_personal_data(PROVIDER)
        register_dashboard_section(
            DashboardSection(
                key="events", template="events/dashboard_section.html", context=dashboard_context, order=50
            )
        )
        register_dashboard_section(
            DashboardSection(
                key="workshop_waiting",
                template="events/workshop_waiting_section.html",
                context=waiting_context,
                order=51,
            )
        )
