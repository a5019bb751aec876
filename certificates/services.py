"""Writes: issuing certificates and badge assertions for completed courses.

Both are issued only for an enrolment with a completion time; issuing twice returns the first one.
"""

import hashlib
import secrets

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import Enrolment

from .models import BadgeAssertion, BadgeClass, Certificate

# No 0/O or 1/I: the code is read from paper and typed in by hand.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 16  # 80 random bits


class CertificateError(Exception):
    def __init__(self, message, *, status=404):
        super().__init__(str(message))
        self.message = message
        self.status = status


def certificate_code_new():
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def normalise_code(value):
    """Codes are typed by hand: accept lower case, spaces and missing dashes."""
    raw = "".join(ch for ch in str(value).upper() if ch.isalnum())
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def _completed_enrolment(*, user, course_id):
    enrolment = (
        Enrolment.objects.filter(user=user, course_id=course_id, completed_at__isnull=False)
        .select_related("course")
        .first()
    )
    if enrolment is None:
        raise CertificateError(_("You get the certificate when you have completed the course."))
    return enrolment


def certificate_issue(*, user, course_id):
    existing = Certificate.objects.filter(user=user, course_id=course_id).first()
    if existing is not None:
        return existing
    enrolment = _completed_enrolment(user=user, course_id=course_id)
    municipality = user.municipality.name_fi if user.municipality_id else ""
    try:
        with transaction.atomic():
            return Certificate.objects.create(
                user=user,
                course=enrolment.course,
                code=certificate_code_new(),
                recipient_name=user.get_full_name() or user.email,
                municipality_name=municipality,
                course_title=enrolment.course.title,
                completed_on=timezone.localdate(enrolment.completed_at),
            )
    except IntegrityError:  # a concurrent request issued it first
        return Certificate.objects.get(user=user, course_id=course_id)


def recipient_identity(*, email, salt):
    """The Open Badges hashed identity: 'sha256$' + hex digest of the email followed by the salt."""
    return "sha256$" + hashlib.sha256((email.strip().lower() + salt).encode()).hexdigest()


def badge_assertion_issue(*, user, course_id):
    badge_class = BadgeClass.objects.filter(course_id=course_id).first()
    if badge_class is None:
        raise CertificateError(_("This course has no badge."))
    existing = BadgeAssertion.objects.filter(badge_class=badge_class, user=user).first()
    if existing is not None:
        return existing
    _completed_enrolment(user=user, course_id=course_id)
    salt = secrets.token_hex(16)
    try:
        with transaction.atomic():
            return BadgeAssertion.objects.create(
                badge_class=badge_class,
                user=user,
                salt=salt,
                identity_hash=recipient_identity(email=user.email, salt=salt),
            )
    except IntegrityError:
        return BadgeAssertion.objects.get(badge_class=badge_class, user=user)
