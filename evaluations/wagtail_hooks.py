from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import EvaluationSurvey


class EvaluationSurveyViewSet(SnippetViewSet):
    """Trainers write the surveys; rounds and answers are never edited in the admin (the answers are
    anonymous counts and texts, and a round belongs to its municipality's leader)."""

    model = EvaluationSurvey
    icon = "list-ul"
    menu_label = _("Evaluation surveys")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["title_fi", "title_sv", "active"]
    list_filter = ["active"]
    search_fields = ["title_fi", "title_sv"]


register_snippet(EvaluationSurveyViewSet)
