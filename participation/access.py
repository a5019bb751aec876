"""Who may see which participation page. Built on municipalities/access.py, the one place that decides
whom a person follows; every view and export of this app goes through here."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from municipalities.access import is_network_coordinator, municipalities_followed_by


def followed_municipality_or_404(user, code):
    """The municipality with this code if `user` may follow it. Someone else's municipality is a 404, the
    same as one that does not exist, so a changed code in a URL reveals nothing."""
    return get_object_or_404(municipalities_followed_by(user), code=code)


def coordinator_required(user):
    if not is_network_coordinator(user):
        raise PermissionDenied
