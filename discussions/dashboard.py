"""The discussions' line on a municipality's dashboard: the leader's way to the page where they name the
municipality's discussion moderators (the page answers 404 to anyone who does not lead the municipality)."""

from municipalities.access import is_network_coordinator


def dashboard_context(*, municipality, user=None, request=None):
    # Whoever opens a dashboard without being the coordinator or a superuser leads the municipality
    # (participation/views.py), so a leader costs no query; the permission check reads the user's cached
    # permissions. Only a coordinator or a superuser, who may lead it too, costs one query.
    if user is None:
        return {"leads": False, "municipality": municipality}
    leads = not (user.is_superuser or is_network_coordinator(user)) or municipality.leaders.filter(user=user).exists()
    return {"leads": leads, "municipality": municipality}
