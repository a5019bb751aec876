from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    name = "assessments"
    verbose_name = _("Quizzes and reflections")

    def ready(self):
        from accounts.privacy import register_personal_data
        from courses.completion import register_course_requirement, register_lesson_check

        from . import rules
        from .personal_data import PROVIDER
        from .setup import trainers_permissions_after_migrate

        register_lesson_check(rules.lesson_check)
        register_course_requirement(rules.course_requirement)
        register_personal_data(PROVIDER)
        post_migrate.connect(trainers_permissions_after_migrate, sender=self)
