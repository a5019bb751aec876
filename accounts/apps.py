from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Accounts"

    def ready(self):
        from .personal_data import PROVIDER
        from .privacy import register_personal_data

        register_personal_data(PROVIDER)
