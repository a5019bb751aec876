"""Evaluation of council work: surveys written by trainers, rounds opened by a municipality's leader, and
anonymous answers.

Anonymity is built into the tables, not promised by the views (see docs/evaluations.md and
tests/evaluations/test_anonymity.py, which walks these models):

- `AnswerReceipt` says only that *someone* of the round's audience has answered: it holds a keyed hash
  (HMAC with the secret key) of the round and the person, no foreign key to the person and no time. It is what
  lets a person answer only once (a unique constraint, so two parallel submissions cannot both pass).
- `LikertTally` holds counts, not answers: "item 3, value 4: 7 people". Nothing in it can be tied to a
  person or even to one submission.
- `OpenAnswer` holds the text of an open answer with a random UUID as its key, no time and no link to a
  receipt or to the other answers of the same person; it is shown shuffled.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from municipalities.models import CouncilTerm, Municipality

LIKERT_VALUES = (1, 2, 3, 4, 5)


def _in_language(fi, sv):
    """The Swedish text in Swedish when there is one; Finnish otherwise (Finnish first)."""
    return sv if get_language() == "sv" and sv else fi


class EvaluationSurvey(ClusterableModel):
    """A questionnaire a trainer writes once and municipalities use round after round."""

    title_fi = models.CharField(_("title in Finnish"), max_length=200)
    title_sv = models.CharField(_("title in Swedish"), max_length=200, blank=True)
    intro_fi = models.TextField(_("introduction in Finnish"), blank=True)
    intro_sv = models.TextField(_("introduction in Swedish"), blank=True)
    active = models.BooleanField(
        _("available for new rounds"), default=True, help_text=_("Leaders can open rounds only for active surveys.")
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("title_fi"), FieldPanel("title_sv"), FieldPanel("intro_fi"), FieldPanel("intro_sv")],
            heading=_("Survey"),
        ),
        FieldPanel("active"),
        InlinePanel("items", heading=_("Questions"), label=_("question")),
    ]

    class Meta:
        verbose_name = _("evaluation survey")
        verbose_name_plural = _("evaluation surveys")
        ordering = ["title_fi"]

    def __str__(self):
        return self.title_fi

    @property
    def title(self):
        return _in_language(self.title_fi, self.title_sv)

    @property
    def intro(self):
        return _in_language(self.intro_fi, self.intro_sv)


class SurveyItem(Orderable):
    class Kind(models.TextChoices):
        LIKERT = "likert", _("Statement (scale 1–5)")
        OPEN = "open", _("Open question")

    survey = ParentalKey(EvaluationSurvey, on_delete=models.CASCADE, related_name="items")
    theme_fi = models.CharField(
        _("theme in Finnish"),
        max_length=200,
        help_text=_("Questions with the same theme one after another are shown together under it."),
    )
    theme_sv = models.CharField(_("theme in Swedish"), max_length=200, blank=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.LIKERT)
    text_fi = models.TextField(_("text in Finnish"))
    text_sv = models.TextField(_("text in Swedish"), blank=True)

    panels = [
        FieldPanel("theme_fi"),
        FieldPanel("theme_sv"),
        FieldPanel("kind"),
        FieldPanel("text_fi"),
        FieldPanel("text_sv"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.text_fi[:80]

    @property
    def theme(self):
        return _in_language(self.theme_fi, self.theme_sv)

    @property
    def text(self):
        return _in_language(self.text_fi, self.text_sv)

    @property
    def is_likert(self):
        return self.kind == self.Kind.LIKERT


class RoundStage(models.TextChoices):
    """When in the term a round is held: rounds of the same survey, term and stage are compared across the
    network."""

    START = "start", _("Start of the term")
    MID = "mid", _("Mid-term")
    END = "end", _("End of the term")


class EvaluationRound(models.Model):
    survey = models.ForeignKey(EvaluationSurvey, on_delete=models.PROTECT, related_name="rounds")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="evaluation_rounds")
    term = models.ForeignKey(CouncilTerm, on_delete=models.PROTECT, related_name="evaluation_rounds")
    stage = models.CharField(_("stage of the term"), max_length=10, choices=RoundStage.choices)
    opens_on = models.DateField(_("opens"))
    closes_on = models.DateField(_("closes"), help_text=_("The last day to answer."))
    closed_early = models.BooleanField(_("closed early"), default=False)
    # The leader who opened it: a person of the municipality's management, not someone who answers.
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("evaluation round")
        verbose_name_plural = _("evaluation rounds")
        ordering = ["-opens_on", "-id"]
        constraints = [
            models.CheckConstraint(condition=models.Q(closes_on__gte=models.F("opens_on")), name="round_dates_order")
        ]

    def __str__(self):
        return f"{self.survey} – {self.municipality} ({self.opens_on:%d.%m.%Y})"

    def is_open_on(self, day):
        return not self.closed_early and self.opens_on <= day <= self.closes_on

    def has_ended_on(self, day):
        return self.closed_early or day > self.closes_on


class AnswerReceipt(models.Model):
    """That one member of the round's audience has answered; `person_digest` is an HMAC of the round and the
    person (evaluations/receipts.py). No person, no time."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    round = models.ForeignKey(EvaluationRound, on_delete=models.CASCADE, related_name="receipts")
    person_digest = models.CharField(max_length=64)

    class Meta:
        verbose_name = _("answer receipt")
        verbose_name_plural = _("answer receipts")
        constraints = [models.UniqueConstraint(fields=["round", "person_digest"], name="one_answer_per_person")]

    def __str__(self):
        return str(_("answer receipt"))


class LikertTally(models.Model):
    """How many people of a round gave `value` to `item`: counts only, never one person's answer."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    round = models.ForeignKey(EvaluationRound, on_delete=models.CASCADE, related_name="tallies")
    item = models.ForeignKey(SurveyItem, on_delete=models.CASCADE, related_name="+")
    value = models.PositiveSmallIntegerField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("answer count")
        verbose_name_plural = _("answer counts")
        constraints = [models.UniqueConstraint(fields=["round", "item", "value"], name="one_tally_per_value")]

    def __str__(self):
        return f"{self.value}: {self.count}"


class OpenAnswer(models.Model):
    """The text of one open answer: a random key, no time, no link to the person or their other answers."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    round = models.ForeignKey(EvaluationRound, on_delete=models.CASCADE, related_name="open_answers")
    item = models.ForeignKey(SurveyItem, on_delete=models.CASCADE, related_name="+")
    text = models.TextField(max_length=3000)

    class Meta:
        verbose_name = _("open answer")
        verbose_name_plural = _("open answers")

    def __str__(self):
        return self.text[:80]
