"""The leader's rollover screens: upload the new term's roster, see who continues, is new and leaves, save.

The municipality is one the user follows (404 otherwise) and the file belongs to the leader who uploaded it,
as for any import (rosters/views.py)."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accounts.audit import audit_record
from accounts.models import AuditEvent
from municipalities.terms import current_term

from . import selectors, services
from .forms import RosterUploadForm
from .models import RosterImport
from .rollover import rollover_confirm, rollover_plan
from .views import _base_url, _followed_municipality, _import_from_upload


class RolloverConfirmForm(forms.Form):
    skip_faulty = forms.BooleanField(required=False)
    # The counts the leader saw (continues-new-leaves-faulty); saving refuses when they changed.
    counts = forms.CharField(max_length=60, widget=forms.HiddenInput)


@login_required
@require_http_methods(["GET", "POST"])
def rollover_upload(request, code):
    municipality = _followed_municipality(request, code)
    form = RosterUploadForm(request.POST or None, request.FILES or None)
    roster_import = _import_from_upload(request, municipality, form)
    if roster_import is not None:
        return redirect("rosters:rollover_preview", code=municipality.code, import_id=roster_import.pk)
    return render(
        request, "rosters/rollover_upload.html", {"municipality": municipality, "form": form, "term": current_term()}
    )


@login_required
@require_http_methods(["GET", "POST"])
def rollover_preview(request, code, import_id):
    municipality = _followed_municipality(request, code)
    roster_import = selectors.roster_import_for_leader(
        user=request.user, municipality=municipality, import_id=import_id
    )
    if roster_import.status == RosterImport.Status.CONFIRMED:
        return redirect("rosters:import_done", code=municipality.code, import_id=roster_import.pk)
    if request.method == "POST" and "cancel" in request.POST:
        services.roster_import_cancel(roster_import=roster_import)
        messages.success(request, _("The file was discarded. Nothing was saved."))
        return redirect("rosters:rollover", code=municipality.code)
    form = RolloverConfirmForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            saved, plan = rollover_confirm(
                roster_import_id=roster_import.pk,
                skip_faulty=form.cleaned_data["skip_faulty"],
                counts_token=form.cleaned_data["counts"],
                base_url=_base_url(request),
            )
        except services.RosterError as error:
            messages.error(request, error.message)
        else:
            audit_record(
                actor=request.user,
                action=AuditEvent.Action.IMPORT,
                what="roster file",
                municipality=municipality,
                file=saved.file_name,
                rollover=plan.term.name,
                **plan.counts,
            )
            messages.success(
                request,
                _(
                    "The roster of the council term %(term)s was saved: %(continues)s continue, %(new)s new, "
                    "%(leaves)s left."
                )
                % {"term": plan.term.name, **plan.counts},
            )
            return redirect("rosters:import_done", code=municipality.code, import_id=roster_import.pk)
    try:
        plan = rollover_plan(roster_import=roster_import)
    except services.RosterError as error:
        messages.error(request, error.message)
        return redirect("rosters:roster", code=municipality.code)
    return render(
        request,
        "rosters/rollover_preview.html",
        {
            "municipality": municipality,
            "roster_import": roster_import,
            "plan": plan,
            "form": RolloverConfirmForm(initial={"counts": plan.counts_token()}),
        },
    )
