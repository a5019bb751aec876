"""The unsubscribe link and button of reminder emails: no login, the signed token in the address is the key.

Two addresses: the page linked from the e-mail's text (shows the state and asks before changing it, since
link checkers and previewers open links by themselves), and the one-click address of the List-Unsubscribe
header (RFC 8058), which a mail program POSTs to without a page, and so without a CSRF token: it is exempt
from the CSRF check, and acts only on that exact form body. A forged or altered token changes nothing.
"""

from django.contrib import messages
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from . import reminder_opt_out

INVALID_LINK = 400


def _invalid(request):
    return render(request, "rosters/reminders_unsubscribe.html", {"invalid": True}, status=INVALID_LINK)


@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    user = reminder_opt_out.user_from_token(token)
    if user is None:
        return _invalid(request)
    if request.method == "POST":
        if request.POST.get("action") == "unsubscribe":
            reminder_opt_out.reminders_unsubscribe(user=user)
            messages.success(request, _("You will no longer get reminder emails."))
        elif request.POST.get("action") == "resubscribe":
            reminder_opt_out.reminders_resubscribe(user=user)
            messages.success(request, _("You will get reminder emails again."))
        return redirect("rosters:reminders_unsubscribe", token=token)
    context = {"opted_out": reminder_opt_out.is_opted_out(user=user)}
    return render(request, "rosters/reminders_unsubscribe.html", context)


@csrf_exempt
@require_http_methods(["GET", "POST"])
def one_click(request, token):
    """RFC 8058 §3.1: the body is exactly List-Unsubscribe=One-Click. Opened in a browser (GET), the address
    leads to the page, which asks first."""
    if request.method == "GET":
        return redirect("rosters:reminders_unsubscribe", token=token)
    user = reminder_opt_out.user_from_token(token)
    if user is None:
        return HttpResponseBadRequest(_("This unsubscribe link is not valid. Nothing was changed."))
    if request.POST.get("List-Unsubscribe") != "One-Click":
        return HttpResponseBadRequest(_("This is not an unsubscribe request. Nothing was changed."))
    reminder_opt_out.reminders_unsubscribe(user=user)
    return HttpResponse(_("You will no longer get reminder emails."), content_type="text/plain; charset=utf-8")
