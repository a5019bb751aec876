"""Reads: the calendar, an event's page, rosters, feedback results and dashboard figures.

Every function runs a fixed number of queries whatever the number of events or registrations (the tests pin
the calendar's count).

Registrations, trainers and feedback belong to the default-language (Finnish) event; its Swedish and English
copies (translations or aliases) only show it in another language. So every list here is of default-language
events, each event once, and `show_in_active_language` gives each the copy to link to and take the title from.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Avg, Count, OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR
from django.utils.translation import get_language
from wagtail.models import Locale

from courses.translation import canonical, in_active_language
from municipalities.models import Municipality

from . import access, month
from .models import CalendarSequence, EventIndexPage, EventKind, EventPage, FeedbackAnswer, FeedbackGiven, Registration
from .rules import registration_refusal

CALENDAR_CACHE_KEY = "events:calendar"
PAST_EVENTS_PER_PAGE = 20
NETWORK_FILTER = "network"

Status = Registration.Status


def event_calendar():
    """The calendar page, for the link in the header of every page. Cached like the course catalogue link,
    and cleared when a calendar page is published or unpublished."""
    language = get_language()
    key = f"{CALENDAR_CACHE_KEY}:{language}"
    cached = cache.get(key)
    if cached is None:
        pages = EventIndexPage.objects.live()
        page = pages.filter(locale__language_code=language).first() or pages.filter(locale=Locale.get_default()).first()
        cached = {"id": page.id, "url": page.url, "title": page.title} if page else {}
        cache.set(key, cached, 300)
    return cached or None


def show_in_active_language(events):
    """Set `event.localized_page` to the event's live copy in the active language (the event itself in Finnish,
    or when it has no copy), for titles and links. No query in Finnish, one otherwise."""
    pages = in_active_language(events, model=EventPage)
    for event in events:
        event.localized_page = pages[event.pk]
    return events


def _with_counts(events, user):
    events = events.annotate(
        seats_taken=Count("registrations", filter=Q(registrations__status=Status.REGISTERED), distinct=True)
    )
    if user.is_authenticated:
        own = Registration.objects.filter(event_id=OuterRef("pk"), user=user).exclude(status=Status.CANCELLED)
        events = events.annotate(my_status=Subquery(own.values("status")[:1]))
    return events.select_related("municipality")


def calendar_for_request(*, index_page, request):
    """Upcoming events (all) and past events (paginated), filtered by ?kind= and ?municipality= (a code, or
    `network` for the network's joint events)."""
    user = request.user
    now = timezone.now()
    # The Finnish calendar's events, each once, also on the Swedish and English calendar pages.
    calendar = canonical(index_page)
    visible = EventPage.objects.live().child_of(calendar).filter(access.visible_events_filter(user))
    municipalities = list(
        Municipality.objects.filter(events__in=visible.values("pk"))
        .distinct()
        .order_by("name_fi")
        .only("code", "name_fi", "name_sv")
    )

    kind = request.GET.get("kind", "")
    kind = kind if kind in EventKind.values else ""
    municipality_code = request.GET.get("municipality", "")
    events = visible
    if kind:
        events = events.filter(kind=kind)
    if municipality_code == NETWORK_FILTER:
        events = events.filter(municipality__isnull=True)
    elif municipality_code:
        if municipality_code in {m.code for m in municipalities}:
            events = events.filter(municipality__code=municipality_code)
        else:
            municipality_code = ""
    events = _with_counts(events, user)
    filters = {
        "kinds": EventKind.choices,
        "municipalities": municipalities,
        "active_kind": kind,
        "active_municipality": municipality_code,
        "network_filter": NETWORK_FILTER,
        "is_filtered": bool(kind or municipality_code),
        "month_param": month.MONTH_PARAM,
    }
    if month.MONTH_PARAM in request.GET:
        return {**filters, **_month_view(events, request.GET[month.MONTH_PARAM])}

    upcoming = list(events.filter(ends_at__gte=now).order_by("starts_at"))
    past_page = Paginator(events.filter(ends_at__lt=now).order_by("-starts_at"), PAST_EVENTS_PER_PAGE).get_page(
        request.GET.get("past_page")
    )
    past_page.object_list = list(past_page.object_list)
    show_in_active_language([*upcoming, *past_page.object_list])
    return {
        **filters,
        "upcoming_events": upcoming,
        "past_events": past_page,
        "this_month": month.month_value(timezone.localdate()),
    }


def _shown_month(first):
    """The `?kuukausi=` value of a neighbouring month, or None at the ends of the range we show."""
    value = month.month_value(first)
    return value if month.parse_month(value) else None


def _month_view(events, value):
    """The month grid: the month's events (those starting in it, Finnish time) in one query. A value that names
    no month we show falls back to the current month, with a message."""
    today = timezone.localdate()
    first = month.parse_month(value)
    invalid = first is None
    if invalid:
        first = today.replace(day=1)
    start, end = month.month_bounds(first)
    in_month = list(events.filter(starts_at__gte=start, starts_at__lt=end).order_by("starts_at"))
    show_in_active_language(in_month)
    return {
        "month_view": True,
        "month_first": first,
        "month_value": month.month_value(first),
        "month_weeks": month.month_weeks(first, in_month, today=today),
        "month_has_events": bool(in_month),
        "month_invalid": invalid,
        "previous_month": _shown_month(month.shift_month(first, -1)),
        "next_month": _shown_month(month.shift_month(first, 1)),
        "weekdays": [(WEEKDAYS_ABBR[i], WEEKDAYS[i]) for i in range(7)],
        "this_month": month.month_value(today),
    }


@dataclass
class RegistrationState:
    """What the event page tells a person about registering."""

    registration: Registration | None
    can_register: bool
    reason: str  # why registering is not possible, when it is not
    waiting_position: int | None = None


def _registration_state(*, event, user, seats_taken, now):
    if not user.is_authenticated:
        return RegistrationState(registration=None, can_register=False, reason="")
    registration = Registration.objects.filter(event=event, user=user).exclude(status=Status.CANCELLED).first()
    position = None
    if registration and registration.status == Status.WAITLISTED:
        position = (
            Registration.objects.filter(event=event, status=Status.WAITLISTED)
            .filter(
                Q(queued_at__lt=registration.queued_at) | Q(queued_at=registration.queued_at, id__lt=registration.id)
            )
            .count()
            + 1
        )
    refusal = None if registration else registration_refusal(event=event, user=user, seats_taken=seats_taken, now=now)
    return RegistrationState(
        registration=registration,
        can_register=registration is None and refusal is None,
        reason=refusal or "",
        waiting_position=position,
    )


def event_detail(*, event, user):
    """What the page of `event` shows to `user`; `event` is the default-language original."""
    now = timezone.now()
    counts = Registration.objects.filter(event=event).aggregate(
        seats_taken=Count("id", filter=Q(status=Status.REGISTERED)),
        waiting=Count("id", filter=Q(status=Status.WAITLISTED)),
    )
    state = _registration_state(event=event, user=user, seats_taken=counts["seats_taken"], now=now)
    registered = state.registration is not None and state.registration.status == Status.REGISTERED
    organiser = access.is_organiser(event=event, user=user)
    linked = event.linked_page.specific if event.linked_page_id and event.linked_page.live else None
    if linked is not None:
        linked = in_active_language([linked], model=type(linked))[linked.pk]
    return {
        "seats_taken": counts["seats_taken"],
        "waiting_count": counts["waiting"],
        "seats_left": None if event.capacity is None else max(event.capacity - counts["seats_taken"], 0),
        "state": state,
        "is_registered": registered,
        "show_online_url": bool(event.online_url) and (registered or organiser),
        "is_organiser": organiser,
        "can_read_feedback": access.can_read_feedback(event=event, user=user),
        "can_cancel": state.registration is not None and now < event.starts_at,
        "is_past": event.ends_at < now,
        "feedback": feedback_state(event=event, user=user, registration=state.registration, now=now),
        "trainer_names": [trainer.user.get_full_name() for trainer in event.trainers.select_related("user")],
        "linked_page": linked,
    }


@dataclass
class FeedbackState:
    can_give: bool
    has_given: bool


def feedback_state(*, event, user, registration, now=None):
    """Feedback is open after the event to those who were registered and not marked absent; once each."""
    now = now or timezone.now()
    if not user.is_authenticated or registration is None:
        return FeedbackState(can_give=False, has_given=False)
    eligible = registration.status == Status.REGISTERED and registration.attended is not False and event.ends_at <= now
    has_given = eligible and FeedbackGiven.objects.filter(event=event, user=user).exists()
    return FeedbackState(can_give=eligible and not has_given, has_given=has_given)


def roster(*, event, query=""):
    """Registered and waiting participants, filtered by a name or email search, in the order of the waiting
    list (registered first). Four queries whatever the number of people."""
    registrations = (
        Registration.objects.filter(event=event)
        .exclude(status=Status.CANCELLED)
        .select_related("user", "user__municipality")
        .order_by("status", "user__last_name", "user__first_name", "queued_at")
    )
    query = query.strip()[:100]
    for word in query.split():
        registrations = registrations.filter(
            Q(user__first_name__icontains=word) | Q(user__last_name__icontains=word) | Q(user__email__icontains=word)
        )
    rows = list(registrations)
    totals = Registration.objects.filter(event=event).aggregate(
        registered=Count("id", filter=Q(status=Status.REGISTERED)),
        waiting=Count("id", filter=Q(status=Status.WAITLISTED)),
        present=Count("id", filter=Q(attended=True) & ~Q(status=Status.CANCELLED)),
        absent=Count("id", filter=Q(attended=False) & ~Q(status=Status.CANCELLED)),
    )
    return {
        "registered": [row for row in rows if row.status == Status.REGISTERED],
        "waiting": sorted((row for row in rows if row.status == Status.WAITLISTED), key=lambda r: (r.queued_at, r.id)),
        "totals": totals,
        "query": query,
    }


def feedback_summary(*, event):
    """Average, distribution and comments. Comments come in alphabetical order so that their order says
    nothing about who wrote them or when.

    The small-group rule: while fewer than SMALL_GROUP_LIMIT people have answered, nothing of the answers is
    shown, not even how many there are beyond "fewer than five". The organisers know who attended; from two
    answers and a short list of attendees a rating or a comment is easily put to a name."""
    answers = FeedbackAnswer.objects.filter(event=event)
    figures = answers.aggregate(count=Count("id"), average=Avg("rating"))
    if 0 < figures["count"] < settings.SMALL_GROUP_LIMIT:
        return {"count": 0, "withheld": True, "limit": settings.SMALL_GROUP_LIMIT}
    by_rating = dict(answers.order_by().values("rating").annotate(n=Count("id")).values_list("rating", "n"))
    count = figures["count"]
    distribution = [
        {
            "rating": rating,
            "count": by_rating.get(rating, 0),
            "percent": round(100 * by_rating.get(rating, 0) / count) if count else 0,
        }
        for rating in range(5, 0, -1)
    ]
    comments = list(answers.exclude(comment="").order_by("comment").values_list("comment", flat=True))
    return {
        "count": count,
        "withheld": False,
        "average": figures["average"],
        "distribution": distribution,
        "comments": comments,
    }


def my_events(*, user):
    """The person's registrations that are not cancelled, upcoming first, with whether feedback is due."""
    now = timezone.now()
    given = set(FeedbackGiven.objects.filter(user=user).values_list("event_id", flat=True))
    registrations = list(
        Registration.objects.filter(user=user, event__live=True)
        .exclude(status=Status.CANCELLED)
        .select_related("event", "event__municipality")
        .order_by("event__starts_at")
    )
    show_in_active_language([registration.event for registration in registrations])
    upcoming = [r for r in registrations if r.event.ends_at >= now]
    past = [r for r in reversed(registrations) if r.event.ends_at < now]
    for registration in past:
        registration.feedback_due = (
            registration.status == Status.REGISTERED
            and registration.attended is not False
            and registration.event_id not in given
        )
    return {"upcoming": upcoming, "past": past}


def feed_registrations(*, user):
    """What goes into the person's calendar feed: their registrations for live events, not cancelled. The
    feed's address keeps the language it was copied in, so the events come in that language."""
    registrations = list(
        Registration.objects.filter(user=user, event__live=True)
        .exclude(status=Status.CANCELLED)
        .select_related("event")
        .order_by("event__starts_at")
    )
    show_in_active_language([registration.event for registration in registrations])
    return registrations


def participation_for_municipality(*, municipality):
    """For the municipality's dashboard: its own events and the network's events (when it is a member), with
    how many of its people registered and attended. One query (two in Swedish or English, for the titles).
    Only the default-language events: their copies in other languages are the same events."""
    audience = Q(municipality=municipality) | access.network_events_filter(municipality.id)
    people = Q(registrations__user__municipality=municipality)
    events = list(
        EventPage.objects.live()
        # The default language by its code, a join rather than a lookup of its id, to stay at one query.
        .filter(audience, locale__language_code=settings.LANGUAGE_CODE)
        .annotate(
            registered=Count("registrations", filter=people & Q(registrations__status=Status.REGISTERED)),
            attended=Count("registrations", filter=people & Q(registrations__attended=True)),
        )
        .order_by("-starts_at")
        .only("id", "title", "url_path", "kind", "starts_at", "ends_at", "municipality_id", "translation_key")
    )
    show_in_active_language(events)
    return {
        "municipality": municipality,
        "events": events,
        "total_registered": sum(event.registered for event in events),
        "total_attended": sum(event.attended for event in events),
    }


def calendar_sequences(event_ids):
    """{default-language event id: its calendar SEQUENCE}, one query; an event not yet counted is 0."""
    if not event_ids:
        return {}
    return dict(CalendarSequence.objects.filter(event_id__in=event_ids).values_list("event_id", "sequence"))
