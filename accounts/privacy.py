"""The person's data across the whole service, in one place: the GDPR right of access and right to erasure.

Like Moodle's privacy API, each app that stores personal data registers a provider here from its
AppConfig.ready(): `export(user)` returns JSON-ready data, `erase(user)` removes or anonymises what
identifies the person. Erasure keeps the rows that municipalities' aggregate figures are counted from
(completions, enrolments, attendance), only no longer tied to a name.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

_providers = {}


@dataclass(frozen=True)
class PersonalDataProvider:
    key: str
    export: Callable  # export(user) -> JSON-ready dict or list
    erase: Callable  # erase(user) -> None
    title: str = ""  # the section's heading on the readable "My data" page (a lazy translation); key if empty


def register_personal_data(provider):
    _providers[provider.key] = provider
    return provider


def personal_data_export(*, user):
    return {
        "exported_at": timezone.now().isoformat(),
        **{key: provider.export(user) for key, provider in sorted(_providers.items())},
    }


def personal_data_sections(*, user):
    """The export as [(heading, data)] for the readable page: the person's language, not the JSON's keys."""
    data = personal_data_export(user=user)
    return [(_providers[key].title or key, data[key]) for key in sorted(_providers)]


@transaction.atomic
def person_erase(*, user):
    """Anonymise `user` everywhere: every provider erases its part, then the account loses its identity.
    The account row itself stays (deactivated) so that aggregate figures keep counting the person once."""
    for provider in _providers.values():
        provider.erase(user)
    user.first_name = ""
    user.last_name = ""
    user.email = f"poistettu-{user.pk}@invalid.example"
    user.is_active = False
    user.set_unusable_password()
    user.save()
    return user
