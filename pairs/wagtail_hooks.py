"""Trainers author the pair pathways as snippets. The pair's marks and notes are deliberately not registered
anywhere in the admin: they are the pair's own."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import PairPathway


class PairPathwayViewSet(SnippetViewSet):
    model = PairPathway
    icon = "group"
    menu_label = _("Pair pathways")
    list_display = ["title", "in_use"]
    list_filter = ["in_use"]


register_snippet(PairPathwayViewSet)
