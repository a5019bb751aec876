"""The leader's screens: the roster page, importing a roster file, and sending reminders.

Every view finds the municipality among those the user follows (municipalities.access), so a code in the
URL that the user does not lead gives 404, and an import belongs to the leader who uploaded it.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods

from accounts.audit import audit_record
from accounts.models import AuditEvent
from home.links import absolute_url
from municipalities.access import municipalities_followed_by

from . import role_choices, selectors, services
from .forms import ImportConfirmForm, ReminderForm, RosterUploadForm
from .models import RosterImport
from .parsing import RosterFileError

# A preview table lists at most this many rows (a national roster has 10,000); the summary counts them all.
PREVIEW_ROWS_SHOWN = 200
PROGRESS_REFRESH_SECONDS = 2


def _followed_municipality(request, code):
    return get_object_or_404(municipalities_followed_by(request.user), code=code)


def _base_url(request):
    # Links in the emails come from the configured public address, not from the Host the request used.
    return absolute_url("/")


@login_required
def roster(request, code):
    municipality = _followed_municipality(request, code)
    return render(
        request,
        "rosters/roster.html",
        {
            "municipality": municipality,
            "imports": selectors.recent_imports(municipality=municipality),
            "reminders": selectors.recent_reminders(municipality=municipality),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def import_upload(request, code):
    municipality = _followed_municipality(request, code)
    form = RosterUploadForm(request.POST or None, request.FILES or None)
    roster_import = _import_from_upload(request, municipality, form)
    if roster_import is not None:
        return redirect("rosters:import_preview", code=municipality.code, import_id=roster_import.pk)
    return render(request, "rosters/import_upload.html", {"municipality": municipality, "form": form})


def _import_from_upload(request, municipality, form):
    """The posted file stored as a pending import (for the import and the term rollover alike), or None with
    the reason on the form."""
    if request.method != "POST" or not form.is_valid():
        return None
    upload = form.cleaned_data["file"]
    try:
        return services.roster_import_create(
            municipality=municipality, uploaded_by=request.user, file_name=upload.name, data=upload.read()
        )
    except RosterFileError as error:
        form.add_error("file", error.message)
        return None


@login_required
@require_http_methods(["GET", "POST"])
def import_preview(request, code, import_id):
    municipality = _followed_municipality(request, code)
    roster_import = selectors.roster_import_for_leader(
        user=request.user, municipality=municipality, import_id=import_id
    )
    if roster_import.status != RosterImport.Status.PENDING:
        return redirect("rosters:import_done", code=municipality.code, import_id=roster_import.pk)
    form = ImportConfirmForm(request.POST or None)
    if request.method == "POST" and "choose_roles" in request.POST:
        return _roles_choose(request, municipality, roster_import)
    if request.method == "POST" and "cancel" in request.POST:
        services.roster_import_cancel(roster_import=roster_import)
        messages.success(request, _("The file was discarded. Nothing was saved."))
        return redirect("rosters:import", code=municipality.code)
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.roster_import_confirm(
                roster_import_id=roster_import.pk,
                skip_faulty=form.cleaned_data["skip_faulty"],
                expected_faulty_count=form.cleaned_data["faulty_count"],
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
                rows=saved.total_rows,
                skipped=saved.skipped_count,
            )
            return redirect("rosters:import_done", code=municipality.code, import_id=roster_import.pk)
    preview = selectors.roster_preview(roster_import=roster_import)
    return render(
        request,
        "rosters/import_preview.html",
        {
            "municipality": municipality,
            "roster_import": roster_import,
            "preview": preview,
            "rows_shown": PREVIEW_ROWS_SHOWN,
            "form": ImportConfirmForm(initial={"faulty_count": preview.faulty_count}),
        },
    )


def _roles_choose(request, municipality, roster_import):
    """The leader chose roles for rows whose title was unknown (role_choices.py); back to the preview."""
    try:
        changed = role_choices.roster_import_roles_choose(
            roster_import_id=roster_import.pk, chosen=role_choices.chosen_roles_from_post(request.POST)
        )
    except role_choices.RoleChoiceError as error:
        messages.error(request, error.message)
    else:
        if changed:
            messages.success(
                request,
                ngettext("The role of %(count)s row was set.", "The roles of %(count)s rows were set.", changed)
                % {"count": changed},
            )
        else:
            messages.info(request, _("No role was chosen."))
    return redirect("rosters:import_preview", code=municipality.code, import_id=roster_import.pk)


@login_required
@require_http_methods(["GET", "POST"])
def import_done(request, code, import_id):
    """While the import is being saved: its progress, refreshing itself (a meta refresh, so no JavaScript
    is needed); when saved: the result; when saving stopped: a button to continue."""
    municipality = _followed_municipality(request, code)
    roster_import = selectors.roster_import_for_leader(
        user=request.user, municipality=municipality, import_id=import_id
    )
    if roster_import.status == RosterImport.Status.PENDING:
        return redirect("rosters:import_preview", code=municipality.code, import_id=roster_import.pk)
    if request.method == "POST" and "resume" in request.POST:
        services.roster_import_resume(roster_import=roster_import, base_url=_base_url(request))
        return redirect("rosters:import_done", code=municipality.code, import_id=roster_import.pk)
    response = render(
        request,
        "rosters/import_done.html",
        {
            "municipality": municipality,
            "roster_import": roster_import,
            "invitation_days": settings.ROSTER_INVITATION_DAYS,
        },
    )
    if roster_import.status == RosterImport.Status.SAVING:
        # The Refresh header reloads the page in every browser, with or without JavaScript.
        response["Refresh"] = str(PROGRESS_REFRESH_SECONDS)
    return response


@login_required
@require_http_methods(["GET", "POST"])
def reminders(request, code):
    municipality = _followed_municipality(request, code)
    form = ReminderForm(request.POST or None)
    context = {"municipality": municipality, "form": form}
    if request.method == "POST" and form.is_valid():
        course, target = form.cleaned_data["course"], form.cleaned_data["target"]
        if "send" in request.POST:
            try:
                reminder = services.reminder_send(
                    municipality=municipality,
                    course=course,
                    target=target,
                    sent_by=request.user,
                    base_url=_base_url(request),
                )
            except services.RosterError as error:
                messages.error(request, error.message)
            else:
                messages.success(
                    request,
                    _("The reminder is on its way to %(count)s people.") % {"count": reminder.recipient_count},
                )
                return redirect("rosters:reminders", code=municipality.code)
        context.update(
            stage="confirm",
            course=course,
            course_title=form.fields["course"].titles.get(course.pk, course.title),
            target_label=dict(form.fields["target"].choices)[target],
            audience=selectors.reminder_audience(municipality=municipality, course=course, target=target),
            pause_days=settings.ROSTER_REMINDER_PAUSE_DAYS,
        )
    context["reminders"] = selectors.recent_reminders(municipality=municipality)
    return render(request, "rosters/reminders.html", context)
