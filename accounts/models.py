from django.conf import settings
from django.contrib import admin
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils.translation import gettext_lazy as _


class UserManager(BaseUserManager):
    """People sign in with their email address: municipalities know their councillors by email, not by
    a username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        return self.get(**{f"{self.model.USERNAME_FIELD}__iexact": username})


class User(AbstractUser):
    username = None
    email = models.EmailField(_("email address"), unique=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("Used for the site and for the emails you receive."),
    )

    municipality = models.ForeignKey(
        "municipalities.Municipality",
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
        help_text=_("The municipality whose council or administration the person belongs to."),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["first_name", "last_name"]

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["last_name", "first_name"]

    def __str__(self):
        return self.get_full_name() or self.email


class AuditEvent(models.Model):
    """Who viewed or exported whose personal data, and when: required so that a municipality can answer a
    councillor's question "who has looked at my data?" and so that misuse can be traced."""

    # Shown in the admin (accounts/wagtail_hooks.py), but its links are not content: indexing them would cost
    # four queries on every page view that writes an audit line.
    wagtail_reference_index_ignore = True

    class Action(models.TextChoices):
        VIEW = "view", _("Viewed")
        EXPORT = "export", _("Exported")
        IMPORT = "import", _("Imported")
        ERASE = "erase", _("Erased")
        DATA_DOWNLOAD = "data_download", _("Downloaded own data")
        SHARING = "sharing", _("Changed what is shared")
        SIGN_IN = "sign_in", _("Signed in with the municipality's account")
        SIGN_IN_REFUSED = "sign_in_refused", _("Sign-in with the municipality's account refused")

    created_at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("who"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    what = models.CharField(_("what"), max_length=200, help_text=_("The page or file, e.g. 'participant list'."))
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("whose data (one person)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    municipality = models.ForeignKey(
        "municipalities.Municipality",
        verbose_name=_("whose data (a municipality's people)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    detail = models.JSONField(_("detail"), default=dict, blank=True)

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit log")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["subject", "created_at"]), models.Index(fields=["municipality", "created_at"])]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor} {self.get_action_display()} {self.what_label()}"

    @admin.display(description=_("what"))
    def what_label(self):
        """What was viewed, in the reader's language; rows keep the stable English code audit_record() got."""
        return AUDIT_WHAT_LABELS.get(self.what, self.what)


# The codes audit_record() is called with, and how the audit log shows them.
AUDIT_WHAT_LABELS = {
    "participation dashboard": _("participation dashboard"),
    "participant list (csv)": _("participant list (CSV)"),
    "participant list (xlsx)": _("participant list (XLSX)"),
    "roster file": _("roster file"),
    "event roster": _("event roster"),
    "own data": _("own data"),
    "erasure request": _("erasure request"),
    "retention": _("retention period ended"),
    "event needs notes (retention)": _("event needs notes cleared (retention period ended)"),
    "names shared with the network coordinator": _("names shared with the network coordinator"),
    "names no longer shared with the coordinator": _("names no longer shared with the network coordinator"),
    "reporting API": _("reporting API (key)"),
    "municipality sign-in": _("sign-in with the municipality's account"),
}


class MunicipalSignOn(models.Model):
    """A municipality's own OpenID Connect provider (e.g. its Microsoft Entra ID tenant): its people may sign in
    with the account they already have there. Set up by an administrator in the admin (accounts/wagtail_hooks.py);
    without a row, or with the row disabled, nothing of it shows and the password form works as before."""

    municipality = models.OneToOneField(
        "municipalities.Municipality",
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="sign_on",
    )
    issuer = models.URLField(
        _("issuer URL"),
        max_length=300,
        help_text=_(
            "The provider's issuer, exactly as in its /.well-known/openid-configuration, e.g. "
            "https://login.microsoftonline.com/<tenant id>/v2.0"
        ),
    )
    client_id = models.CharField(_("client ID"), max_length=200)
    # Sent to the provider when a code is exchanged, so it has to be readable here; the admin form never shows it.
    client_secret = models.CharField(_("client secret"), max_length=500)
    allowed_email_domains = models.TextField(
        _("allowed e-mail domains"),
        help_text=_("One domain a line, e.g. hameenlinna.fi. Only addresses in these domains may sign in."),
    )
    enabled = models.BooleanField(_("in use"), default=False)

    class Meta:
        verbose_name = _("sign-in with the municipality's account")
        verbose_name_plural = _("sign-in with the municipality's account")
        ordering = ["municipality__name_fi"]

    def __str__(self):
        return str(self.municipality)

    def email_domains(self):
        return {line.strip().lstrip("@").lower() for line in self.allowed_email_domains.split() if line.strip()}


class SignOnIdentity(models.Model):
    """Which account a person at a provider (issuer + subject) signs in to: linked at the first sign-in, and
    matched by subject afterwards, so that a changed or reused e-mail address cannot move the link."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="sign_on_identities"
    )
    issuer = models.CharField(_("issuer URL"), max_length=300)
    subject = models.CharField(_("subject"), max_length=255)
    linked_at = models.DateTimeField(_("linked"), auto_now_add=True)
    last_sign_in_at = models.DateTimeField(_("last sign-in"), null=True, blank=True)

    class Meta:
        verbose_name = _("sign-in link")
        verbose_name_plural = _("sign-in links")
        constraints = [
            models.UniqueConstraint(fields=["issuer", "subject"], name="accounts_one_account_per_identity"),
            models.UniqueConstraint(fields=["user", "issuer"], name="accounts_one_identity_per_provider"),
        ]

    def __str__(self):
        return f"{self.user} – {self.issuer}"
