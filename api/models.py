from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ApiToken(models.Model):
    """A key to the reporting API. Only a SHA-256 hash of the key is kept: the key itself is shown once, when
    it is made, and cannot be shown again. The prefix (the key's public part) finds the row and names the key
    in the audit log without giving it away."""

    class Scope(models.TextChoices):
        MUNICIPALITY = "municipality", _("One municipality (participants by name)")
        NETWORK = "network", _("The network (figures only)")

    name = models.CharField(_("name"), max_length=100, help_text=_("What the key is for, e.g. 'HR reporting'."))
    prefix = models.CharField(_("key id"), max_length=16, unique=True)
    secret_hash = models.CharField(max_length=64)
    scope = models.CharField(_("scope"), max_length=20, choices=Scope.choices)
    municipality = models.ForeignKey(
        "municipalities.Municipality",
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("created by"), on_delete=models.CASCADE, related_name="api_tokens"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"))
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)

    class Meta:
        verbose_name = _("API key")
        verbose_name_plural = _("API keys")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                name="api_token_scope_matches_municipality",
                condition=models.Q(scope="municipality", municipality__isnull=False)
                | models.Q(scope="network", municipality__isnull=True),
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.prefix})"

    @property
    def is_active(self):
        return self.revoked_at is None and self.expires_at > timezone.now()
