"""Municipalities, the USO network, council terms and the roles people hold in a municipality.

What no general LMS models: a councillor belongs to a municipality, holds one or more roles in it for a
council term, and the municipality's leaders follow how its council is doing.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Municipality(models.Model):
    code = models.CharField(_("municipality code"), max_length=3, unique=True, help_text=_("Three digits, e.g. 091."))
    name_fi = models.CharField(_("name in Finnish"), max_length=100)
    name_sv = models.CharField(_("name in Swedish"), max_length=100, blank=True)

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name_fi"]
        permissions = [("view_network", _("Can follow all member municipalities of the network"))]

    def __str__(self):
        return self.name_fi

    def display_name(self, language_code="fi"):
        if language_code == "sv" and self.name_sv:
            return self.name_sv
        return self.name_fi


class Network(models.Model):
    """A municipal development network, such as the USO network's 2021–2022 round."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), unique=True)
    description = models.TextField(_("description"), blank=True)
    members = models.ManyToManyField(Municipality, through="NetworkMembership", related_name="networks")

    class Meta:
        verbose_name = _("network")
        verbose_name_plural = _("networks")
        # No default "view" permission: its codename would be municipalities.view_network, which is the
        # coordinator's permission on Municipality and must mean only that.
        default_permissions = ("add", "change", "delete")

    def __str__(self):
        return self.name


class NetworkMembership(models.Model):
    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="memberships")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="memberships")
    joined_on = models.DateField(_("member since"))
    left_on = models.DateField(_("left on"), null=True, blank=True)

    class Meta:
        verbose_name = _("network membership")
        verbose_name_plural = _("network memberships")
        constraints = [
            models.UniqueConstraint(fields=["network", "municipality"], name="unique_network_membership"),
        ]

    def __str__(self):
        return f"{self.municipality} – {self.network}"


class JoinRequest(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for a decision")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="join_requests")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="join_requests")
    contact_name = models.CharField(_("contact person"), max_length=200)
    email = models.EmailField(_("email"))
    message = models.TextField(_("message"), blank=True, max_length=3000)
    # The language the request was written in: the decision is emailed in it.
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES, default="fi")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("request to join")
        verbose_name_plural = _("requests to join")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.municipality} ({self.get_status_display()})"


class CouncilTerm(models.Model):
    """A council term. 2021–2025 began on 1 August 2021 and ended at the end of May 2025 (act 256/2021
    moved the elections from April to June 2021)."""

    name = models.CharField(_("name"), max_length=50, unique=True)
    starts_on = models.DateField(_("starts"))
    ends_on = models.DateField(_("ends"))

    class Meta:
        verbose_name = _("council term")
        verbose_name_plural = _("council terms")
        ordering = ["-starts_on"]

    def __str__(self):
        return self.name


class Role(models.TextChoices):
    COUNCILLOR = "councillor", _("Councillor")
    DEPUTY_COUNCILLOR = "deputy_councillor", _("Deputy councillor")
    BOARD_MEMBER = "board_member", _("Executive board member")
    COMMITTEE_MEMBER = "committee_member", _("Committee member")
    COUNCIL_CHAIR = "council_chair", _("Chair of the council")
    BOARD_CHAIR = "board_chair", _("Chair of the executive board")
    COMMITTEE_CHAIR = "committee_chair", _("Chair of a committee")
    MANAGER = "manager", _("Municipal manager or mayor")
    DIRECTOR = "director", _("Director")
    OFFICE_HOLDER = "office_holder", _("Other office-holder")


ELECTED_ROLES = {
    Role.COUNCILLOR,
    Role.DEPUTY_COUNCILLOR,
    Role.BOARD_MEMBER,
    Role.COMMITTEE_MEMBER,
    Role.COUNCIL_CHAIR,
    Role.BOARD_CHAIR,
    Role.COMMITTEE_CHAIR,
}
OFFICE_HOLDER_ROLES = {Role.MANAGER, Role.DIRECTOR, Role.OFFICE_HOLDER}


class RoleAssignment(models.Model):
    """A role a person holds in their municipality for a council term; a person can hold several."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="roles")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="role_assignments")
    term = models.ForeignKey(CouncilTerm, on_delete=models.PROTECT, related_name="role_assignments")
    role = models.CharField(_("role"), max_length=30, choices=Role.choices)
    body = models.CharField(
        _("body"),
        max_length=200,
        blank=True,
        help_text=_("The council, board or committee."),
    )

    class Meta:
        verbose_name = _("role")
        verbose_name_plural = _("roles")
        constraints = [
            models.UniqueConstraint(fields=["user", "municipality", "term", "role", "body"], name="unique_role"),
        ]
        indexes = [models.Index(fields=["municipality", "role"])]

    def __str__(self):
        return f"{self.user} – {self.get_role_display()}"


class MunicipalLeader(models.Model):
    """Gives a person (municipal manager, council chair, …) the participation view of a municipality."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="led_municipalities")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="leaders")

    class Meta:
        verbose_name = _("municipal leader")
        verbose_name_plural = _("municipal leaders")
        constraints = [models.UniqueConstraint(fields=["user", "municipality"], name="unique_municipal_leader")]

    def __str__(self):
        return f"{self.user} – {self.municipality}"
