"""Council terms in the Wagtail admin, for administrators (the model's own add/change permissions).

A term that overlaps another is refused by CouncilTerm.clean(), which the admin form runs; a term that
roles belong to cannot be deleted (the foreign key protects it)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from .models import CouncilTerm


class CouncilTermViewSet(ModelViewSet):
    model = CouncilTerm
    icon = "date"
    menu_label = _("Council terms")
    menu_order = 260
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    list_display = ["name", "election_date", "starts_on", "ends_on"]
    form_fields = ["name", "election_date", "starts_on", "ends_on"]


@hooks.register("register_admin_viewset")
def register_council_terms():
    return CouncilTermViewSet("council_terms")
