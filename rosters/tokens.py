"""Invitation links. The token only names the invitation, signed so that it cannot be guessed or altered;
whether it is still usable (not used, not expired) is decided from the Invitation row."""

from django.core import signing

_SALT = "rosters.invitation"


def invitation_token(invitation):
    return signing.dumps(invitation.pk, salt=_SALT)


def invitation_id_from_token(token):
    try:
        value = signing.loads(token, salt=_SALT)
    except signing.BadSignature:
        return None
    return value if isinstance(value, int) else None
