"""A person's event registrations, the feedback they have given and their calendar feed.

Erasure keeps registrations and attendance (the municipality's attendance figures and course requirements
count them) but clears the free-text needs, which can be health data; the secret calendar feed address
goes. Feedback answers were never linked to the person, so there is nothing of theirs to export or erase
beyond the record that they answered."""

from django.utils.translation import gettext_lazy as _

from accounts.privacy import PersonalDataProvider

from .models import CalendarFeed, FeedbackGiven, Registration


def _iso(value):
    return value.isoformat() if value else None


def _export(user):
    return {
        "registrations": [
            {
                "event": registration.event.title,
                "starts_at": _iso(registration.event.starts_at),
                "status": registration.status,
                "registered_at": _iso(registration.queued_at),
                "status_changed_at": _iso(registration.status_changed_at),
                "needs": registration.needs,
                "attended": registration.attended,
            }
            for registration in Registration.objects.filter(user=user).select_related("event").order_by("queued_at")
        ],
        "feedback_given_for": [
            given.event.title for given in FeedbackGiven.objects.filter(user=user).select_related("event")
        ],
        "has_calendar_feed": CalendarFeed.objects.filter(user=user).exists(),
    }


def _erase(user):
    Registration.objects.filter(user=user).update(needs="")
    CalendarFeed.objects.filter(user=user).delete()


PROVIDER = PersonalDataProvider(key="events", export=_export, erase=_erase, title=_("Events"))
