"""The emails sent when a registration changes, each with the event's calendar file attached."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from courses.translation import in_active_language
from home.links import page_absolute_url

from . import ics
from .models import EventPage, Registration

# change -> (calendar status, iTIP method): an e-mailed calendar file is an invitation to the person
# (REQUEST) or its withdrawal (CANCEL), RFC 5546 §3.2.2 and §3.2.5, so calendar apps update their copy.
CALENDAR = {
    "registered": ("CONFIRMED", "REQUEST"),
    "promoted": ("CONFIRMED", "REQUEST"),
    "waitlisted": ("TENTATIVE", "REQUEST"),
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
    with translation.override(user.preferred_language or settings.LANGUAGE_CODE):
        # The event's copy in the person's language, for its title and address (registrations are kept on
        # the default-language event).
        page = in_active_language([event], model=EventPage)[event.pk]
        url = page_absolute_url(page)  # not page.get_full_url(): the Site record's host is "localhost"
        entry = ics.Entry(
            event=event,
            page=page,
            status=status,
            show_online_url=status == "CONFIRMED",
            url=url,
            attendee=user,
        )
        context = {
            "event": event,
            "page": page,
            "user": user,
            "change": change,
            "url": url,
            "registration": registration,
        }
        subject = render_to_string("events/email/subject.txt", context).strip()
        body = render_to_string("events/email/body.txt", context)
    message = EmailMessage(subject=subject, body=body, to=[user.email])
    message.attach(f"{page.slug}.ics", ics.calendar([entry], method=method), f"text/calendar; method={method}")
    message.send()
    return message
