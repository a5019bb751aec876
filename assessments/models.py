"""Quizzes, attempts, reflection answers and per-course completion rules.

A quiz is a snippet a trainer writes once and places in a lesson with the `quiz` block. Attempts are stored
per lesson, because the same quiz may be placed in more than one lesson and each lesson is passed on its own.
Scoring and every rule about attempts live in services.py and scoring.py, not here.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField

from courses.models import CoursePage, LessonPage
from courses.translation import default_locale_id

from .blocks import QuestionStreamBlock


class Quiz(models.Model):
    GRADED = "graded"
    PRACTICE = "practice"
    MODE_CHOICES = [
        (GRADED, _("Graded: has a pass mark, and the lesson is done when it is passed")),
        (PRACTICE, _("Practice: no pass mark, does not hold up finishing the lesson")),
    ]

    title = models.CharField(_("title"), max_length=200)
    intro = models.TextField(_("introduction"), blank=True, help_text=_("Shown above the questions."))
    mode = models.CharField(_("kind of quiz"), max_length=10, choices=MODE_CHOICES, default=GRADED)
    questions = StreamField(
        QuestionStreamBlock(),
        verbose_name=_("questions"),
        use_json_field=True,
        help_text=_("The question bank. Each attempt shows its options in a new random order."),
    )
    draw_count = models.PositiveSmallIntegerField(
        _("questions per attempt"),
        null=True,
        blank=True,
        help_text=_(
            "Draw this many questions from the bank at random for each attempt, none twice. "
            "Leave empty or 0 to ask every question."
        ),
    )
    pass_mark_percent = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=80,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("The share of points needed to pass. A practice quiz has no pass mark."),
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("attempts allowed"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Leave empty for unlimited attempts."),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("mode"), FieldPanel("pass_mark_percent"), FieldPanel("max_attempts")], heading=_("Passing")
        ),
        FieldPanel("draw_count"),
        FieldPanel("questions"),
    ]

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")
        ordering = ["title"]

    def __str__(self):
        return self.title

    @property
    def is_practice(self):
        return self.mode == self.PRACTICE

    @property
    def gates_completion(self):
        """Read by courses (without importing this app) to decide whether the lesson offers "mark as done"."""
        return not self.is_practice

    @property
    def questions_per_attempt(self):
        total = len(self.questions)
        return min(self.draw_count, total) if self.draw_count else total

    def clean(self):
        super().clean()
        if self.draw_count and self.draw_count > len(self.questions):
            raise ValidationError(
                {
                    "draw_count": _("The bank has only %(count)s questions; draw at most that many.")
                    % {"count": len(self.questions)}
                }
            )


class QuizAttempt(models.Model):
    """One try at a quiz in a lesson. Open while `submitted_at` is empty; scored and closed on submit."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts")
    quiz = models.ForeignKey(Quiz, on_delete=models.CASCADE, related_name="attempts")
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="quiz_attempts")
    # Copied from the tree when the attempt starts, so course-wide checks need no walk of the page tree.
    course = models.ForeignKey(CoursePage, on_delete=models.CASCADE, related_name="+")
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    score_percent = models.PositiveSmallIntegerField(_("score (%)"), null=True, blank=True)
    passed = models.BooleanField(_("passed"), default=False)
    # {question_id: points between 0 and 1}, kept so feedback shows the score as it was given.
    question_points = models.JSONField(default=dict, blank=True)
    # The questions drawn and the order of their options, fixed when the attempt starts (assessments/layout.py).
    layout = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz", "lesson"],
                condition=models.Q(submitted_at__isnull=True),
                name="one_open_attempt_per_quiz_and_lesson",
            )
        ]
        indexes = [
            models.Index(fields=["user", "lesson", "quiz"]),
            models.Index(fields=["course", "user", "passed"]),
        ]

    def __str__(self):
        return f"{self.user} – {self.quiz}"

    @property
    def is_open(self):
        return self.submitted_at is None


class AttemptAnswer(models.Model):
    """One option a learner chose in a submitted attempt. Ids are the block uuids of the quiz's questions."""

    attempt = models.ForeignKey(QuizAttempt, on_delete=models.CASCADE, related_name="answers")
    question_id = models.CharField(max_length=36)
    option_id = models.CharField(max_length=36)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(fields=["attempt", "question_id", "option_id"], name="unique_attempt_answer")
        ]

    def __str__(self):
        return f"{self.question_id}: {self.option_id}"


class ReflectionAnswer(models.Model):
    """A learner's own answer to a reflection question of a lesson, keyed by the block's uuid."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflection_answers")
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="reflection_answers")
    block_id = models.CharField(max_length=36)
    text = models.TextField(_("your answer"), max_length=5000)
    share_with_trainers = models.BooleanField(_("share anonymously with trainers"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("reflection answer")
        verbose_name_plural = _("reflection answers")
        constraints = [models.UniqueConstraint(fields=["user", "lesson", "block_id"], name="unique_reflection_answer")]
        indexes = [models.Index(fields=["lesson", "block_id", "share_with_trainers"])]
        permissions = [("view_shared_reflections", _("Can see reflection answers learners chose to share"))]

    def __str__(self):
        return f"{self.lesson} – {self.block_id}"


class CourseCompletionRule(models.Model):
    """How a course is completed beyond its required lessons. A course without a rule uses the defaults."""

    course = models.OneToOneField(
        CoursePage, verbose_name=_("course"), on_delete=models.CASCADE, related_name="completion_rule"
    )
    require_quizzes_passed = models.BooleanField(
        _("quizzes must be passed"),
        default=True,
        help_text=_("A lesson with a quiz counts as done only when its quiz is passed."),
    )
    sequential_modules = models.BooleanField(
        _("modules in order"),
        default=False,
        help_text=_("A module opens only when every required lesson of the previous module is done."),
    )

    panels = [FieldPanel("course"), FieldPanel("require_quizzes_passed"), FieldPanel("sequential_modules")]

    class Meta:
        verbose_name = _("completion rule")
        verbose_name_plural = _("completion rules")

    def __str__(self):
        return str(self.course)

    def clean(self):
        # The rule used for a course in any language is its Finnish original's (assessments.selectors), so a
        # rule on a translation would be saved and silently never applied.
        if self.course_id and self.course.locale_id != default_locale_id():
            raise ValidationError(
                {"course": _("Set the rule on the course in the default language; its translations follow it.")}
            )
