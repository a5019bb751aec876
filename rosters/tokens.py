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


# The unsubscribe link of a reminder names the person, signed so that nobody can unsubscribe someone else by
# changing the number. It does not expire: an old reminder's link must keep working (RFC 8058).
_UNSUBSCRIBE_SALT = "rosters.reminder-unsubscribe"


def unsubscribe_token(user):
    return signing.dumps(user.pk, salt=_UNSUBSCRIBE_SALT)


def user_id_from_unsubscribe_token(token):
    try:
        value = signing.loads(token, salt=_UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    return value if isinstance(value, int) else None
