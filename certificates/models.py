"""Certificates of completed courses and Open Badges 2.0 badge classes and assertions.

A certificate keeps a copy of what it certifies (name, municipality, course, date) as it was when issued,
so the verification page confirms what the printed PDF says even after the learner changes their name.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from courses.models import CoursePage


class Certificate(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates")
    course = models.ForeignKey(CoursePage, verbose_name=_("course"), on_delete=models.CASCADE, related_name="+")
    code = models.CharField(_("verification code"), max_length=24, unique=True, editable=False)
    recipient_name = models.CharField(_("name"), max_length=300, editable=False)
    municipality_name = models.CharField(_("municipality"), max_length=100, blank=True, editable=False)
    course_title = models.CharField(_("course title"), max_length=255, editable=False)
    completed_on = models.DateField(_("completed on"), editable=False)
    issued_at = models.DateTimeField(_("issued"), auto_now_add=True)
    revoked = models.BooleanField(_("revoked"), default=False)
    revocation_reason = models.CharField(_("reason for revoking"), max_length=300, blank=True)

    panels = [FieldPanel("revoked"), FieldPanel("revocation_reason")]

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="unique_certificate")]
        ordering = ["-issued_at"]

    def __str__(self):
        return f"{self.recipient_name} – {self.course_title} ({self.code})"


class BadgeClass(models.Model):
    """The Open Badges BadgeClass a course issues. `uid` makes its hosted URL stable and unguessable."""

    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    course = models.OneToOneField(
        CoursePage, verbose_name=_("course"), on_delete=models.CASCADE, related_name="badge_class"
    )
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), max_length=1000)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A square image. Leave empty and a simple badge image is drawn from the name."),
    )
    criteria_narrative = models.TextField(
        _("criteria"), help_text=_("What a learner has done to earn the badge, in a few sentences.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    panels = [
        FieldPanel("course"),
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("criteria_narrative"),
        FieldPanel("image"),
    ]

    class Meta:
        verbose_name = _("badge")
        verbose_name_plural = _("badges")

    def __str__(self):
        return self.name


class BadgeAssertion(models.Model):
    """A badge awarded to one learner. The recipient's email is kept only as a salted SHA-256 hash."""

    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    badge_class = models.ForeignKey(
        BadgeClass, verbose_name=_("badge"), on_delete=models.CASCADE, related_name="assertions"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="badge_assertions", verbose_name=_("user")
    )
    salt = models.CharField(max_length=64, editable=False)
    identity_hash = models.CharField(max_length=80, editable=False)
    issued_on = models.DateTimeField(_("issued"), auto_now_add=True)
    revoked = models.BooleanField(_("revoked"), default=False)
    revocation_reason = models.CharField(_("reason for revoking"), max_length=300, blank=True)

    panels = [FieldPanel("revoked"), FieldPanel("revocation_reason")]

    class Meta:
        verbose_name = _("awarded badge")
        verbose_name_plural = _("awarded badges")
        constraints = [models.UniqueConstraint(fields=["badge_class", "user"], name="unique_badge_assertion")]
        ordering = ["-issued_on"]

    def __str__(self):
        return f"{self.badge_class} – {self.user}"
