"""Unsubscribing from reminder e-mails and subscribing again.

Kept apart from services.py (the roster import) because it changes for its own reasons: the rules of
RFC 8058 one-click unsubscribe and what counts as a reminder. Reminders ask `opted_out_ids` whom to leave
out; invitations to choose a password and event registration e-mails do not, as they are not reminders.
"""

from django.contrib.auth import get_user_model

from .models import ReminderOptOut
from .tokens import user_id_from_unsubscribe_token


def user_from_token(token):
    """The active or inactive person the token was made for, or None for a forged or altered token."""
    user_id = user_id_from_unsubscribe_token(token)
    return get_user_model().objects.filter(pk=user_id).first() if user_id is not None else None


def is_opted_out(*, user):
    return ReminderOptOut.objects.filter(user=user).exists()


def opted_out_ids():
    """For excluding from a queryset of people: `.exclude(pk__in=opted_out_ids())`, one subquery."""
    return ReminderOptOut.objects.values("user_id")


def reminders_unsubscribe(*, user):
    """Idempotent: a second click keeps the first time."""
    ReminderOptOut.objects.get_or_create(user=user)


def reminders_resubscribe(*, user):
    ReminderOptOut.objects.filter(user=user).delete()
