"""Dual leadership: a municipality's leadership pair (the chairs of the council and the executive board and
the municipal manager or mayor, as the roster of the current term says) works through a short pathway of
tasks together. Trainers author the pathways as snippets; the pair's marks and notes belong to the pair
alone: they are not in the admin, and no page but the pair's own shows them."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from municipalities.models import Role

PAIR_ROLES = (Role.COUNCIL_CHAIR, Role.BOARD_CHAIR, Role.MANAGER)


class PairPathway(ClusterableModel):
    title = models.CharField(_("title"), max_length=200)
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ul"])
    in_use = models.BooleanField(_("in use"), default=True, help_text=_("Pairs see the pathways in use."))

    panels = [FieldPanel("title"), FieldPanel("intro"), FieldPanel("in_use"), InlinePanel("tasks", label=_("Tasks"))]

    class Meta:
        verbose_name = _("pair pathway")
        verbose_name_plural = _("pair pathways")

    def __str__(self):
        return self.title


class PairTask(Orderable):
    pathway = ParentalKey(PairPathway, on_delete=models.CASCADE, related_name="tasks")
    title = models.CharField(_("task"), max_length=300)
    description = models.TextField(_("description"), blank=True, max_length=2000)

    panels = [FieldPanel("title"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("pair task")
        verbose_name_plural = _("pair tasks")

    def __str__(self):
        return self.title


class PairTaskMark(models.Model):
    """One member of a municipality's pair has marked a task done in a term. The task is done for the pair
    when every member of the term's pair has marked it; a new term's pair starts afresh."""

    task = models.ForeignKey(PairTask, on_delete=models.CASCADE, related_name="marks")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    municipality = models.ForeignKey("municipalities.Municipality", on_delete=models.CASCADE, related_name="+")
    term = models.ForeignKey("municipalities.CouncilTerm", on_delete=models.CASCADE, related_name="+")
    marked_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        default_permissions = ()  # no admin, no group may be given a right to them
        constraints = [
            models.UniqueConstraint(fields=["task", "user", "municipality", "term"], name="unique_pair_task_mark")
        ]
        indexes = [models.Index(fields=["municipality", "term"])]

    def __str__(self):
        return f"{self.task_id} – {self.user_id}"


class PairNote(models.Model):
    """A private note of the pair: read by the members of the term's pair, nobody else."""

    municipality = models.ForeignKey("municipalities.Municipality", on_delete=models.CASCADE, related_name="+")
    term = models.ForeignKey("municipalities.CouncilTerm", on_delete=models.CASCADE, related_name="+")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    text = models.TextField(max_length=4000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        default_permissions = ()
        indexes = [models.Index(fields=["municipality", "term", "created_at"])]

    def __str__(self):  # never the text: a note's content is the pair's alone
        return f"{self.municipality_id} – {self.created_at:%Y-%m-%d}"
