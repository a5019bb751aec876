"""What the roster import, invitations, reminders keep between requests.

An uploaded roster is parsed once and kept here until the leader confirms or cancels it, so the preview
and the confirmation work on the same rows and nothing the browser re-posts is trusted.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage
from municipalities.models import Municipality

from . import file_formats


class RosterImport(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        SAVING = "saving", _("Being saved")
        FAILED = "failed", _("Saving stopped")
        CONFIRMED = "confirmed", _("Saved")

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="roster_imports")
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    file_name = models.CharField(_("file name"), max_length=255)
    # A code (rosters.file_formats), not a text: the text is put together in the language of whoever reads it.
    file_format = models.CharField(
        _("format"), max_length=60, help_text=_("How the file was read, as a code such as csv:semicolon:utf-8")
    )
    # The parsed rows (see rosters.parsing.RosterRow.to_dict); checks against the database are redone at
    # every preview and at confirmation, because accounts change in between.
    rows = models.JSONField(_("rows"), default=list)
    ignored_columns = models.JSONField(_("ignored columns"), default=list)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    created_count = models.PositiveIntegerField(_("people added"), default=0)
    updated_count = models.PositiveIntegerField(_("people updated"), default=0)
    skipped_count = models.PositiveIntegerField(_("rows skipped"), default=0)
    invited_count = models.PositiveIntegerField(_("invitations sent"), default=0)
    # Saving runs in the background in chunks (rosters.tasks.save_roster_import); the progress page reads these.
    total_rows = models.PositiveIntegerField(_("rows to save"), default=0)
    saved_rows = models.PositiveIntegerField(_("rows saved"), default=0)

    class Meta:
        verbose_name = _("roster import")
        verbose_name_plural = _("roster imports")
        ordering = ["-uploaded_at"]
        constraints = [
            # One unsaved file per leader and municipality, even when the same file is sent twice at once.
            models.UniqueConstraint(
                fields=["municipality", "uploaded_by"],
                condition=Q(status="pending"),
                name="rosters_one_pending_import_per_leader",
            )
        ]

    def __str__(self):
        return f"{self.municipality} – {self.file_name}"

    @property
    def file_format_label(self):
        """ "CSV, semicolon, UTF-8" in the reader's language."""
        return file_formats.label(self.file_format)


class Invitation(models.Model):
    """A link that lets a person set their password once; it expires after ROSTER_INVITATION_DAYS."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="invitations")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    roster_import = models.ForeignKey(
        RosterImport, null=True, blank=True, on_delete=models.SET_NULL, related_name="invitations"
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    used_at = models.DateTimeField(_("used"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self):
        return f"{self.user} ({self.created_at:%Y-%m-%d})"


class ReminderTarget(models.TextChoices):
    NOT_STARTED = "not_started", _("Have not started the course")
    NOT_FINISHED = "not_finished", _("Have started but not finished the course")


class Reminder(models.Model):
    """A log of reminders a leader sent, with whom each reached: nobody gets a reminder about the same course
    again within ROSTER_REMINDER_PAUSE_DAYS, whoever sends it and to whichever group."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="reminders")
    course = models.ForeignKey(CoursePage, on_delete=models.CASCADE, related_name="+")
    target = models.CharField(_("recipients"), max_length=20, choices=ReminderTarget.choices)
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    sent_at = models.DateTimeField(_("sent"), auto_now_add=True)
    recipient_count = models.PositiveIntegerField(_("number of recipients"))
    recipients = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="reminders_received", blank=True, verbose_name=_("recipients")
    )

    class Meta:
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")
        ordering = ["-sent_at"]
        indexes = [models.Index(fields=["municipality", "course", "target", "sent_at"])]

    def __str__(self):
        return f"{self.municipality} – {self.course} ({self.sent_at:%Y-%m-%d})"


class ReminderOptOut(models.Model):
    """A person who asked for no more reminder e-mails (the unsubscribe link or button of a reminder). Only
    reminders stop: invitations to choose a password and event e-mails are not reminders and still go out."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="reminder_opt_out"
    )
    opted_out_at = models.DateTimeField(_("unsubscribed from reminders"), auto_now_add=True)

    class Meta:
        verbose_name = _("reminder opt-out")
        verbose_name_plural = _("reminder opt-outs")

    def __str__(self):
        return str(self.user)
