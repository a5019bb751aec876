from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import CourseIndexPage, LessonPage, ModulePage
from .selectors import CATALOGUE_CACHE_KEY
from .services import completions_resync_for_moved_page, course_completions_recheck
from .setup import trainers_may_edit


@receiver(post_page_move)
def resync_completions(sender, instance, parent_page_before=None, **kwargs):
    completions_resync_for_moved_page(page=instance)
    course_completions_recheck(page=instance)
    if parent_page_before is not None:  # the course it left may now be all done for some
        course_completions_recheck(page=parent_page_before)
    catalogue_cache_forget()


@receiver(page_published, sender=LessonPage)  # a lesson made optional
@receiver(page_unpublished, sender=LessonPage)
@receiver(page_unpublished, sender=ModulePage)
@receiver(post_delete, sender=LessonPage)
@receiver(post_delete, sender=ModulePage)
def recheck_completions(sender, instance, **kwargs):
    """Lessons that leave a course can leave learners with everything done: their course is completed now."""
    course_completions_recheck(page=instance)


@receiver(page_published, sender=CourseIndexPage)
@receiver(page_unpublished, sender=CourseIndexPage)
def forget_catalogue(sender, **kwargs):
    catalogue_cache_forget()


def catalogue_cache_forget():
    cache.delete_many([f"{CATALOGUE_CACHE_KEY}:{code}" for code, _name in settings.LANGUAGES])


@receiver(post_save, sender=CourseIndexPage)
def trainers_edit_every_catalogue(sender, instance, created, raw=False, **kwargs):
    """A catalogue in a new language (made by translating or aliasing the Finnish one) gets the trainers'
    page permissions at once."""
    if created and not raw:
        trainers_may_edit(instance)
