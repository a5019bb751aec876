"""Municipalities, the USO network, council terms and the roles people hold in a municipality.

What no general LMS models: a councillor belongs to a municipality, holds one or more roles in it for a
council term, and the municipality's leaders follow how its council is doing.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class Municipality(models.Model):
    code = models.CharField(_("municipality code"), max_length=3, unique=True, help_text=_("Three digits, e.g. 091."))
    name_fi = models.CharField(_("name in Finnish"), max_length=100)
    name_sv = models.CharField(_("name in Swedish"), max_length=100, blank=True)
    # Privacy by default: the network coordinator sees every member's figures side by side, but the named
    # participant lists only of a municipality whose leader has shared them (participation/services.py; each
    # change is in the audit log, and a leader can take it back at any time).
    names_shared_with_coordinator = models.BooleanField(
        _("participants' names shared with the network coordinator"),
        default=False,
        help_text=_("Changed by the municipality's leaders on its participation page."),
    )

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
    network = models.ForeignKey(
        Network, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("network")
    )
    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("municipality")
    )
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

    network = models.ForeignKey(
        Network, on_delete=models.CASCADE, related_name="join_requests", verbose_name=_("network")
    )
    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="join_requests", verbose_name=_("municipality")
    )
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
    """A council term, as the law sets it: normally four years from the beginning of June of the election
    year (kuntalaki 15 §). Act 256/2021 moved the 2021 elections to 13 June: the 2017 councils served until
    the end of July 2021 and the 2021 councils from 1 August 2021 to the end of May 2025.

    Terms never overlap (clean() refuses it), so a date belongs to at most one term; which term is current
    is read from today's date (municipalities.terms.current_term), never from a setting."""

    name = models.CharField(_("name"), max_length=50, unique=True, help_text=_("For example 2025–2029."))
    election_date = models.DateField(_("election day"), null=True, blank=True)
    starts_on = models.DateField(_("starts"))
    ends_on = models.DateField(_("ends"), help_text=_("The last day of the term."))

    class Meta:
        verbose_name = _("council term")
        verbose_name_plural = _("council terms")
        ordering = ["-starts_on"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("A term cannot end before it starts.")})
        if self.election_date and self.starts_on and self.election_date > self.starts_on:
            raise ValidationError({"election_date": _("The elections are held before the term starts.")})
        if self.starts_on and self.ends_on:
            overlapping = (
                CouncilTerm.objects.filter(starts_on__lte=self.ends_on, ends_on__gte=self.starts_on)
                .exclude(pk=self.pk)
                .first()
            )
            if overlapping is not None:
                raise ValidationError(
                    _("The dates overlap the term %(term)s (%(starts)s–%(ends)s): terms cannot overlap.")
                    % {
                        "term": overlapping.name,
                        "starts": overlapping.starts_on.strftime("%d.%m.%Y"),
                        "ends": overlapping.ends_on.strftime("%d.%m.%Y"),
                    }
                )

    def includes(self, day):
        return self.starts_on <= day <= self.ends_on


class Role(models.TextChoices):
    """The roles of the bodies elected officials sit on (kuntalaki 30 §), then the office-holders'. Listed by
    body, so that every list and figure by role reads body by body."""

    COUNCILLOR = "councillor", _("Councillor")
    DEPUTY_COUNCILLOR = "deputy_councillor", _("Deputy councillor")
    COUNCIL_CHAIR = "council_chair", _("Chair of the council")
    COUNCIL_VICE_CHAIR = "council_vice_chair", _("Vice chair of the council")
    BOARD_MEMBER = "board_member", _("Executive board member")
    DEPUTY_BOARD_MEMBER = "deputy_board_member", _("Deputy member of the executive board")
    BOARD_CHAIR = "board_chair", _("Chair of the executive board")
    BOARD_VICE_CHAIR = "board_vice_chair", _("Vice chair of the executive board")
    COMMITTEE_MEMBER = "committee_member", _("Committee member")
    DEPUTY_COMMITTEE_MEMBER = "deputy_committee_member", _("Deputy member of a committee")
    COMMITTEE_CHAIR = "committee_chair", _("Chair of a committee")
    COMMITTEE_VICE_CHAIR = "committee_vice_chair", _("Vice chair of a committee")
    AUDIT_MEMBER = "audit_member", _("Audit committee member")
    DEPUTY_AUDIT_MEMBER = "deputy_audit_member", _("Deputy member of the audit committee")
    AUDIT_CHAIR = "audit_chair", _("Chair of the audit committee")
    AUDIT_VICE_CHAIR = "audit_vice_chair", _("Vice chair of the audit committee")
    MANAGER = "manager", _("Municipal manager or mayor")
    DIRECTOR = "director", _("Director")
    OFFICE_HOLDER = "office_holder", _("Other office-holder")


