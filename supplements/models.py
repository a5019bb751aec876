"""A municipality's own part of a network course: extra lessons and its own documents (hallintosääntö,
strategy, budget, leadership agreement, ground rules, contacts), seen only by that municipality's people.

The pages live in a tree of their own, not under the course: HomePage > local supplements > one folder per
municipality > a supplement per course > its lessons. The municipality's folder is where its content
editors' page permissions start, so they can never reach the network course or another municipality's
folder; and the course's own tree, which every learner's progress and the network's figures are counted
from, stays exactly the common part. Where the supplement shows in the course ("after module 2") is a field.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page

from courses.blocks import LessonStreamBlock


class LocalPage(Page):
    """Shared by every page of this tree: never in the search index (a site search would otherwise list one
    municipality's documents to everyone), never cached for anonymous visitors, and served only to the
    people `access.page_is_visible_to` allows; anyone else gets a 404, so the page's existence is not told."""

    class Meta:
        abstract = True

    @classmethod
    def get_indexed_objects(cls):
        return cls.objects.none()

    def municipality_id_for_access(self):
        raise NotImplementedError

    def serve(self, request, *args, **kwargs):
        from django.http import Http404

        from .access import page_is_visible_to

        if not page_is_visible_to(user=request.user, municipality_id=self.municipality_id_for_access()):
            raise Http404
        response = super().serve(request, *args, **kwargs)
        response["Cache-Control"] = "private, no-store"
        return response


class LocalSupplementIndexPage(LocalPage):
    """The root of every municipality's supplements; lists only the reader's own municipality's ones."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["supplements.MunicipalitySupplementsPage"]
    max_count = 1

    class Meta:
        verbose_name = _("local supplements")

    def municipality_id_for_access(self):
        return None  # every signed-in person; the list below is filtered

    def get_context(self, request, *args, **kwargs):
        from .selectors import supplements_visible_to

        context = super().get_context(request, *args, **kwargs)
        context["supplements"] = supplements_visible_to(user=request.user)
        return context


class MunicipalitySupplementsPage(LocalPage):
    """One municipality's folder: its content editors' page permissions are granted here."""

    # A foreign key, not one-to-one: the Swedish and English trees hold aliases of the folder (home/locales.py).
    # Lookups take the default-language folder.
    municipality = models.ForeignKey(
        "municipalities.Municipality",
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="+",
    )

    content_panels = Page.content_panels + [FieldPanel("municipality")]
    parent_page_types = ["supplements.LocalSupplementIndexPage"]
    subpage_types = ["supplements.LocalSupplementPage"]

    class Meta:
        verbose_name = _("municipality's supplements")

    def municipality_id_for_access(self):
        return self.municipality_id

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["supplements"] = LocalSupplementPage.objects.live().child_of(self).order_by("path")
        return context


class LocalSupplementPage(LocalPage):
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("network course"),
        # A course deleted later leaves its supplements in their folder (out of every course), not a broken tree.
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The course this supplement adds to, in Finnish (its translations get the same supplement)."),
    )
    after_module = models.ForeignKey(
        "courses.ModulePage",
        verbose_name=_("shown after module"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty to show the supplement after the course's own modules."),
    )
    language = models.CharField(
        _("language of the text"), max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ul"])

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                PageChooserPanel("course", page_type="courses.CoursePage"),
                PageChooserPanel("after_module", page_type="courses.ModulePage"),
                FieldPanel("language"),
            ],
            heading=_("Place in the course"),
        ),
        FieldPanel("intro"),
        InlinePanel("documents", label=_("Documents"), heading=_("The municipality's documents")),
    ]
    parent_page_types = ["supplements.MunicipalitySupplementsPage"]
    subpage_types = ["supplements.LocalLessonPage"]

    class Meta:
        verbose_name = _("local supplement")
        verbose_name_plural = _("local supplements")

    def municipality_id_for_access(self):
        return (
            MunicipalitySupplementsPage.objects.filter(path=self.path[: -self.steplen])
            .values_list("municipality_id", flat=True)
            .first()
        )

    def clean(self):
        super().clean()
        if self.course_id and self.after_module_id:
            course = self.course
            module = self.after_module
            if not module.path.startswith(course.path):
                raise ValidationError({"after_module": _("Choose a module of the chosen course.")})

    def get_context(self, request, *args, **kwargs):
        from .selectors import supplement_detail

        context = super().get_context(request, *args, **kwargs)
        context.update(supplement_detail(supplement=self, user=request.user))
        return context


class DocumentKind(models.TextChoices):
    ADMINISTRATIVE_REGULATION = "administrative_regulation", _("Administrative regulation (hallintosääntö)")
    STRATEGY = "strategy", _("Municipal strategy")
    BUDGET = "budget", _("Budget and financial plan")
    LEADERSHIP_AGREEMENT = "leadership_agreement", _("Leadership agreement")
    GROUND_RULES = "ground_rules", _("Ground rules of cooperation")
    CONTACTS = "contacts", _("Contacts")
    OTHER = "other", _("Other document")


class SupplementDocument(Orderable):
    """A document of the municipality in its supplement. The file itself is served only to those who may read
    the supplement (wagtail_hooks.before_serve_document)."""

    page = ParentalKey(LocalSupplementPage, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(_("kind"), max_length=30, choices=DocumentKind.choices)
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )
    note = models.CharField(_("note"), max_length=300, blank=True)

    panels = [FieldPanel("kind"), FieldPanel("document"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")


class LocalLessonPage(LocalPage):
    """A lesson of the supplement, with the same blocks as the network's lessons."""

    summary = models.TextField(_("summary"), max_length=400, blank=True)
    estimated_minutes = models.PositiveIntegerField(_("estimated duration (minutes)"), default=10)
    is_required = models.BooleanField(
        _("required for completion"),
        default=True,
        help_text=_("Required lessons count in this municipality's people's progress in the course."),
    )
    body = StreamField(LessonStreamBlock(), verbose_name=_("content"), use_json_field=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("estimated_minutes"), FieldPanel("is_required")], heading=_("Completion")),
        FieldPanel("body"),
    ]
    parent_page_types = ["supplements.LocalSupplementPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("local lesson")
        verbose_name_plural = _("local lessons")

    def municipality_id_for_access(self):
        return (
            MunicipalitySupplementsPage.objects.filter(path=self.path[: -2 * self.steplen])
            .values_list("municipality_id", flat=True)
            .first()
        )

    # Quizzes and reflections keep their attempts and answers per network lesson (assessments.QuizAttempt and
    # ReflectionAnswer point at courses.LessonPage), so in a local lesson they could not be started, saved or
    # counted. The editor is told so when saving, instead of learners meeting a quiz that leads nowhere.
    NETWORK_ONLY_BLOCKS = ("quiz", "reflection")

    def clean(self):
        super().clean()
        if any(block.block_type in self.NETWORK_ONLY_BLOCKS for block in self.body):
            raise ValidationError(
                _(
                    "A local lesson cannot hold a quiz or a reflection question: their answers are kept only for "
                    "the network's own lessons. Remove the block, or ask the network's trainers to add it to the "
                    "course."
                )
            )

    def get_context(self, request, *args, **kwargs):
        from .selectors import local_lesson_context

        context = super().get_context(request, *args, **kwargs)
        context.update(local_lesson_context(lesson=self, user=request.user))
        return context


class LocalLessonCompletion(models.Model):
    """One person finished one local lesson. Kept apart from courses.LessonCompletion, so that the network's
    figures, counted from that, stay the common part every municipality shares."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    lesson = models.ForeignKey(LocalLessonPage, on_delete=models.CASCADE, related_name="completions")
    supplement = models.ForeignKey(LocalSupplementPage, on_delete=models.CASCADE, related_name="completions")
    completed_at = models.DateTimeField(_("completed"), auto_now_add=True)

    class Meta:
        verbose_name = _("local lesson completion")
        verbose_name_plural = _("local lesson completions")
        constraints = [models.UniqueConstraint(fields=["user", "lesson"], name="unique_local_lesson_completion")]
        indexes = [models.Index(fields=["supplement", "user"])]

    def __str__(self):
        return f"{self.user} – {self.lesson}"
