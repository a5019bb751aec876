"""Face-to-face events (seminars, workshops, peer events), registrations, attendance and feedback.

Events are Wagtail pages under one calendar page, so trainers author them where they author courses. The
rules for who may register, the waiting list and attendance live in services.py and selectors.py.
"""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from courses.setup import TRAINERS_GROUP
from courses.translation import canonical
from home.page_cache import EVENT_PAGE_SECONDS


class EventKind(models.TextChoices):
    JOINT_SEMINAR = "joint_seminar", _("Joint network seminar")
    PEER_EVENT = "peer_event", _("Peer event")
    ORIENTATION_SEMINAR = "orientation_seminar", _("Council orientation seminar")
    DEVELOPMENT_SEMINAR = "development_seminar", _("Development seminar")
    STRATEGY_WORKSHOP = "strategy_workshop", _("Strategy workshop")
    OTHER = "other", _("Other event")


class LinkedPageRole(models.TextChoices):
    PREPARATION = "preparation", _("Preparation")
    FOLLOW_UP = "follow_up", _("Follow-up")


class EventIndexPage(Page):
    """The event calendar: upcoming and past events, filtered by kind and municipality."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count = 1
    # Cached for anonymous visitors (home/page_cache.py) briefly: the list of upcoming events follows the clock.
    anonymous_cache_seconds = EVENT_PAGE_SECONDS
    anonymous_cache_shows_events = True

    class Meta:
        verbose_name = _("event calendar")

    def get_context(self, request, *args, **kwargs):
        from .selectors import calendar_for_request

        context = super().get_context(request, *args, **kwargs)
        context.update(calendar_for_request(index_page=self, request=request))
        return context


class EventPage(Page):
    kind = models.CharField(_("kind"), max_length=30, choices=EventKind.choices, default=EventKind.OTHER)
    description = RichTextField(_("description"), features=["h2", "h3", "bold", "italic", "ol", "ul", "link"])
    starts_at = models.DateTimeField(_("starts"), help_text=_("Finnish time (Europe/Helsinki)."))
    ends_at = models.DateTimeField(_("ends"), help_text=_("Finnish time (Europe/Helsinki)."))
    place = models.CharField(
        _("place"), max_length=300, blank=True, help_text=_("Street address and room. Leave empty for online events.")
    )
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("Shown only to registered participants, never publicly.")
    )
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Number of seats. Leave empty for no limit.")
    )
    waiting_list_enabled = models.BooleanField(
        _("waiting list"), default=True, help_text=_("When the event is full, later registrations queue for a seat.")
    )
    registration_deadline = models.DateTimeField(
        _("registration deadline"),
        null=True,
        blank=True,
        help_text=_("Leave empty to allow registering until the start."),
    )
    municipality = models.ForeignKey(
        "municipalities.Municipality",
        verbose_name=_("only for the municipality"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
        help_text=_("Leave empty for an event open to all member municipalities of the network."),
    )
    linked_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("linked course or module"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    linked_page_role = models.CharField(
        _("the course or module is"),
        max_length=20,
        choices=LinkedPageRole.choices,
        default=LinkedPageRole.PREPARATION,
    )
    required_for_course = models.BooleanField(
        _("required for completing the linked course"),
        default=False,
        help_text=_("Learners complete the linked course only after attending this or another required event of it."),
    )

    search_fields = Page.search_fields + [index.SearchField("description"), index.FilterField("kind")]

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("place"),
                FieldPanel("online_url"),
            ],
            heading=_("When and where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("municipality"),
                FieldPanel("capacity"),
                FieldPanel("waiting_list_enabled"),
                FieldPanel("registration_deadline"),
            ],
            heading=_("Who can register"),
        ),
        InlinePanel("trainers", label=_("Trainers"), heading=_("Trainers")),
        MultiFieldPanel(
            [
                PageChooserPanel("linked_page", page_type=["courses.CoursePage", "courses.ModulePage"]),
                FieldPanel("linked_page_role"),
                FieldPanel("required_for_course"),
            ],
            heading=_("Blended learning"),
        ),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    anonymous_cache_seconds = EVENT_PAGE_SECONDS  # seats taken and the registration deadline change
    anonymous_cache_shows_events = True

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [models.Index(fields=["starts_at"])]

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("The event must end after it starts.")
        if self.registration_deadline and self.ends_at and self.registration_deadline > self.ends_at:
            errors["registration_deadline"] = _("The registration deadline must be before the event ends.")
        if self.required_for_course and not self.linked_page_id:
            errors["required_for_course"] = _("Choose the linked course or module first.")
        if not self.place and not self.online_url:
            errors["place"] = _("Give a place or an online link.")
        if errors:
            raise ValidationError(errors)

    @property
    def registration_closes_at(self):
        return self.registration_deadline or self.starts_at

    @cached_property
    def canonical_event(self):
        """The default-language (Finnish) event, which holds the registrations, trainers, attendance and
        feedback of every language's copy (a translation or an alias), so one event is one event whichever
        language a person reads it in. The event itself when it is the original: no query then."""
        return canonical(self, select_related=["municipality"])

    def get_context(self, request, *args, **kwargs):
        from .forms import RegistrationForm
        from .selectors import event_detail

        context = super().get_context(request, *args, **kwargs)
        # `page` is the copy being read, for its title, description and place; `event` is the original, for
        # everything a registration depends on (times, seats, audience).
        event = self.canonical_event
        context.update(event_detail(event=event, user=request.user))
        context["event"] = event
        context["registration_form"] = RegistrationForm()
        return context

    def serve(self, request, *args, **kwargs):
        from django.contrib.auth.views import redirect_to_login
        from django.http import Http404

        from .access import event_is_visible_to

        if not event_is_visible_to(event=self.canonical_event, user=request.user):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            raise Http404
        return super().serve(request, *args, **kwargs)


class EventTrainer(Orderable):
    """A trainer of the event: they see its roster, mark attendance and read its feedback."""

    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="trainers")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainer"),
        on_delete=models.CASCADE,
        related_name="events_trained",
        limit_choices_to={"groups__name": TRAINERS_GROUP},
    )

    panels = [FieldPanel("user")]

    class Meta(Orderable.Meta):
        verbose_name = _("trainer")
        verbose_name_plural = _("trainers")
        constraints = [models.UniqueConstraint(fields=["event", "user"], name="unique_event_trainer")]


class Registration(models.Model):
    class Status(models.TextChoices):
        REGISTERED = "registered", _("Registered")
        WAITLISTED = "waitlisted", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    event = models.ForeignKey(EventPage, on_delete=models.CASCADE, related_name="registrations")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="event_registrations")
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    # The waiting list is served in this order; it is reset when a cancelled registration is renewed, so
    # cancelling and registering again does not keep an old place in the queue.
    queued_at = models.DateTimeField(_("registered at"))
    status_changed_at = models.DateTimeField(_("status changed"))
    needs = models.TextField(
        _("dietary or accessibility needs"),
        blank=True,
        max_length=1000,
        help_text=_("Optional. Only the organisers of the event see this."),
    )
    attended = models.BooleanField(_("attended"), null=True, blank=True, help_text=_("Empty until marked."))
    attendance_marked_at = models.DateTimeField(_("attendance marked"), null=True, blank=True)
    attendance_marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [models.UniqueConstraint(fields=["event", "user"], name="unique_event_registration")]
        indexes = [models.Index(fields=["event", "status", "queued_at"])]

    def __str__(self):
        return f"{self.user} – {self.event} ({self.get_status_display()})"


class FeedbackAnswer(models.Model):
    """One anonymous answer. It has no link to the person and no time stamp, so nobody, a municipal leader
    or anyone reading the database, can tell who answered what. FeedbackGiven records only that a person
    has answered."""

    event = models.ForeignKey(EventPage, on_delete=models.CASCADE, related_name="feedback_answers")
    rating = models.PositiveSmallIntegerField(_("rating"), validators=[MinValueValidator(1), MaxValueValidator(5)])
    comment = models.TextField(_("comments"), blank=True, max_length=3000)

    class Meta:
        verbose_name = _("feedback answer")
        verbose_name_plural = _("feedback answers")
        constraints = [
            models.CheckConstraint(condition=models.Q(rating__gte=1, rating__lte=5), name="feedback_rating_1_to_5")
        ]

    def __str__(self):
        return f"{self.event} – {self.rating}/5"


class FeedbackGiven(models.Model):
    event = models.ForeignKey(EventPage, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    class Meta:
        verbose_name = _("feedback given")
        verbose_name_plural = _("feedback given")
        constraints = [models.UniqueConstraint(fields=["event", "user"], name="unique_feedback_given")]

    def __str__(self):
        return f"{self.user} – {self.event}"


def new_feed_token():
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """The secret address of a person's calendar feed. Regenerating the token ends the old address."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed")
    token = models.CharField(max_length=64, unique=True, default=new_feed_token)
    created_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("calendar feed")
        verbose_name_plural = _("calendar feeds")

    def __str__(self):
        return str(self.user)


