"""Making, revoking and checking reporting-API keys.

A key reads `uso_<prefix>_<secret>`: the prefix finds the row, and the SHA-256 of the whole key must match
the stored hash. A random 256-bit secret needs no slow password hash: nobody can guess it, and a hash of it
cannot be turned back into a key."""

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from municipalities.access import is_network_coordinator

from .models import ApiToken

KEY_START = "uso"
MAX_DAYS = 365


def _hash(key):
    return hashlib.sha256(key.encode()).hexdigest()


def may_create_for(user, municipality):
    """A leader for a municipality they lead; the network coordinator for the network (municipality None)."""
    if not user.is_authenticated or not user.is_active:
        return False
    if municipality is None:
        return is_network_coordinator(user)
    return municipality.leaders.filter(user=user).exists()


@dataclass(frozen=True)
class NewKey:
    token: ApiToken
    key: str  # shown once, never stored


@transaction.atomic
def api_token_create(*, user, name, municipality=None, days=90):
    if not may_create_for(user, municipality):
        raise PermissionDenied
    days = max(1, min(int(days), MAX_DAYS))
    prefix = secrets.token_hex(6)
    key = f"{KEY_START}_{prefix}_{secrets.token_urlsafe(32)}"
    token = ApiToken.objects.create(
        name=name[:100],
        prefix=prefix,
        secret_hash=_hash(key),
        scope=ApiToken.Scope.NETWORK if municipality is None else ApiToken.Scope.MUNICIPALITY,
        municipality=municipality,
        created_by=user,
        expires_at=timezone.now() + timedelta(days=days),
    )
    return NewKey(token=token, key=key)


def api_token_revoke(*, token, by):
    """The creator revokes their own key (a superuser any key); a revoked key stays listed, for the audit."""
    if token.created_by_id != by.pk and not by.is_superuser:
        raise PermissionDenied
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    return token


class KeyRefused(Exception):
    """The key is malformed, unknown, revoked or expired (the API answers 401)."""


def api_token_check(key):
    """The active token for `key`, with its creator and municipality; KeyRefused otherwise."""
    parts = key.split("_", 2)
    if len(parts) != 3 or parts[0] != KEY_START:
        raise KeyRefused("malformed")
    token = ApiToken.objects.select_related("created_by", "municipality").filter(prefix=parts[1]).first()
    if token is None or not hmac.compare_digest(token.secret_hash, _hash(key)):
        raise KeyRefused("unknown")
    if token.revoked_at is not None:
        raise KeyRefused("revoked")
    if token.expires_at <= timezone.now():
        raise KeyRefused("expired")
    if not token.created_by.is_active:
        raise KeyRefused("creator inactive")
    return token


def api_token_used(token):
    """Note the last use at most once a minute, so that a busy key does not write its row on every request."""
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > timedelta(minutes=1):
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
