"""Thin views: each finds the event, asks access.py who may do what, and calls a service or selector.

An event's id may be that of its Swedish or English copy: the view then works on the default-language event
(which holds the registrations, trainers and feedback) and shows and returns to the copy the person reads.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST, require_safe

from accounts.audit import audit_record
from accounts.models import AuditEvent
from home.converters import database_id
from home.links import absolute_url, page_absolute_url

from . import access, ics, selectors, services
from .forms import AttendanceImportForm, FeedbackForm, RegistrationForm
from .models import CalendarFeed, EventPage, Registration

CALENDAR_CONTENT_TYPE = "text/calendar; charset=utf-8"


def _visible_event(request, event_id):
    """(The page with this id, in whichever language; the default-language event it is a copy of)."""
    page = EventPage.objects.live().select_related("municipality").filter(pk=event_id).first()
    if page is None or not access.event_is_visible_to(event=page.canonical_event, user=request.user):
        raise Http404
    return page, page.canonical_event


def _organised_event(request, event_id):
    page, event = _visible_event(request, event_id)
    if not access.is_organiser(event=event, user=request.user):
        raise PermissionDenied
    return page, event


def _event_page(request, page, *, form=None, status=200):
    """The event's own page, re-rendered with the person's input and an error when a request failed."""
    context = page.get_context(request)
    if form is not None:
        context["registration_form"] = form
    return TemplateResponse(request, page.get_template(request), context, status=status)


@login_required
@require_POST
def register(request, event_id):
    page, event = _visible_event(request, event_id)
    form = RegistrationForm(request.POST)
    if not form.is_valid():
        return _event_page(request, page, form=form, status=400)
    try:
        registration = services.registration_create(event=event, user=request.user, needs=form.cleaned_data["needs"])
    except services.EventError as error:
        messages.error(request, error.message)
        return _event_page(request, page, form=form, status=error.status)
    if registration.status == Registration.Status.WAITLISTED:
        messages.success(
            request, _("The event is full, so you are on the waiting list. We will email you if a seat frees up.")
        )
    else:
        messages.success(
            request, _("You are registered. A confirmation with a calendar file is on its way to your email.")
        )
    return redirect(page.url)


@login_required
@require_POST
def cancel(request, event_id):
    page, event = _visible_event(request, event_id)
    try:
        services.registration_cancel(event=event, user=request.user)
    except services.EventError as error:
        messages.error(request, error.message)
        return _event_page(request, page, status=error.status)
    messages.success(request, _("Your registration is cancelled."))
    return redirect(page.url)


def _ics_response(text, filename):
    response = HttpResponse(text, content_type=CALENDAR_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_safe  # calendar apps ask with HEAD whether a file has changed
def event_ics(request, event_id):
    page, event = _visible_event(request, event_id)
    registration = None
    if request.user.is_authenticated:
        registration = Registration.objects.filter(
            event=event, user=request.user, status=Registration.Status.REGISTERED
        ).first()
    entry = ics.Entry(
        event=event,
        page=page,
        show_online_url=registration is not None or access.is_organiser(event=event, user=request.user),
        url=page_absolute_url(page),
    )
    return _ics_response(ics.calendar([entry]), f"{page.slug}.ics")


@require_safe
def feed(request, token):
    """A person's events for their calendar app. The secret token is the only key: calendar apps cannot log in."""
    calendar_feed = get_object_or_404(CalendarFeed.objects.select_related("user"), token=token)
    user = calendar_feed.user
    if not user.is_active:
        raise Http404
    entries = [
        ics.Entry(
            event=registration.event,
            page=registration.event.localized_page,
            status="CONFIRMED" if registration.status == Registration.Status.REGISTERED else "TENTATIVE",
            show_online_url=registration.status == Registration.Status.REGISTERED,
            url=page_absolute_url(registration.event.localized_page),
        )
        for registration in selectors.feed_registrations(user=user)
    ]
    response = HttpResponse(ics.calendar(entries, name=_("USO events")), content_type=CALENDAR_CONTENT_TYPE)
    response["Cache-Control"] = "private, max-age=900"
    return response


