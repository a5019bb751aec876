"""iCalendar (RFC 5545) files: one event, a registration email's attachment, a person's feed.

Written by hand rather than with a library: the subset needed is small, and each rule of the RFC that
matters here is visible below: CRLF line ends, text escaping (§3.3.11), lines folded at 75 octets
(§3.1) and times in UTC, which every client converts to the reader's own zone without a VTIMEZONE.
"""

import datetime
import html
from dataclasses import dataclass

from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.rich_text import expand_db_html

from home.links import site_host

PRODID = "-//USO-perehdytys//Tapahtumat//FI"
# SEQUENCE must grow with each change; seconds since this moment stay well inside a 32-bit integer.
SEQUENCE_EPOCH = datetime.datetime(2021, 1, 1, tzinfo=datetime.UTC)
MAX_OCTETS = 75


def escape_text(value):
    value = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    """Split a content line into chunks of at most 75 octets, never inside a UTF-8 character; each
    continuation starts with a space."""
    chunks, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = MAX_OCTETS if not chunks else MAX_OCTETS - 1
        if size + width > limit:
            chunks.append(current)
            current, size = "", 0
        current += char
        size += width
    chunks.append(current)
    return "\r\n ".join(chunks)


def utc(moment):
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


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
    description and place (the event itself when None)."""

    event: object
    status: str = "CONFIRMED"
    show_online_url: bool = False
    changed_at: datetime.datetime | None = None
    url: str = ""
    page: object = None


def _event_lines(entry, stamp):
    event = entry.event
    text = entry.page or event
    description = plain_text(text.description)
    if entry.show_online_url and event.online_url:
        description = f"{event.online_url}\n\n{description}"
    if entry.url:
        description = f"{description}\n\n{entry.url}"
    location = text.place or (event.online_url if entry.show_online_url else "")
    changed = max(filter(None, [entry.changed_at, event.last_published_at, text.last_published_at, SEQUENCE_EPOCH]))
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event_uid(event)}",
        f"DTSTAMP:{utc(stamp)}",
        f"SEQUENCE:{int((changed - SEQUENCE_EPOCH).total_seconds())}",
        f"DTSTART:{utc(event.starts_at)}",
        f"DTEND:{utc(event.ends_at)}",
        f"SUMMARY:{escape_text(text.title)}",
        f"DESCRIPTION:{escape_text(description)}",
        f"STATUS:{entry.status}",
    ]
    if location:
        lines.append(f"LOCATION:{escape_text(location)}")
    if entry.url:
        lines.append(f"URL:{entry.url}")
    lines.append("END:VEVENT")
    return lines


def calendar(entries, *, method="PUBLISH", name=None):
    """The text of a VCALENDAR holding `entries`."""
    stamp = timezone.now()
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if name:
        lines.append(f"X-WR-CALNAME:{escape_text(name)}")
    for entry in entries:
        lines += _event_lines(entry, stamp)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
