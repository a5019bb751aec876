from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RostersConfig(AppConfig):
    name = "rosters"
    verbose_name = _("Rosters, invitations and the network")

    def ready(self):
        from accounts.privacy import register_personal_data

        from .personal_data import PROVIDER

        register_personal_data(PROVIDER)
