from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class EvaluationsConfig(AppConfig):
    name = "evaluations"
    verbose_name = _("Evaluations of council work")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .setup import trainers_permissions_after_migrate

        post_migrate.connect(trainers_permissions_after_migrate, sender=self)