@login_required
@require_GET
def my_events(request):
    calendar_feed = services.calendar_feed_ensure(user=request.user)
    context = selectors.my_events(user=request.user)
    context["feed_url"] = absolute_url(reverse("events:feed", args=[calendar_feed.token]))
    context["calendar"] = selectors.event_calendar()
    return render(request, "events/my_events.html", context)


@login_required
@require_POST
def feed_regenerate(request):
    services.calendar_feed_regenerate(user=request.user)
    messages.success(request, _("Your calendar feed has a new address. The old address no longer works."))
    return redirect("events:my_events")


@login_required
def roster(request, event_id):
    page, event = _organised_event(request, event_id)
    query = request.GET.get("q", "") if request.method == "GET" else request.POST.get("q", "")
    wants_json = request.headers.get("Accept") == "application/json"
    if request.method == "POST":
        attended = {"yes": True, "no": False}.get(request.POST.get("attended"))
        registration_id = request.POST.get("registration", "")
        if attended is None or database_id(registration_id) is None:
            messages.error(request, _("Choose present or absent."))
        else:
            try:
                registration = services.attendance_mark(
                    event=event, registration_id=int(registration_id), attended=attended, marked_by=request.user
                )
            except services.EventError as error:
                if wants_json:
                    return JsonResponse({"message": str(error.message)}, status=error.status)
                messages.error(request, error.message)
            else:
                name = registration.user.get_full_name() or registration.user.email
                label = _("Present") if attended else _("Absent")
                message = _("%(name)s: %(state)s.") % {"name": name, "state": label.lower()}
                if wants_json:
                    return JsonResponse({"message": message, "attended": attended, "label": label})
                messages.success(request, message)
                url = reverse("events:roster", args=[page.pk])
                if query:
                    url += "?" + urlencode({"q": query})
                return redirect(f"{url}#registration-{registration.pk}")
    context = selectors.roster(event=event, query=query)
    shows_needs = access.sees_needs(event=event, user=request.user)
    # The roster shows registrants' names and, to the event's own trainers, their dietary or accessibility needs.
    audit_record(
        actor=request.user, action=AuditEvent.Action.VIEW, what="event roster", event=event.pk, needs=shows_needs
    )
    # The template shows the event as the page read (its title and address); the figures are the event's.
    context.update(
        {
            "event": page,
            "can_mark": services.attendance_can_be_marked(event=event),
            "is_filtered": bool(query),
            "shows_needs": shows_needs,
        }
    )
    return render(request, "events/roster.html", context, status=400 if request.method == "POST" else 200)


@login_required
def attendance_import(request, event_id):
    page, event = _organised_event(request, event_id)
    errors = []
    form = AttendanceImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.attendance_import(event=event, text=form.cleaned_data["file"], marked_by=request.user)
        except services.AttendanceImportError as error:
            errors = error.errors
            messages.error(request, error.message)
        except services.EventError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Attendance saved for %(count)s people.") % {"count": saved})
            return redirect("events:roster", page.pk)
    status = 400 if request.method == "POST" else 200
    return render(
        request, "events/attendance_import.html", {"event": page, "form": form, "errors": errors}, status=status
    )


@login_required
def feedback(request, event_id):
    page, event = _visible_event(request, event_id)
    registration = (
        Registration.objects.filter(event=event, user=request.user)
        .exclude(status=Registration.Status.CANCELLED)
        .first()
    )
    state = selectors.feedback_state(event=event, user=request.user, registration=registration)
    if state.has_given:
        messages.info(request, _("You have already given feedback on this event. Thank you!"))
        return redirect(page.url)
    if not state.can_give:
        raise PermissionDenied
    form = FeedbackForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.feedback_submit(
                event=event, user=request.user, rating=form.cleaned_data["rating"], comment=form.cleaned_data["comment"]
            )
        except services.EventError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Thank you for your feedback!"))
            return redirect(page.url)
    status = 400 if request.method == "POST" else 200
    return render(request, "events/feedback_form.html", {"event": page, "form": form}, status=status)


@login_required
@require_GET
def feedback_results(request, event_id):
    page, event = _visible_event(request, event_id)
    if not access.can_read_feedback(event=event, user=request.user):
        raise PermissionDenied
    return render(request, "events/feedback_results.html", {"event": page, **selectors.feedback_summary(event=event)})
