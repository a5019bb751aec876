"""The person's discussion choices (reply e-mails, network profile), the unsubscribe link of reply e-mails,
and a municipality's leader naming its discussion moderators."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from home.converters import database_id
from municipalities.models import Municipality, MunicipalLeader

from . import peer_groups, selectors
from .forms import ModeratorForm, PreferencesForm
from .models import MunicipalModerator
from .notifications import user_id_from_token
from .services import DiscussionRefused


@login_required
def preferences(request):
    current = selectors.preferences_of(request.user)
    form = PreferencesForm(request.POST or None, instance=current)
    if request.method == "POST" and form.is_valid():
        peer_groups.preferences_save(user=request.user, **form.cleaned_data)
        messages.success(request, _("Your choices have been saved."))
        return redirect("discussions:preferences")
    return render(request, "discussions/preferences.html", {"form": form})


def _user_from_token(token):
    user_id = user_id_from_token(token)
    return get_user_model().objects.filter(pk=user_id).first() if user_id is not None else None


@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """The link in a reply e-mail: shows the state and asks before changing it (link checkers open links)."""
    user = _user_from_token(token)
    if user is None:
        return render(request, "discussions/unsubscribe.html", {"invalid": True}, status=400)
    if request.method == "POST" and request.POST.get("action") == "unsubscribe":
        peer_groups.reply_emails_stop(user=user)
        messages.success(request, _("You will no longer get emails about answers."))
        return redirect("discussions:unsubscribe", token=token)
    subscribed = selectors.preferences_of(user).reply_emails
    return render(request, "discussions/unsubscribe.html", {"subscribed": subscribed})


@csrf_exempt
@require_http_methods(["GET", "POST"])
def one_click(request, token):
    """RFC 8058 §3.1: the body is exactly List-Unsubscribe=One-Click; a GET leads to the page, which asks."""
    if request.method == "GET":
        return redirect("discussions:unsubscribe", token=token)
    user = _user_from_token(token)
    if user is None:
        return HttpResponseBadRequest(_("This unsubscribe link is not valid. Nothing was changed."))
    if request.POST.get("List-Unsubscribe") != "One-Click":
        return HttpResponseBadRequest(_("This is not an unsubscribe request. Nothing was changed."))
    peer_groups.reply_emails_stop(user=user)
    return HttpResponse(_("You will no longer get emails about answers."), content_type="text/plain; charset=utf-8")


@login_required
def moderators(request, code):
    municipality = get_object_or_404(Municipality, code=code)
    if not MunicipalLeader.objects.filter(user=request.user, municipality=municipality).exists():
        raise Http404  # as for a municipality that does not exist
    form = ModeratorForm(request.POST or None)
    if request.method == "POST":
        try:
            if request.POST.get("action") == "remove":
                user_id = database_id(request.POST.get("user", ""))
                if user_id is not None:
                    peer_groups.moderator_remove(leader=request.user, municipality=municipality, user_id=user_id)
                    messages.success(request, _("The moderator has been removed."))
                return redirect("discussions:moderators", code=code)
            if form.is_valid():
                user = peer_groups.moderator_name(
                    leader=request.user, municipality=municipality, email=form.cleaned_data["email"]
                )
                messages.success(request, _("%(name)s now moderates the discussions.") % {"name": user})
                return redirect("discussions:moderators", code=code)
        except DiscussionRefused as refusal:
            for message in refusal.messages:
                messages.error(request, message)
    named = (
        MunicipalModerator.objects.filter(municipality=municipality).select_related("user").order_by("user__last_name")
    )
    context = {"municipality": municipality, "form": form, "moderators": named}
    return render(request, "discussions/moderators.html", context)
