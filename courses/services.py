"""Writes: enrolling and recording progress.

Every function is safe to call twice at the same moment (a double click, two tabs, two app servers): the
unique constraints decide, and a lost race is treated as "already done", never as an error or a duplicate.
"""

from django.db import IntegrityError, transaction
from django.db.models import Count, IntegerField, Min, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from . import completion as completion_rules
from .models import CoursePage, Enrolment, LessonCompletion, LessonPage, ModulePage
from .signals import course_completed
from .translation import canonical


class ProgressError(Exception):
    """A request to record progress that cannot be honoured; `message` is shown to the learner."""

    def __init__(self, message, *, status=400):
        super().__init__(str(message))
        self.message = message
        self.status = status


def _get_or_create(model, *, defaults=None, **lookup):
    """get_or_create that survives a concurrent insert of the same unique row on any database."""
    try:
        with transaction.atomic():
            return model.objects.get_or_create(defaults=defaults or {}, **lookup)
    except IntegrityError:
        return model.objects.get(**lookup), False


def enrolment_create(*, user, course):
    if not isinstance(course, CoursePage) or not course.live:
        raise ProgressError(_("This course is not open for enrolment."), status=404)
    enrolment, _created = _get_or_create(Enrolment, user=user, course=canonical(course))
    return enrolment


def lesson_resolve(*, page_id):
    """The live lesson with this id, or a ProgressError saying why there is none."""
    page = Page.objects.filter(id=page_id).first()
    if page is None:
        raise ProgressError(_("There is no such lesson."), status=404)
    if page.specific_class is not LessonPage:
        raise ProgressError(_("Only lessons can be marked as done."), status=400)
    if not page.live:
        raise ProgressError(_("This lesson is not published, so it cannot be marked as done."), status=404)
    return page.specific


def lesson_mark_done(*, user, lesson):
    """Record that `user` finished `lesson`; complete the course when it was the last required one.

    Returns (completion, course_completed_now). A lesson studied in another language is recorded for its
    default-language original, so progress is shared across translations.
    """
    lesson = canonical(lesson)
    module = ModulePage.objects.get(path=lesson.path[: -Page.steplen])
    course = CoursePage.objects.get(path=lesson.path[: -2 * Page.steplen])
    enrolment = Enrolment.objects.filter(user=user, course=course).first()
    if enrolment is None:
        raise ProgressError(_("Enrol in the course first, then you can mark its lessons as done."), status=403)
    blocker = completion_rules.lesson_blocker(user=user, lesson=lesson)
    if blocker:
        raise ProgressError(blocker, status=409)

    now = timezone.now()
    with transaction.atomic():
        completion, _created = _get_or_create(
            LessonCompletion, user=user, lesson=lesson, defaults={"module": module, "course": course}
        )
        Enrolment.objects.filter(pk=enrolment.pk).update(
            last_lesson=lesson, last_activity_at=now, started_at=Coalesce("started_at", Value(now))
        )
        completed_now = course_complete_if_done(user=user, course=course, when=now)
    return completion, completed_now


def course_complete_if_done(*, user, course, when=None):
    """Set the completion time once every live required lesson of the course is done and every requirement
    registered by other apps (passed quizzes, attended workshops) is met."""
    required = LessonPage.objects.live().descendant_of(course).filter(is_required=True)
    remaining = required.exclude(completions__user=user).exists()
    if remaining or not required.exists():
        return False
    if completion_rules.unmet_course_requirements(user=user, course=course):
        return False
    # The filter on completed_at makes the first completion time stick, even under concurrent requests.
    completed_at = when or timezone.now()
    updated = Enrolment.objects.filter(user=user, course=course, completed_at__isnull=True).update(
        completed_at=completed_at
    )
    if updated:
        course_completed.send(sender=Enrolment, user=user, course=course, completed_at=completed_at)
    return bool(updated)


def lesson_viewed(*, user, lesson, enrolment):
    """Remember the lesson for 'continue where you left off'."""
    if enrolment is None:
        return
    if enrolment.last_lesson is not None and enrolment.last_lesson.translation_key == lesson.translation_key:
        return
    Enrolment.objects.filter(pk=enrolment.pk).update(last_lesson=canonical(lesson), last_activity_at=timezone.now())


def completions_resync_for_moved_page(*, page):
    """Keep the copied module and course of completions right when a trainer moves a lesson or module, and
    start the new course for those who had done the moved lessons. A fixed number of queries, however many
    lessons a moved module holds. `page` is the moved page as post_page_move gives it: with its new path."""
    specific = page.specific_class
    if specific is LessonPage:
        module_path, lesson_ids = page.path[: -Page.steplen], [page.id]
    elif specific is ModulePage:
        module_path, lesson_ids = page.path, LessonPage.objects.child_of(page).values("id")
    else:
        return
    module = ModulePage.objects.filter(path=module_path).first()
    course = CoursePage.objects.filter(path=module_path[: -Page.steplen]).first()
    if module is None or course is None:
        return
    LessonCompletion.objects.filter(lesson_id__in=lesson_ids).update(module=module, course=course)
    _started_at_backfill(course=course, lesson_ids=lesson_ids)


def _started_at_backfill(*, course, lesson_ids):
    """Learners who had done any of `lesson_ids` before they moved into `course` have started `course`, from
    their first lesson done in it."""
    first_done = (
        LessonCompletion.objects.filter(user_id=OuterRef("user_id"), course=course)
        .order_by()
        .values("user_id")
        .annotate(first=Min("completed_at"))
        .values("first")
    )
    Enrolment.objects.filter(
        course=course, started_at__isnull=True, user__lesson_completions__lesson_id__in=lesson_ids
    ).update(started_at=Subquery(first_done))


def course_completions_recheck(*, page):
    """Complete the course for learners who have now done every live required lesson, after a trainer
    unpublished, deleted, moved or made optional `page` (a lesson or a module as the signal gives it, or the
    page a lesson or module was moved out of), so that 100 % on their page and "completed" on the
    dashboards say the same. Completion times already set are never touched. One query finds those
    learners, whatever the number enrolled; each of them then gets the usual check, which also asks the
    other apps' requirements."""
    ancestors_or_self = [page.path[: depth * Page.steplen] for depth in range(1, len(page.path) // Page.steplen + 1)]
    course = CoursePage.objects.filter(path__in=ancestors_or_self).first()
    if course is None:
        return 0
    required = LessonPage.objects.live().descendant_of(course).filter(is_required=True)
    required_count = required.count()
    if not required_count:
        return 0
    done = (
        LessonCompletion.objects.filter(user_id=OuterRef("user_id"), lesson__in=required)
        .order_by()
        .values("user_id")
        .annotate(n=Count("id"))
        .values("n")
    )
    candidates = (
        Enrolment.objects.filter(course=course, completed_at__isnull=True)
        .annotate(done=Subquery(done, output_field=IntegerField()))
        .filter(done__gte=required_count)
        .select_related("user")
    )
    return sum(course_complete_if_done(user=enrolment.user, course=course) for enrolment in candidates)
