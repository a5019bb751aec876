"""The rule that decides whether a person may register now, shared by the event page (to offer the form) and
registration_create (to accept it), so the page never offers what the service will refuse."""

from django.utils.translation import gettext_lazy as _

from . import access


def registration_refusal(*, event, user, seats_taken, now):
    """Why `user` cannot register for `event` now, or None."""
    if not event.live:
        return _("This event is not open for registration.")
    if not access.event_is_open_to(event=event, user=user):
        if event.municipality_id is not None:
            return _("This event is only for the people of %(municipality)s.") % {"municipality": event.municipality}
        return _("This event is open to the member municipalities of the network; yours is not a member.")
    if now >= event.registration_closes_at:
        return _("Registration for this event has closed.")
    full = event.capacity is not None and seats_taken >= event.capacity
    if full and not event.waiting_list_enabled:
        return _("This event is full and has no waiting list.")
    return None
