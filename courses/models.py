"""The course tree (index > course > module > lesson) and the learner's progress through it.

The tree is declared here with parent/subpage types, so the Wagtail admin offers a trainer only what fits
where. Rules about enrolling and progress live in services.py and selectors.py, not in these models.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.page_cache import PAGE_SECONDS

from .blocks import IntroStreamBlock, LessonStreamBlock
from .terms_and_roles import RecommendedRolesPageForm


class Audience(models.TextChoices):
    ELECTED = "elected", _("Elected officials")
    OFFICE_HOLDERS = "office_holders", _("Office-holders")
    BOTH = "both", _("Elected officials and office-holders")


class CourseIndexPage(Page):
    """The public course catalogue."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1  # one catalogue in each language's home page
    anonymous_cache_seconds = PAGE_SECONDS  # home/page_cache.py

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from .selectors import catalogue_for_request

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_for_request(index_page=self, request=request))
        return context


class CourseTag(TaggedItemBase):
    content_object = ParentalKey("courses.CoursePage", related_name="tagged_items", on_delete=models.CASCADE)

    class Meta:
        verbose_name = _("course theme")
        verbose_name_plural = _("course themes")


class CoursePage(Page):
    summary = models.TextField(
        _("summary"), max_length=600, help_text=_("Shown in the catalogue. One or two sentences.")
    )
    learning_objectives = RichTextField(
        _("learning objectives"), features=["ul", "ol", "bold", "italic"], help_text=_("After the course you …")
    )
    audience = models.CharField(_("audience"), max_length=20, choices=Audience.choices, default=Audience.BOTH)
    estimated_minutes = models.PositiveIntegerField(
        _("estimated duration (minutes)"), default=60, help_text=_("How long the whole course takes to study.")
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(IntroStreamBlock(), verbose_name=_("introduction"), blank=True, use_json_field=True)
    tags = ClusterTaggableManager(through=CourseTag, blank=True, verbose_name=_("themes"))
    council_term = models.ForeignKey(
        "municipalities.CouncilTerm",
        verbose_name=_("council term"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="courses",
        help_text=_("The term this course was written for; empty for a course that serves every term."),
    )
    recommended_roles = models.JSONField(_("recommended for roles"), default=list, blank=True)

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("learning_objectives"),
        index.SearchField("body"),
        index.FilterField("audience"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("learning_objectives"),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldPanel("estimated_minutes"),
                FieldPanel("tags"),
                FieldPanel("council_term"),
                FieldPanel("recommended_roles"),
            ],
            heading=_("Who and how long"),
        ),
        FieldPanel("cover_image"),
        FieldPanel("body"),
    ]

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]
    base_form_class = RecommendedRolesPageForm
    anonymous_cache_seconds = PAGE_SECONDS

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def get_context(self, request, *args, **kwargs):
        from .recommendations import recommended_module_ids
        from .selectors import course_overview

        context = super().get_context(request, *args, **kwargs)
        context.update(course_overview(course=self, user=request.user))
        context["recommended_module_ids"] = recommended_module_ids(
            modules=[entry.module for entry in context["modules"]], user=request.user
        )
        return context


class ModulePage(Page):
    summary = models.TextField(_("summary"), max_length=600, blank=True)
    learning_objectives = RichTextField(
        _("learning objectives"),
        features=["ul", "ol", "bold", "italic"],
        blank=True,
        help_text=_("After the module you …"),
    )
    body = StreamField(IntroStreamBlock(), verbose_name=_("introduction"), blank=True, use_json_field=True)
    recommended_roles = models.JSONField(_("recommended for roles"), default=list, blank=True)

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("learning_objectives"),
        index.SearchField("body"),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("learning_objectives"),
        FieldPanel("body"),
        FieldPanel("recommended_roles"),
    ]

    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage"]
    base_form_class = RecommendedRolesPageForm
    anonymous_cache_seconds = PAGE_SECONDS

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def get_context(self, request, *args, **kwargs):
        from .selectors import module_overview

        context = super().get_context(request, *args, **kwargs)
        context.update(module_overview(module=self, user=request.user))
        return context


class LessonPage(Page):
    summary = models.TextField(_("summary"), max_length=400, blank=True)
    estimated_minutes = models.PositiveIntegerField(_("estimated duration (minutes)"), default=10)
    is_required = models.BooleanField(
        _("required for completion"),
        default=True,
        help_text=_("Untick for extra reading that does not count towards completing the course."),
    )
    body = StreamField(LessonStreamBlock(), verbose_name=_("content"), use_json_field=True)

    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("estimated_minutes"), FieldPanel("is_required")], heading=_("Completion")),
        FieldPanel("body"),
    ]

    parent_page_types = ["courses.ModulePage"]
    subpage_types = []
    anonymous_cache_seconds = PAGE_SECONDS

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def get_context(self, request, *args, **kwargs):
        from .selectors import lesson_context

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_context(lesson=self, user=request.user))
        return context

    @property
    def has_quiz(self):
        """A lesson with a quiz is done by passing the quiz, so it offers no "mark as done" button. A practice
        quiz (its `gates_completion` is false; read by name, as courses does not import the quiz's app) holds
        nothing up, so a lesson with only practice quizzes keeps the button."""
        return any(block.block_type == "quiz" and getattr(block.value, "gates_completion", True) for block in self.body)

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if request.user.is_authenticated and self.pk:
            from .services import lesson_viewed

            lesson_viewed(user=request.user, lesson=self, enrolment=response.context_data.get("enrolment"))
        return response


class Enrolment(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments")
    course = models.ForeignKey(CoursePage, on_delete=models.CASCADE, related_name="enrolments")
    enrolled_at = models.DateTimeField(_("enrolled"), auto_now_add=True)
    last_lesson = models.ForeignKey(
        LessonPage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where 'continue where you left off' leads."),
    )
    last_activity_at = models.DateTimeField(_("last activity"), null=True, blank=True)
    # When the first lesson was marked done. Kept here, not derived from LessonCompletion, so that dashboards
    # can tell "started" from the enrolment row alone instead of probing 1.5 million completions per person.
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="unique_enrolment")]
        indexes = [models.Index(fields=["course", "completed_at"])]

    def __str__(self):
        return f"{self.user} – {self.course}"


class LessonCompletion(models.Model):
    """One learner finished one lesson. Unique per learner and lesson, so a double click or two tabs never
    count twice. `course` and `module` are copied from the tree when the row is written, so dashboards can
    aggregate by them without walking the page tree."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_completions")
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="completions")
    module = models.ForeignKey(ModulePage, on_delete=models.CASCADE, related_name="+")
    course = models.ForeignKey(CoursePage, on_delete=models.CASCADE, related_name="+")
    completed_at = models.DateTimeField(_("completed"), auto_now_add=True)

    class Meta:
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")
        constraints = [models.UniqueConstraint(fields=["user", "lesson"], name="unique_lesson_completion")]
        indexes = [
            models.Index(fields=["course", "user"]),
            models.Index(fields=["module", "user"]),
            # Covers the dashboards' "lessons done per person per module" so the database reads only the
            # index: 20 ms instead of 250 ms for a municipality of 2,000 people (docs/benchmarks.md).
            models.Index(fields=["user", "course", "module", "lesson"], name="lessoncompletion_progress_idx"),
        ]

    def __str__(self):
        return f"{self.user} – {self.lesson}"
