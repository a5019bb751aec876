"""Open Badges 2.0 documents (1EdTech), served as hosted JSON-LD at stable URLs.

Ids are absolute URLs built by home.links (from settings.WAGTAILADMIN_BASE_URL), not from the request, so they
stay the same whatever host name a request used; a backpack that stored them can always fetch them again.
"""

from django.conf import settings
from django.urls import reverse

from home.links import absolute_url

CONTEXT = "https://w3id.org/openbadges/v2"
CONTENT_TYPE = "application/ld+json; charset=utf-8"


def issuer_settings():
    """Who issues the badges. OPEN_BADGES_ISSUER in settings may override any of these keys."""
    defaults = {
        "name": settings.WAGTAIL_SITE_NAME,
        "url": absolute_url("/"),
        "email": "koulutus@example.fi",
        "description": "Valtuustokauden 2021–2025 perehdytyksen verkkokurssit.",
    }
    return {**defaults, **getattr(settings, "OPEN_BADGES_ISSUER", {})}


def issuer_url():
    return absolute_url(reverse("certificates:issuer"))


def badge_class_url(badge_class):
    return absolute_url(reverse("certificates:badge_class", args=[badge_class.uid]))


def badge_image_url(badge_class):
    return absolute_url(reverse("certificates:badge_image", args=[badge_class.uid]))


def assertion_url(assertion):
    return absolute_url(reverse("certificates:assertion", args=[assertion.uid]))


def issuer_document():
    issuer = issuer_settings()
    return {
        "@context": CONTEXT,
        "type": "Issuer",
        "id": issuer_url(),
        "name": issuer["name"],
        "url": issuer["url"],
        "email": issuer["email"],
        "description": issuer["description"],
        "revocationList": absolute_url(reverse("certificates:revocation_list")),
    }


def badge_class_document(badge_class, *, course_url=""):
    criteria = {"narrative": badge_class.criteria_narrative}
    if course_url:
        criteria["id"] = course_url
    return {
        "@context": CONTEXT,
        "type": "BadgeClass",
        "id": badge_class_url(badge_class),
        "name": badge_class.name,
        "description": badge_class.description,
        "image": badge_image_url(badge_class),
        "criteria": criteria,
        "issuer": issuer_url(),
    }


def assertion_document(assertion):
    """The assertion, or for a revoked one the short form the specification asks for (served with 410)."""
    if assertion.revoked:
        return {
            "@context": CONTEXT,
            "type": "Assertion",
            "id": assertion_url(assertion),
            "revoked": True,
            "revocationReason": assertion.revocation_reason or "Revoked by the issuer",
        }
    return {
        "@context": CONTEXT,
        "type": "Assertion",
        "id": assertion_url(assertion),
        "recipient": {
            "type": "email",
            "hashed": True,
            "salt": assertion.salt,
            "identity": assertion.identity_hash,
        },
        "badge": badge_class_url(assertion.badge_class),
        "verification": {"type": "hosted"},
        "issuedOn": assertion.issued_on.isoformat(timespec="seconds"),
    }


def revocation_list_document(revoked_assertions):
    return {
        "@context": CONTEXT,
        "type": "RevocationList",
        "id": absolute_url(reverse("certificates:revocation_list")),
        "issuer": issuer_url(),
        "revokedAssertions": [
            {"id": assertion_url(assertion), "revocationReason": assertion.revocation_reason or "Revoked by the issuer"}
            for assertion in revoked_assertions
        ],
    }
