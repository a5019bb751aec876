"""What makes home/page_cache.py forget cached pages: every change to the page tree, and to the content that
pages show beside their own fields (images, documents, tags, sites, locales, view restrictions). Feature apps
name their own such models with `forget_cached_pages_on_change()` (quizzes, event registrations)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from .page_cache import events_generation_bump, generation_bump


@receiver(page_published)
@receiver(page_unpublished)
@receiver(pre_page_move)
@receiver(post_page_move)
def forget_pages_on_page_signal(sender, **kwargs):
    generation_bump()


@receiver(post_save)
@receiver(post_delete)
def forget_pages_when_a_page_changes(sender, instance, **kwargs):
    # Any save of a page row, published or not: code that edits a live page with save() sends no
    # page_published, and a deleted page sends no page_unpublished.
    if isinstance(instance, Page):
        generation_bump()


def forget_cached_pages_on_change(*models, events_only=False):
    """Forget cached pages whenever one of `models` is saved or deleted; with events_only, only the pages
    that show event registrations."""
    handler = _forget_event_pages if events_only else _forget_pages
    for model in models:
        post_save.connect(handler, sender=model, dispatch_uid=f"page-cache-{model._meta.label}-save")
        post_delete.connect(handler, sender=model, dispatch_uid=f"page-cache-{model._meta.label}-delete")


def _forget_pages(sender, **kwargs):
    generation_bump()


def _forget_event_pages(sender, **kwargs):
    events_generation_bump()


forget_cached_pages_on_change(get_image_model(), get_document_model(), Tag, Site, Locale, PageViewRestriction)
