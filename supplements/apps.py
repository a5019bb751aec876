from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SupplementsConfig(AppConfig):
    name = "supplements"
    verbose_name = _("Local supplements")

    def ready(self):
        from accounts.privacy import register_personal_data
        from courses.completion import register_course_parts, register_course_requirement, register_learner_lessons
        from municipalities.dashboard import DashboardSection, register_dashboard_section

        from .dashboard import dashboard_context
        from .personal_data import PROVIDER
        from .requirements import supplement_course_parts, supplement_learner_lessons, supplement_lessons_done

        register_course_requirement(supplement_lessons_done)
        register_course_parts(supplement_course_parts)
        register_learner_lessons(supplement_learner_lessons)
        register_personal_data(PROVIDER)
        register_dashboard_section(
            DashboardSection(
                key="supplements", template="supplements/dashboard_section.html", context=dashboard_context, order=40
            )
        )
