"""The emails sent when a registration changes, each with the event's calendar file attached."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from . import ics
from .models import Registration

# change -> (calendar status, calendar method)
CALENDAR = {
    "registered": ("CONFIRMED", "PUBLISH"),
    "promoted": ("CONFIRMED", "PUBLISH"),
    "waitlisted": ("TENTATIVE", "PUBLISH"),
    "cancelled": ("CANCELLED", "CANCEL"),
}


def registration_email(*, registration_id, change):
    registration = (
        Registration.objects.select_related("event", "user", "event__municipality").filter(pk=registration_id).first()
    )
    if registration is None or change not in CALENDAR:
        return None
    event, user = registration.event, registration.user
    status, method = CALENDAR[change]
    url = event.get_full_url() or ""
    entry = ics.Entry(
        event=event,
        status=status,
        show_online_url=status == "CONFIRMED",
        changed_at=registration.status_changed_at,
        url=url,
    )
    with translation.override(user.preferred_language or settings.LANGUAGE_CODE):
        context = {"event": event, "user": user, "change": change, "url": url, "registration": registration}
        subject = render_to_string("events/email/subject.txt", context).strip()
        body = render_to_string("events/email/body.txt", context)
    message = EmailMessage(subject=subject, body=body, to=[user.email])
    message.attach(f"{event.slug}.ics", ics.calendar([entry], method=method), f"text/calendar; method={method}")
    message.send()
    return message
