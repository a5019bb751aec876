from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Locale, Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import StandardPage
from .selectors import PRIVACY_NOTICE_CACHE_KEY, STATEMENT_CACHE_KEY, forget_language_lookups


@receiver(page_published, sender=StandardPage)
@receiver(page_unpublished, sender=StandardPage)
@receiver(post_page_move)
def forget_accessibility_statement(sender, **kwargs):
    statement_cache_forget()


def statement_cache_forget():
    cache.delete_many(
        [
            f"{key}:{code}"
            for key in (STATEMENT_CACHE_KEY, PRIVACY_NOTICE_CACHE_KEY)
            for code, _name in settings.LANGUAGES
        ]
    )


@receiver(post_save)
@receiver(post_delete)
def forget_language_lookups_on_change(sender, **kwargs):
    if sender is Locale or issubclass(sender, Page):
        forget_language_lookups()
