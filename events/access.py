"""Who may see, register for and organise which event. Every events view asks here.

- Anyone sees the network's joint events (the public programme); registering needs an account.
- A learner sees and may register for network-wide events when their municipality is a member of a network,
  and for the events of their own municipality.
- A municipal leader also sees the events of the municipalities they follow.
- Trainers (the trainers' group), the network coordinator and superusers see every event, because they author
  them. Only the event's own trainers, the coordinator and superusers are its organisers: they see the
  roster and mark attendance.
- The participants' dietary and accessibility notes (possibly health data) are read only by those who
  arrange the event itself: its own trainers. They are cleared a set time after the event
  (EVENT_NEEDS_RETENTION_DAYS, `manage.py clear_event_needs`).
"""

from django.db.models import Exists, Q
from django.utils import timezone

from courses.setup import TRAINERS_GROUP
from municipalities.access import is_network_coordinator, municipalities_followed_by
from municipalities.models import NetworkMembership


def _current_memberships(municipality_id):
    today = timezone.localdate()
    return NetworkMembership.objects.filter(municipality_id=municipality_id, joined_on__lte=today).filter(
        Q(left_on__isnull=True) | Q(left_on__gte=today)
    )


def is_network_member(municipality_id):
    if municipality_id is None:
        return False
    return _current_memberships(municipality_id).exists()


def network_events_filter(municipality_id):
    """A Q over EventPage: the network's joint events, if the municipality is a member today. Evaluated
    inside the query that uses it, so asking costs no query of its own."""
    return Q(municipality__isnull=True) & Q(Exists(_current_memberships(municipality_id)))


def sees_every_event(user):
    if not user.is_authenticated:
        return False
    if user.is_superuser or is_network_coordinator(user):
        return True
    return user.groups.filter(name=TRAINERS_GROUP).exists()


def visible_events_filter(user):
    """A Q over EventPage for the events `user` may see in the calendar and open."""
    if not user.is_authenticated:
        return Q(municipality__isnull=True)
    if sees_every_event(user):
        return Q()
    visible = Q(municipality_id__in=municipalities_followed_by(user).values("id"))
    if user.municipality_id is not None:
        visible |= Q(municipality_id=user.municipality_id)
        if is_network_member(user.municipality_id):
            visible |= Q(municipality__isnull=True)
    return visible


def event_is_visible_to(*, event, user):
    if event.municipality_id is None and not user.is_authenticated:
        return True
    if sees_every_event(user):
        return True
    return event_is_open_to(event=event, user=user) or (
        event.municipality_id is not None and municipalities_followed_by(user).filter(id=event.municipality_id).exists()
    )


def event_is_open_to(*, event, user):
    """May `user` register for `event` as far as its audience goes (deadline and seats aside)?"""
    if not user.is_authenticated or user.municipality_id is None:
        return False
    if event.municipality_id is not None:
        return event.municipality_id == user.municipality_id
    return is_network_member(user.municipality_id)


def is_organiser(*, event, user):
    if not user.is_authenticated:
        return False
    if user.is_superuser or is_network_coordinator(user):
        return True
    return event.trainers.filter(user=user).exists()


def sees_needs(*, event, user):
    """The coordinator and superusers organise every event but are not the ones who order the lunch or the
    ramp: the needs notes are for the event's own trainers."""
    return user.is_authenticated and event.trainers.filter(user=user).exists()


def can_read_feedback(*, event, user):
    """Organisers, and the leaders of the municipality of a municipality's own event. Results are aggregated
    and the answers carry no names, so a leader never learns who answered what."""
    if is_organiser(event=event, user=user):
        return True
    return (
        event.municipality_id is not None and municipalities_followed_by(user).filter(id=event.municipality_id).exists()
    )
