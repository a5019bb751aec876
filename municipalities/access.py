"""Who may follow which municipality. Every view that shows people of a municipality asks here."""

from django.db.models import Q

from .models import Municipality

COORDINATOR_PERMISSION = "municipalities.view_network"


def is_network_coordinator(user):
    return user.is_authenticated and user.has_perm(COORDINATOR_PERMISSION)


def follows(user, municipality_id):
    """Whether municipalities_followed_by(user) holds the municipality: the same rule asked of one, the
    cheapest question first. A leader's own municipality, the common case (an API key on every request),
    then costs one query and no look-up of the person's permissions."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    place = Municipality.objects.filter(pk=municipality_id)
    if place.filter(leaders__user=user).exists():
        return True
    return is_network_coordinator(user) and place.filter(names_shared_with_coordinator=True).exists()


def municipalities_followed_by(user):
    """The municipalities whose people `user` may see by name (participant lists, rosters, reminders): the
    ones they lead for a municipal leader; for the network coordinator also those whose leaders have shared
    their names with the coordinator (privacy by default: otherwise the coordinator has the network's
    figures, under the small-group rule, and no names); all for superusers, who run the service; none for
    anyone else."""
    if not user.is_authenticated:
        return Municipality.objects.none()
    if user.is_superuser:
        return Municipality.objects.all()
    led = Q(leaders__user=user)
    if is_network_coordinator(user):
        return Municipality.objects.filter(led | Q(names_shared_with_coordinator=True)).distinct()
    return Municipality.objects.filter(led)
