"""Who a sign-in with a municipality's OpenID Connect provider lets in: the linking rules, as plain functions.

The provider has already been checked when these run (state, PKCE, the ID token's signature, issuer, audience,
expiry and nonce: accounts/sign_on_client.py); here the verified claims are matched to an account:

- a person already linked (issuer + subject) signs in to the linked account, whatever e-mail the token carries
  now, so a renamed or reused address cannot move the link;
- the first time, only a verified e-mail address (email_verified true, or Entra ID's xms_edov true when the
  token has no email_verified) in one of the municipality's allowed
  domains links, and only to an account of that municipality (a full account or one a roster import made
  and invited); an account already linked to another subject at the same provider is not taken over;
- staff and administrators never sign in this way: their accounts keep the password and its lockout, so that
  a municipality's provider (or whoever controls it) cannot open the admin.

Every sign-in and every refusal is written to the audit log; a refusal creates and changes nothing else.
"""

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .audit import audit_record
from .models import AuditEvent, SignOnIdentity

AUDIT_WHAT = "municipality sign-in"

NO_ACCOUNT = _(
    "No account of %(municipality)s was found for %(email)s. Ask your municipality's contact person to add you to "
    "the service, or sign in with your password."
)
REFUSALS = {
    "domain": _(
        "The address %(email)s is not in an e-mail domain that %(municipality)s allows for signing in. Sign in "
        "with your password, or ask your municipality's contact person."
    ),
    "unverified": _(
        "Your municipality's service did not confirm that %(email)s is verified, so it cannot be linked to an "
        "account here. Sign in with your password, or ask your municipality's contact person."
    ),
    "no_account": NO_ACCOUNT,
    "other_municipality": NO_ACCOUNT,
    "inactive": NO_ACCOUNT,
    "staff": _(
        "Administrators and staff sign in with their password, not with the municipality's account. Use the "
        "form on this page."
    ),
    "linked_elsewhere": _(
        "This account is already linked to another user of %(municipality)s's service. Sign in with your "
        "password, or ask your municipality's contact person."
    ),
    "provider": _(
        "Signing in with your municipality's account did not succeed. Try again, or sign in with your password."
    ),
}


class SignOnRefused(Exception):
    """A sign-in that lets nobody in. `reason` is a key of REFUSALS; `message()` says it in the active language."""

    def __init__(self, reason, *, email="", municipality=None, user=None):
        super().__init__(reason)
        self.reason = reason
        self.email = email
        self.municipality = municipality
        self.user = user

    def message(self):
        name = self.municipality.display_name(get_language() or "fi") if self.municipality else ""
        return str(REFUSALS[self.reason]) % {"email": self.email or "–", "municipality": name}


def sign_on_account(*, sign_on, claims):
    """The account that these verified ID-token claims sign in to, linked at the first sign-in. Raises
    SignOnRefused, after writing the refusal to the audit log, when nobody may sign in."""
    email = str(claims.get("email") or "").strip().lower()
    try:
        user, linked_now = _account_linked(sign_on=sign_on, claims=claims, email=email)
    except SignOnRefused as refused:
        sign_on_refusal_record(sign_on=sign_on, refused=refused, issuer=claims.get("iss"), subject=claims.get("sub"))
        raise
    audit_record(
        actor=user,
        action=AuditEvent.Action.SIGN_IN,
        what=AUDIT_WHAT,
        subject=user,
        municipality=sign_on.municipality,
        issuer=claims["iss"],
        subject_at_provider=claims["sub"],
        first_sign_in=linked_now,
    )
    return user


def sign_on_refusal_record(*, sign_on, refused, issuer=None, subject=None, error=""):
    audit_record(
        actor=None,
        action=AuditEvent.Action.SIGN_IN_REFUSED,
        what=AUDIT_WHAT,
        subject=refused.user,
        municipality=sign_on.municipality,
        reason=refused.reason,
        email=refused.email,
        issuer=issuer or sign_on.issuer,
        subject_at_provider=subject or "",
        **({"error": error[:300]} if error else {}),
    )


@transaction.atomic
def _account_linked(*, sign_on, claims, email):
    """(user, linked_now) for the claims, or SignOnRefused."""
    municipality = sign_on.municipality

    def refuse(reason, user=None):
        return SignOnRefused(reason, email=email, municipality=municipality, user=user)

    domain = email.rpartition("@")[2] if "@" in email else ""
    if not domain or domain not in sign_on.email_domains():
        raise refuse("domain")

    identity = (
        SignOnIdentity.objects.select_for_update()
        .select_related("user")
        .filter(issuer=claims["iss"], subject=claims["sub"])
        .first()
    )
    if identity is not None:
        _check_may_sign_in(identity.user, municipality=municipality, refuse=refuse)
        identity.last_sign_in_at = timezone.now()
        identity.save(update_fields=["last_sign_in_at"])
        return identity.user, False

    if not _email_verified(claims):
        raise refuse("unverified")
    user = get_user_model().objects.select_for_update().filter(email__iexact=email).first()
    if user is None:
        raise refuse("no_account")
    _check_may_sign_in(user, municipality=municipality, refuse=refuse)
    if SignOnIdentity.objects.filter(user=user, issuer=claims["iss"]).exists():
        raise refuse("linked_elsewhere", user)
    try:
        with transaction.atomic():
            SignOnIdentity.objects.create(
                user=user, issuer=claims["iss"], subject=claims["sub"], last_sign_in_at=timezone.now()
            )
    except IntegrityError:  # the same person's second tab linked it a moment ago, or another subject did
        raise refuse("linked_elsewhere", user) from None
    return user, True


def _email_verified(claims):
    """email_verified true (some providers send the string "true"). Microsoft Entra ID sends no email_verified
    for organisational accounts; in its place, and only when email_verified is absent, its optional claim
    xms_edov ("e-mail domain owner verified": the tenant owns the address's domain) counts, since the address
    must in any case be in one of the municipality's own allowed domains."""
    if "email_verified" in claims:
        return claims["email_verified"] in (True, "true")
    return claims.get("xms_edov") in (True, "true", "1", 1)


def _check_may_sign_in(user, *, municipality, refuse):
    if user.is_staff or user.is_superuser:
        raise refuse("staff", user)
    if not user.is_active:
        raise refuse("inactive", user)
    if user.municipality_id != municipality.pk:
        raise refuse("other_municipality", user)