class CalendarSequence(models.Model):
    """The SEQUENCE (RFC 5545 §3.8.7.4) of an event in calendars: one number per default-language event,
    raised when a published change alters what a calendar shows of it in any language, and read by every
    channel (download, feed, e-mail) so that they agree. Kept apart from EventPage so that publishing an
    older revision of the page cannot set it back; `fingerprint` is a digest of what calendars show, to
    tell a change from a publish that changed nothing they show."""

    event = models.OneToOneField(EventPage, on_delete=models.CASCADE, primary_key=True, related_name="+")
    sequence = models.PositiveIntegerField(default=0)
    fingerprint = models.CharField(max_length=64, blank=True)

    class Meta:
        verbose_name = _("calendar sequence")
        verbose_name_plural = _("calendar sequences")

    def __str__(self):
        return f"{self.event_id}: {self.sequence}"


class WorkshopRequirement(models.Model):
    """A course asks for a workshop of the learner's own municipality of a kind ("the council's orientation
    seminar"), not for one named event: every member municipality runs its own, and each learner is served by
    theirs. Where the course says so, a joint network seminar counts as well."""

    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The course in Finnish; its translations ask for the same."),
    )
    kind = models.CharField(_("kind of workshop"), max_length=30, choices=EventKind.choices)
    joint_seminar_counts = models.BooleanField(
        _("a joint network seminar counts"),
        default=False,
        help_text=_("Attending a joint network seminar also fulfils the requirement."),
    )

    panels = [
        PageChooserPanel("course", page_type="courses.CoursePage"),
        FieldPanel("kind"),
        FieldPanel("joint_seminar_counts"),
    ]

    class Meta:
        verbose_name = _("workshop requirement")
        verbose_name_plural = _("workshop requirements")
        constraints = [models.UniqueConstraint(fields=["course", "kind"], name="unique_workshop_requirement")]

    def __str__(self):
        return f"{self.course} – {self.get_kind_display()}"
