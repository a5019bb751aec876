from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from .personal_data import PROVIDER
        from .privacy import register_personal_data

        register_personal_data(PROVIDER)
