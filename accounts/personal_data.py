"""The account's own part of a person's data."""

from .models import AuditEvent
from .privacy import PersonalDataProvider


def _export(user):
    return {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "preferred_language": user.preferred_language,
        "municipality": user.municipality.name_fi if user.municipality_id else None,
        "date_joined": user.date_joined.isoformat(),
        "last_login": user.last_login.isoformat() if user.last_login else None,
        "who_viewed_my_data": [
            {"time": event.created_at.isoformat(), "action": event.action, "what": event.what}
            for event in AuditEvent.objects.filter(subject=user).order_by("created_at")
        ],
    }


def _erase(user):
    # The account itself is anonymised last by privacy.person_erase; audit rows stay (they record others'
    # actions) but point at the anonymised account.
    pass


PROVIDER = PersonalDataProvider(key="account", export=_export, erase=_erase)
