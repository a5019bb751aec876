from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    name = "assessments"
    verbose_name = _("Quizzes and reflections")

    def ready(self):
        from accounts.privacy import register_personal_data
        from courses.completion import register_course_requirement, register_lesson_check
        from home.page_cache_signals import forget_cached_pages_on_change

        from . import rules
        from .personal_data import PROVIDER
        from .setup import trainers_permissions_after_migrate

        register_lesson_check(rules.lesson_check)
        register_course_requirement(rules.course_requirement)
        register_personal_data(PROVIDER)
        # A lesson shows its quiz's title and questions: an edited quiz must not wait in a cached page.
        forget_cached_pages_on_change(apps.get_model("assessments", "Quiz"))
        post_migrate.connect(trainers_permissions_after_migrate, sender=self)
