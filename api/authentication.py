"""DRF authentication by reporting-API key: `Authorization: Bearer uso_…` (or `Token uso_…`)."""

from django.utils.translation import gettext_lazy as _
from rest_framework import authentication, exceptions

from .services import KeyRefused, api_token_check


class ApiKeyAuthentication(authentication.BaseAuthentication):
    keywords = ("bearer", "token")

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).decode("latin-1").split()
        if not header or header[0].lower() not in self.keywords:
            return None  # no key: the permission check answers 401 with the WWW-Authenticate below
        if len(header) != 2:
            raise exceptions.AuthenticationFailed(_("Give the API key after 'Bearer', with no spaces in it."))
        try:
            token = api_token_check(header[1])
        except KeyRefused as refused:
            # One message for unknown, revoked and expired keys: the answer tells an outsider nothing.
            raise exceptions.AuthenticationFailed(
                _("The API key is not valid, or it has expired or been revoked.")
            ) from refused
        return token.created_by, token

    def authenticate_header(self, request):
        return 'Bearer realm="api"'
