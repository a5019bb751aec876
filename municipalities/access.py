"""Who may follow which municipality. Every view that shows people of a municipality asks here."""

from .models import Municipality

COORDINATOR_PERMISSION = "municipalities.view_network"


def is_network_coordinator(user):
    return user.is_authenticated and user.has_perm(COORDINATOR_PERMISSION)


def municipalities_followed_by(user):
    """The municipalities whose participation `user` may see: all for the coordinator, the ones they lead
    for a municipal leader, none for anyone else."""
    if not user.is_authenticated:
        return Municipality.objects.none()
    if is_network_coordinator(user):
        return Municipality.objects.all()
    return Municipality.objects.filter(leaders__user=user)
