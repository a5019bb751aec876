"""The account's own part of a person's data."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .models import AuditEvent, SignOnIdentity
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
            {
                "time": event.created_at.isoformat(),
                "who": _actor(event),
                "action": event.action,
                "what": event.what,
                "whose": "you" if event.subject_id == user.pk else "your municipality's people",
            }
            for event in _audit_events_about(user)
        ],
        "sign_in_with_municipality_account": [
            {
                "provider": identity.issuer,
                "linked": identity.linked_at.isoformat(),
                "last_sign_in": identity.last_sign_in_at.isoformat() if identity.last_sign_in_at else None,
            }
            for identity in SignOnIdentity.objects.filter(user=user).order_by("linked_at")
        ],
    }


def _audit_events_about(user):
    """Views and exports of this person's own data, and of lists of their municipality's people, which
    name them too."""
    about = Q(subject=user)
    if user.municipality_id is not None:
        # Others' sign-ins name the municipality only to file them; they are not a view of anyone's data.
        signing_in = [AuditEvent.Action.SIGN_IN, AuditEvent.Action.SIGN_IN_REFUSED]
        about |= Q(municipality_id=user.municipality_id) & ~Q(action__in=signing_in)
    return AuditEvent.objects.filter(about).select_related("actor").order_by("created_at")


def _actor(event):
    if event.actor is None:
        return "the service (an automatic task or an administrator's command)"
    if event.actor_id == event.subject_id:
        return "you"
    return event.actor.get_full_name() or event.actor.email


def _erase(user):
    # The account itself is anonymised last by privacy.person_erase; audit rows stay (they record others'
    # actions) but point at the anonymised account. The link to the municipality's provider goes: the anonymised
    # account must not be one sign-in away.
    SignOnIdentity.objects.filter(user=user).delete()


PROVIDER = PersonalDataProvider(key="account", export=_export, erase=_erase, title=_("Your account"))
