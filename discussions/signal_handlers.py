"""A course's discussion switched on or off changes what its lessons show even to anonymous visitors (an
invitation to log in), whose pages are cached whole: forget the cached pages."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from home.page_cache import generation_bump

from .models import DiscussionSetting


@receiver([post_save, post_delete], sender=DiscussionSetting)
def discussion_setting_changed(sender, **kwargs):
    generation_bump()
