"""The public page of the USO network: its members, and a form for a municipality to ask to join."""

from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.views.decorators.http import require_http_methods

from . import selectors, services
from .forms import JoinRequestForm


@require_http_methods(["GET", "POST"])
def network(request):
    network = selectors.join_network()
    form = JoinRequestForm(request.POST or None, network=network)
    if request.method == "POST" and form.is_valid():
        try:
            services.join_request_create(network=network, language=get_language(), **form.cleaned_data)
        except services.RosterError as error:
            form.add_error("municipality", error.message)
        else:
            return redirect("rosters:join_request_sent")
    return render(
        request,
        "rosters/network.html",
        {"network": network, "memberships": selectors.network_members(network=network), "form": form},
    )


def join_request_sent(request):
    return render(request, "rosters/join_request_sent.html", {"network": selectors.join_network()})
