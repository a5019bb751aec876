from django.conf import settings
from django.core.cache import cache
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import CourseIndexPage
from .selectors import CATALOGUE_CACHE_KEY
from .services import completions_resync_for_moved_page


@receiver(post_page_move)
def resync_completions(sender, instance, **kwargs):
    completions_resync_for_moved_page(page=instance)
    catalogue_cache_forget()


@receiver(page_published, sender=CourseIndexPage)
@receiver(page_unpublished, sender=CourseIndexPage)
def forget_catalogue(sender, **kwargs):
    catalogue_cache_forget()


def catalogue_cache_forget():
    cache.delete_many([f"{CATALOGUE_CACHE_KEY}:{code}" for code, _name in settings.LANGUAGES])
