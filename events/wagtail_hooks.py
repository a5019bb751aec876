from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import WorkshopRequirement


class WorkshopRequirementViewSet(SnippetViewSet):
    """Trainers say which courses ask for a workshop of the learner's own municipality, and of which kind."""

    model = WorkshopRequirement
    icon = "date"
    menu_label = _("Workshop requirements")
    list_display = ["course", "kind", "joint_seminar_counts"]
    list_filter = ["kind"]


register_snippet(WorkshopRequirementViewSet)
