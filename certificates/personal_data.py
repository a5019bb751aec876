"""A learner's certificates and Open Badges.

Erasure revokes them and clears the name printed on certificates: a public verification page or badge
assertion must no longer tell anyone that this person completed a course."""

from django.utils.translation import gettext_lazy as _

from accounts.privacy import PersonalDataProvider

from .models import BadgeAssertion, Certificate

ERASED = "Poistettu henkilön pyynnöstä (tietosuoja) / Raderad på personens begäran"


def _export(user):
    return {
        "certificates": [
            {
                "course": certificate.course_title,
                "name_on_certificate": certificate.recipient_name,
                "municipality": certificate.municipality_name,
                "completed_on": certificate.completed_on.isoformat(),
                "issued_at": certificate.issued_at.isoformat(),
                "verification_code": certificate.code,
                "revoked": certificate.revoked,
            }
            for certificate in Certificate.objects.filter(user=user).order_by("issued_at")
        ],
        "badges": [
            {
                "badge": assertion.badge_class.name,
                "assertion_id": str(assertion.uid),
                "issued_on": assertion.issued_on.isoformat(),
                "revoked": assertion.revoked,
            }
            for assertion in BadgeAssertion.objects.filter(user=user).select_related("badge_class")
        ],
    }


def _erase(user):
    Certificate.objects.filter(user=user).update(recipient_name="", revoked=True, revocation_reason=ERASED)
    BadgeAssertion.objects.filter(user=user).update(revoked=True, revocation_reason=ERASED, identity_hash="")


PROVIDER = PersonalDataProvider(key="certificates", export=_export, erase=_erase, title=_("Certificates"))