class Body(models.TextChoices):
    """The kinds of body a role belongs to; the body's own name (e.g. Sivistyslautakunta) is on the role."""

    COUNCIL = "council", _("Council")
    EXECUTIVE_BOARD = "executive_board", _("Executive board")
    COMMITTEE = "committee", _("Committees")
    AUDIT_COMMITTEE = "audit_committee", _("Audit committee")
    ADMINISTRATION = "administration", _("Office-holders")


BODY_OF_ROLE = {
    Role.COUNCILLOR: Body.COUNCIL,
    Role.DEPUTY_COUNCILLOR: Body.COUNCIL,
    Role.COUNCIL_CHAIR: Body.COUNCIL,
    Role.COUNCIL_VICE_CHAIR: Body.COUNCIL,
    Role.BOARD_MEMBER: Body.EXECUTIVE_BOARD,
    Role.DEPUTY_BOARD_MEMBER: Body.EXECUTIVE_BOARD,
    Role.BOARD_CHAIR: Body.EXECUTIVE_BOARD,
    Role.BOARD_VICE_CHAIR: Body.EXECUTIVE_BOARD,
    Role.COMMITTEE_MEMBER: Body.COMMITTEE,
    Role.DEPUTY_COMMITTEE_MEMBER: Body.COMMITTEE,
    Role.COMMITTEE_CHAIR: Body.COMMITTEE,
    Role.COMMITTEE_VICE_CHAIR: Body.COMMITTEE,
    Role.AUDIT_MEMBER: Body.AUDIT_COMMITTEE,
    Role.DEPUTY_AUDIT_MEMBER: Body.AUDIT_COMMITTEE,
    Role.AUDIT_CHAIR: Body.AUDIT_COMMITTEE,
    Role.AUDIT_VICE_CHAIR: Body.AUDIT_COMMITTEE,
    Role.MANAGER: Body.ADMINISTRATION,
    Role.DIRECTOR: Body.ADMINISTRATION,
    Role.OFFICE_HOLDER: Body.ADMINISTRATION,
}
OFFICE_HOLDER_ROLES = {Role.MANAGER, Role.DIRECTOR, Role.OFFICE_HOLDER}
ELECTED_ROLES = set(Role) - OFFICE_HOLDER_ROLES


class RoleAssignment(models.Model):
    """A role a person holds in their municipality for a council term; a person can hold several."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="roles", verbose_name=_("user")
    )
    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="role_assignments", verbose_name=_("municipality")
    )
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
        indexes = [
            models.Index(fields=["municipality", "role"]),
            # "The people of this municipality in this term", the start of every dashboard query: without it
            # the database reads the municipality's roles of every term (after four terms, 20 rows for each
            # one it keeps) and then every account ever made.
            models.Index(fields=["municipality", "term", "user"], name="role_place_term_user"),
        ]

    def __str__(self):
        return f"{self.user} – {self.get_role_display()}"


class MunicipalLeader(models.Model):
    """Gives a person (municipal manager, council chair, …) the participation view of a municipality."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="led_municipalities", verbose_name=_("user")
    )
    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="leaders", verbose_name=_("municipality")
    )

    class Meta:
        verbose_name = _("municipal leader")
        verbose_name_plural = _("municipal leaders")
        constraints = [models.UniqueConstraint(fields=["user", "municipality"], name="unique_municipal_leader")]

    def __str__(self):
        return f"{self.user} – {self.municipality}"
