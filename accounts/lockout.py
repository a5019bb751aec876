"""The login name as django-axes counts it: the same person whichever way the address is typed.

Login matches the email address case-insensitively (UserManager.get_by_natural_key), so "Aino@Example.fi"
and "aino@example.fi" open the same account. Were axes to count each spelling apart, every variant would give
five more guesses. So the failures are counted against the address the account holds, found by the very lookup
login makes; an address with no account is counted in lower case (it opens nothing, whatever its spelling).
"""

from django.conf import settings
from django.contrib.auth import get_user_model

# Longer than any address the email field accepts (RFC 5321 caps a path at 254 characters): not looked up.
MAX_LOOKUP_LENGTH = 320


def _typed_username(request, credentials):
    if credentials:
        return credentials.get(settings.AXES_USERNAME_FORM_FIELD)
    data = getattr(request, "data", None) or getattr(request, "POST", {})
    return data.get(settings.AXES_USERNAME_FORM_FIELD)


def lockout_username(request, credentials=None):
    """AXES_USERNAME_CALLABLE: the key failed logins are counted under."""
    typed = _typed_username(request, credentials)
    if not isinstance(typed, str):
        return typed
    typed = typed.strip()  # the login form's email field strips the address before it is looked up
    if not typed or len(typed) > MAX_LOOKUP_LENGTH or "\x00" in typed:
        return typed.lower()
    user_model = get_user_model()
    try:
        return user_model._default_manager.get_by_natural_key(typed).get_username().lower()
    except user_model.DoesNotExist:
        return typed.lower()
