"""Pages where a leader or the network coordinator makes and revokes their reporting-API keys."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from municipalities.access import is_network_coordinator
from municipalities.models import Municipality

from . import services
from .forms import ApiTokenForm
from .models import ApiToken


def _page(request, form, new_key=None, status=200):
    tokens = ApiToken.objects.filter(created_by=request.user).select_related("municipality")
    return render(request, "api/tokens.html", {"form": form, "tokens": tokens, "new_key": new_key}, status=status)


@login_required
def tokens(request):
    led = list(Municipality.objects.filter(leaders__user=request.user).order_by("name_fi"))
    coordinator = is_network_coordinator(request.user)
    if not led and not coordinator:
        return render(request, "participation/no_access.html", status=403)
    if request.method != "POST":
        return _page(request, ApiTokenForm(led=led, coordinator=coordinator))
    form = ApiTokenForm(request.POST, led=led, coordinator=coordinator)
    if not form.is_valid():
        return _page(request, form, status=400)
    new_key = services.api_token_create(
        user=request.user,
        name=form.cleaned_data["name"],
        municipality=form.municipality(),
        days=form.cleaned_data["days"],
    )
    # The key is in this one response and nowhere else: not in a redirect, a message or the database.
    response = _page(request, ApiTokenForm(led=led, coordinator=coordinator), new_key=new_key)
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_POST
def token_revoke(request, token_id):
    token = get_object_or_404(ApiToken, pk=token_id, created_by=request.user)
    services.api_token_revoke(token=token, by=request.user)
    messages.success(request, _("The key %(name)s has been revoked: it no longer works.") % {"name": token.name})
    return redirect("api_keys:tokens")
