"""Accepting an invitation: choose a password once, then land on "My learning"."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.forms import SetPasswordForm
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from . import selectors, services


@never_cache
@require_http_methods(["GET", "POST"])
def accept(request, token):
    # Opening the link only shows the form (mail scanners open links too); the link is used up by the POST.
    invitation, state = selectors.invitation_state(token=token)
    if state != "valid":
        return render(request, "rosters/invitation_unusable.html", {"state": state}, status=410)
    form = SetPasswordForm(invitation.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = services.invitation_accept(invitation=invitation, password=form.cleaned_data["new_password1"])
        except services.RosterError:
            return render(request, "rosters/invitation_unusable.html", {"state": "used"}, status=410)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome! Your password is saved. Here are your courses."))
        return redirect("courses:my_learning")
    return render(request, "rosters/invitation_accept.html", {"form": form, "invited_user": invitation.user})
