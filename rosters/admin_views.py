"""Wagtail admin views for the coordinator's decision on a request to join the network."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from municipalities.access import is_network_coordinator
from municipalities.models import JoinRequest

from . import services


class JoinRequestDecisionView(WagtailAdminTemplateMixin, TemplateView):
    """GET shows the request and asks to confirm; POST approves or declines it."""

    template_name = "rosters/admin/join_request_decision.html"
    header_icon = "group"
    decision = None  # "approve" or "decline"
    index_url_name = None

    def dispatch(self, request, *args, **kwargs):
        if not is_network_coordinator(request.user):
            raise PermissionDenied
        self.join_request = get_object_or_404(
            JoinRequest.objects.select_related("municipality", "network", "decided_by"), pk=kwargs["pk"]
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        if self.decision == "approve":
            return gettext_lazy("Approve the request")
        return gettext_lazy("Decline the request")

    def get_page_subtitle(self):
        return str(self.join_request.municipality)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.index_url_name), "label": JoinRequest._meta.verbose_name_plural},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            join_request=self.join_request,
            decision=self.decision,
            index_url=reverse(self.index_url_name),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        service = services.join_request_approve if self.decision == "approve" else services.join_request_decline
        try:
            service(join_request_id=self.join_request.pk, decided_by=request.user)
        except services.RosterError as error:
            messages.error(request, error.message)
        else:
            if self.decision == "approve":
                text = _("%(municipality)s is now a member of the network.")
            else:
                text = _("The request of %(municipality)s was declined.")
            messages.success(request, text % {"municipality": self.join_request.municipality})
        return redirect(self.index_url_name)
