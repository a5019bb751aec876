from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from courses.models import CoursePage, LessonPage, ModulePage

from .course_tree import course_tree_forget

COURSE_PAGES = (CoursePage, ModulePage, LessonPage)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
@receiver(post_delete)
def forget_course_tree(sender, **kwargs):
    # A trainer changed the course tree: which lessons are live and required may have changed.
    if isinstance(sender, type) and issubclass(sender, COURSE_PAGES):
        course_tree_forget()
