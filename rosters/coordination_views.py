"""The network coordinator's page in the site: requests to join, decided here, and adding a member directly.

Only the coordinator (municipalities.view_network) gets in; no Wagtail admin rights are needed. Decisions
go through rosters.services, the same as from the admin, so the contact person is emailed either way.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from municipalities.access import is_network_coordinator
from municipalities.models import JoinRequest

from . import selectors, services
from .forms import NetworkMemberAddForm


def coordinator_required(user):
    if not is_network_coordinator(user):
        raise PermissionDenied


def _page(request, *, add_form=None):
    network = selectors.join_network()
    add_form = add_form or NetworkMemberAddForm(network=network, initial={"joined_on": timezone.localdate()})
    context = {
        "network": network,
        "pending": selectors.join_requests_pending(network=network),
        "decided": selectors.join_requests_decided(network=network),
        "member_count": len(selectors.network_members(network=network)),
        "add_form": add_form,
    }
    return render(request, "rosters/join_requests.html", context)


@login_required
@require_http_methods(["GET"])
def join_requests(request):
    coordinator_required(request.user)
    return _page(request)


@login_required
@require_POST
def join_request_decide(request, request_id, decision):
    coordinator_required(request.user)
    join_request = get_object_or_404(JoinRequest.objects.select_related("municipality"), pk=request_id)
    service = services.join_request_approve if decision == "approve" else services.join_request_decline
    try:
        service(join_request_id=join_request.pk, decided_by=request.user)
    except services.RosterError as error:
        messages.error(request, error.message)
    else:
        if decision == "approve":
            text = _("%(municipality)s is now a member of the network. The contact person was told by email.")
        else:
            text = _("The request of %(municipality)s was declined. The contact person was told by email.")
        messages.success(request, text % {"municipality": join_request.municipality})
    return redirect("rosters:join_requests")


@login_required
@require_POST
def member_add(request):
    coordinator_required(request.user)
    network = selectors.join_network()
    form = NetworkMemberAddForm(request.POST, network=network)
    if form.is_valid():
        try:
            membership = services.network_member_add(network=network, **form.cleaned_data)
        except services.RosterError as error:
            form.add_error("municipality", error.message)
        else:
            messages.success(
                request,
                _("%(municipality)s is now a member of the network.") % {"municipality": membership.municipality},
            )
            return redirect("rosters:join_requests")
    return _page(request, add_form=form)
