"""iCalendar (RFC 5545) files: one event's download, a person's feed, and the file attached to the
registration e-mails, which is an iTIP message (RFC 5546) and so names an ORGANIZER and the ATTENDEE.

Written with the `icalendar` library, which folds, escapes and builds the VTIMEZONE: times are given in
Europe/Helsinki, as the organisers wrote them, so a calendar shows 16.00 as 16.00 across a change of
summer time.

Every channel takes the SEQUENCE from the event's one stored counter (selectors.calendar_sequences), so the
download, the feed and the e-mail agree; a calendar app tells which of two copies with the same SEQUENCE is
newer by DTSTAMP, the moment the file was made (RFC 5546 §2.1.5), so a cancellation e-mail written after a
download replaces it.
"""

import datetime
import html
import zoneinfo
from dataclasses import dataclass
from email.utils import parseaddr

from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags
from icalendar import Calendar, Event, vCalAddress, vText
from wagtail.rich_text import expand_db_html

from home.links import site_host

from .selectors import calendar_sequences

PRODID = "-//USO-perehdytys//Tapahtumat//FI"
TIMEZONE = "Europe/Helsinki"
# The VTIMEZONE covers the events in the file with a year's margin, not the library's default 1970–2038,
# which would add two hundred lines of past changes to every file.
TIMEZONE_MARGIN = datetime.timedelta(days=366)
# The attendee's own answer in an e-mailed invitation, by the calendar status of their registration.
PARTSTAT = {"CONFIRMED": "ACCEPTED", "TENTATIVE": "TENTATIVE", "CANCELLED": "DECLINED"}


def event_uid(event):
    return f"event-{event.pk}@{site_host()}"


def plain_text(rich_text):
    text = expand_db_html(rich_text or "")
    for tag in ("</p>", "<br>", "<br/>", "</li>", "</h2>", "</h3>"):
        text = text.replace(tag, tag + "\n")
    return html.unescape(strip_tags(text)).strip()


@dataclass
class Entry:
    """An event as it goes into a calendar: `status` is CONFIRMED, TENTATIVE (waiting list) or CANCELLED.

    `event` is the default-language event, whose id makes the UID, so a calendar holds the event once
    whichever language's file or feed added it; `page` is its copy in the reader's language, for the title,
    description and place (the event itself when None). `attendee` is the person an e-mailed invitation or
    cancellation is for (None in downloads and feeds, which are published, not sent to anyone)."""

    event: object
    status: str = "CONFIRMED"
    show_online_url: bool = False
    url: str = ""
    page: object = None
    attendee: object = None


def organizer():
    """The address the registration e-mails come from: RFC 5546 asks for an ORGANIZER in every message,
    and a reply would go there."""
    name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    organizer = vCalAddress(f"mailto:{address}")
    organizer.params["CN"] = name or settings.WAGTAIL_SITE_NAME
    return organizer


def _attendee(user, status):
    attendee = vCalAddress(f"mailto:{user.email}")
    attendee.params["CN"] = user.get_full_name() or user.email
    attendee.params["ROLE"] = "REQ-PARTICIPANT"
    attendee.params["PARTSTAT"] = PARTSTAT[status]
    # The registration is made on the site, not by answering the calendar invitation.
    attendee.params["RSVP"] = "FALSE"
    return attendee


def _event(entry, *, stamp, sequence, zone):
    event = entry.event
    text = entry.page or event
    description = plain_text(text.description)
    if entry.show_online_url and event.online_url:
        description = f"{event.online_url}\n\n{description}"
    if entry.url:
        description = f"{description}\n\n{entry.url}"
    location = text.place or (event.online_url if entry.show_online_url else "")
    component = Event()
    component.add("uid", event_uid(event))
    component.add("dtstamp", stamp)
    component.add("sequence", sequence)
    component.add("dtstart", event.starts_at.astimezone(zone))
    component.add("dtend", event.ends_at.astimezone(zone))
    component.add("summary", text.title)
    component.add("description", description)
    component.add("status", entry.status)
    component.add("organizer", organizer())
    if entry.attendee is not None:
        component.add("attendee", _attendee(entry.attendee, entry.status))
    if location:
        component.add("location", location)
    if entry.url:
        component.add("url", entry.url)
    return component


def calendar(entries, *, method="PUBLISH", name=None):
    """The text of a VCALENDAR holding `entries`: PUBLISH for downloads and feeds, REQUEST or CANCEL for
    the e-mails. One query, for the SEQUENCE of every event in it."""
    stamp = timezone.now()
    zone = zoneinfo.ZoneInfo(TIMEZONE)
    sequences = calendar_sequences([entry.event.pk for entry in entries])
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", method)
    if name:
        # An X- property is written verbatim unless given as TEXT: escape it like the others.
        cal.add("x-wr-calname", vText(name))
    for entry in entries:
        cal.add_component(_event(entry, stamp=stamp, sequence=sequences.get(entry.event.pk, 0), zone=zone))
    if entries:
        first = min(entry.event.starts_at for entry in entries).astimezone(zone).date()
        last = max(entry.event.ends_at for entry in entries).astimezone(zone).date()
        cal.add_missing_timezones(first_date=first - TIMEZONE_MARGIN, last_date=last + TIMEZONE_MARGIN)
    return cal.to_ical().decode()
