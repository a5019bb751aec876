"""What a reporting-API key may read: the same rules as the pages, asked of municipalities/access.py with the
key's creator as the viewer, on every request (a leader who no longer leads the municipality, or a
coordinator who lost the role, has keys that read nothing)."""

from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import NotFound, PermissionDenied

from municipalities.access import follows, is_network_coordinator

from .models import ApiToken


def token_scope_valid(token):
    if token.scope == ApiToken.Scope.NETWORK:
        return is_network_coordinator(token.created_by)
    return follows(token.created_by, token.municipality_id)


def municipality_for_token(token, code):
    """The municipality with `code` if the key may see its people; any other is a 404, as on the pages."""
    if token.scope != ApiToken.Scope.MUNICIPALITY or token.municipality.code != code:
        raise NotFound(_("No municipality with this code is open to this API key."))
    return token.municipality


def network_token_required(token):
    if token.scope != ApiToken.Scope.NETWORK:
        raise PermissionDenied(_("Network figures need a network key made by the network coordinator."))
