from django.conf import settings
from django.core.cache import cache
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from .models import EventIndexPage
from .selectors import CALENDAR_CACHE_KEY


@receiver(page_published, sender=EventIndexPage)
@receiver(page_unpublished, sender=EventIndexPage)
def forget_calendar(sender, **kwargs):
    cache.delete_many([f"{CALENDAR_CACHE_KEY}:{code}" for code, _name in settings.LANGUAGES])
