"""What the courses app learns of supplements, through its completion registry (courses/completion.py) only:
a learner whose municipality has a supplement to the course completes it after its required lessons too, and
sees the supplement in the course where it belongs, counted in their own progress."""

from django.utils.translation import gettext as _

from courses.completion import CoursePart
from courses.models import ModulePage
from courses.translation import default_locale_id

from .selectors import supplement_for, supplement_progress


def supplement_lessons_done(*, user, course):
    supplement = supplement_for(municipality_id=user.municipality_id, course=course)
    if supplement is None:
        return []
    progress = supplement_progress(supplement=supplement, user=user)
    if progress.is_complete:
        return []
    return [
        _("Finish the required lessons of your municipality's own part “%(title)s” (%(done)s of %(total)s done).")
        % {"title": supplement.title, "done": progress.done, "total": progress.total}
    ]


def _module_id_in(course, module_id):
    """The module after which the supplement shows, in the language of the course being read."""
    if module_id is None or course.locale_id == default_locale_id():
        return module_id
    key = ModulePage.objects.filter(pk=module_id).values("translation_key")
    return (
        ModulePage.objects.filter(translation_key__in=key, locale_id=course.locale_id)
        .values_list("pk", flat=True)
        .first()
    )


def supplement_course_parts(*, user, course):
    supplement = supplement_for(municipality_id=user.municipality_id, course=course)
    if supplement is None:
        return []
    progress = supplement_progress(supplement=supplement, user=user)
    return [
        CoursePart(
            key="supplement",
            template="supplements/course_part.html",
            after_module_id=_module_id_in(course, supplement.after_module_id),
            done=progress.done,
            total=progress.total,
            context={"supplement": supplement, "progress": progress},
        )
    ]
