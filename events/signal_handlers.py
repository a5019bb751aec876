from django.conf import settings
from django.core.cache import cache
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from home.page_cache_signals import forget_cached_pages_on_change
from municipalities.models import Municipality

from .models import EventIndexPage, EventPage, Registration
from .selectors import CALENDAR_CACHE_KEY
from .services import calendar_sequence_update


@receiver(page_published, sender=EventIndexPage)
@receiver(page_unpublished, sender=EventIndexPage)
def forget_calendar(sender, **kwargs):
    cache.delete_many([f"{CALENDAR_CACHE_KEY}:{code}" for code, _name in settings.LANGUAGES])


@receiver(page_published, sender=EventPage)
def raise_calendar_sequence(sender, instance, **kwargs):
    # Every language's copy counts: a Swedish title corrected is a change for Swedish readers' calendars.
    calendar_sequence_update(event=instance.canonical_event)


# Event pages cached for anonymous visitors show seats taken and municipality names (home/page_cache.py).
forget_cached_pages_on_change(Registration, Municipality, events_only=True)
