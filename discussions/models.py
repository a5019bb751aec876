"""Discussions beside the lessons and modules, peer groups across municipalities, and the people's choices.

A discussion is not a row of its own: it is the posts that share a key. On a lesson or a module the key is
the page's translation key, so the Finnish and the Swedish lesson share one discussion; in a peer group it is
the group. Who reads which posts is decided in selectors.py from the post's scope (the course's setting when
it was written), never from the current setting alone: a post written for one municipality never becomes
visible to the whole network because a trainer changed the setting later.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

MAX_BODY_CHARS = 5000
MAX_TITLE_CHARS = 200


class Scope(models.TextChoices):
    MUNICIPALITY = "municipality", _("The learner's own municipality")
    NETWORK = "network", _("The whole network")
    GROUP = "group", _("A peer group")


class DiscussionSetting(models.Model):
    """A trainer switches discussion on for a course and chooses who talks with whom. Kept here, keyed by the
    course, so that the courses app needs no field (and no migration) for a feature it does not know."""

    course = models.OneToOneField(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="discussion_setting",
        help_text=_("The setting applies to the course in every language."),
    )
    on_lessons = models.BooleanField(_("discussion on each lesson"), default=True)
    on_modules = models.BooleanField(_("discussion on each module"), default=False)
    scope = models.CharField(
        _("who discusses together"), max_length=20, choices=Scope.choices, default=Scope.MUNICIPALITY
    )
    peer_group = models.ForeignKey(
        "discussions.PeerGroup",
        verbose_name=_("peer group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Only when the discussion is for a peer group."),
    )

    panels = [
        FieldPanel("course"),
        FieldPanel("on_lessons"),
        FieldPanel("on_modules"),
        FieldPanel("scope"),
        FieldPanel("peer_group"),
    ]

    class Meta:
        verbose_name = _("course discussion")
        verbose_name_plural = _("course discussions")

    def __str__(self):
        return str(self.course)

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.scope == Scope.GROUP and self.peer_group_id is None:
            raise ValidationError({"peer_group": _("Choose the peer group that discusses this course.")})
        if self.course_id is not None:
            # One setting covers every language version of the course: a second one would contradict it.
            others = DiscussionSetting.objects.filter(course__translation_key=self.course.translation_key)
            if others.exclude(pk=self.pk).exists():
                raise ValidationError(
                    {"course": _("This course already has a discussion setting (in another language).")}
                )


class PeerGroup(models.Model):
    """People of several member municipalities who share a role or a theme, formed by the network coordinator."""

    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=2000)
    events = models.ManyToManyField("events.EventPage", verbose_name=_("events"), blank=True, related_name="+")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("peer group")
        verbose_name_plural = _("peer groups")
        ordering = ["name"]

    def __str__(self):
        return self.name


class PeerGroupMembership(models.Model):
    group = models.ForeignKey(PeerGroup, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="peer_group_memberships")
    added_at = models.DateTimeField(_("added"), auto_now_add=True)

    class Meta:
        verbose_name = _("peer group member")
        verbose_name_plural = _("peer group members")
        constraints = [models.UniqueConstraint(fields=["group", "user"], name="unique_peer_group_member")]

    def __str__(self):
        return f"{self.user} – {self.group}"


class MunicipalModerator(models.Model):
    """Someone a municipality's leader named to moderate the discussions of that municipality's people."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    municipality = models.ForeignKey("municipalities.Municipality", on_delete=models.CASCADE, related_name="+")
    named_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    named_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("discussion moderator")
        verbose_name_plural = _("discussion moderators")
        constraints = [models.UniqueConstraint(fields=["user", "municipality"], name="unique_municipal_moderator")]

    def __str__(self):
        return f"{self.user} – {self.municipality}"


class DiscussionPreferences(models.Model):
    """The person's own choices. Both off by default: no e-mail and no profile without asking for them."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="discussion_preferences"
    )
    reply_emails = models.BooleanField(_("email me when someone answers my question"), default=False)
    network_profile = models.BooleanField(
        _("show my name, municipality and role to the members of my peer groups"), default=False
    )

    def __str__(self):
        return str(self.user)


class Post(models.Model):
    """A question (no `question`) or an answer to one. Stored as the plain text the person wrote; text.py
    turns it into safe HTML when shown."""

    question = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="answers", verbose_name=_("question")
    )
    # Where: a lesson or module (its translation key, shared by its language versions) or a peer group.
    page_key = models.UUIDField(null=True, blank=True, db_index=True)
    page = models.ForeignKey("wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    peer_group = models.ForeignKey(PeerGroup, null=True, blank=True, on_delete=models.CASCADE, related_name="posts")
    scope = models.CharField(_("scope"), max_length=20, choices=Scope.choices)
    # The author's municipality when they wrote it: the municipal scope and the municipal moderators follow it.
    municipality = models.ForeignKey(
        "municipalities.Municipality", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="discussion_posts"
    )
    title = models.CharField(_("title"), max_length=MAX_TITLE_CHARS, blank=True)
    body = models.TextField(_("text"), max_length=MAX_BODY_CHARS)
    created_at = models.DateTimeField(_("written"), auto_now_add=True)
    helpful = models.BooleanField(_("marked helpful"), default=False)
    hidden_at = models.DateTimeField(_("hidden"), null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    hidden_reason = models.CharField(_("reason for hiding"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("discussion post")
        verbose_name_plural = _("discussion posts")
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(fields=["page_key", "scope", "municipality", "created_at"]),
            models.Index(fields=["peer_group", "created_at"]),
        ]

    def __str__(self):
        return self.title or self.body[:60]

    @property
    def is_question(self):
        return self.question_id is None


class Report(models.Model):
    """Someone asked the moderators to look at a post."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    reason = models.CharField(_("reason"), max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        constraints = [models.UniqueConstraint(fields=["post", "reporter"], name="unique_post_report")]

    def __str__(self):
        return f"{self.post} ({self.reason})"
