from django.db import models
from django.utils.translation import gettext_lazy as _


class OutboxStatement(models.Model):
    """An xAPI statement waiting for the LRS, or sent to it. Written in the same transaction as what it
    records, so nothing is lost while the LRS is down; its id is made from the event (statements.py), so
    writing it twice keeps one row and the LRS never gets two statements for one event."""

    statement_id = models.UUIDField(_("statement id"), unique=True)
    statement = models.JSONField(_("statement"))
    timestamp = models.DateTimeField(_("time of the event"), db_index=True)
    created_at = models.DateTimeField(_("queued"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    attempts = models.PositiveIntegerField(_("failed attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("xAPI statement")
        verbose_name_plural = _("xAPI statements")
        ordering = ["id"]
        indexes = [models.Index(fields=["sent_at", "next_attempt_at"], name="xapi_outbox_due")]

    def __str__(self):
        return str(self.statement_id)
