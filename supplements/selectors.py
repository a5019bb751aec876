"""Reads: which supplement a learner of a municipality gets in a course, their progress in it, and the
municipality's figures for its leader. Each function runs a fixed number of queries."""

from dataclasses import dataclass, field

from django.db.models import Count, Exists, F, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.models import Page

from courses.models import Enrolment
from courses.translation import canonical, default_locale_id

from .access import is_trainer_or_admin
from .models import (
    LocalLessonCompletion,
    LocalLessonPage,
    LocalSupplementPage,
    MunicipalitySupplementsPage,
)


def folders():
    """The municipalities' folders in the default language (the others' trees hold aliases of them)."""
    return MunicipalitySupplementsPage.objects.filter(locale_id=default_locale_id())


@dataclass
class LocalLessonEntry:
    lesson: LocalLessonPage
    is_done: bool


@dataclass
class SupplementProgress:
    supplement: LocalSupplementPage
    lessons: list = field(default_factory=list)

    @property
    def done(self):
        return sum(entry.is_done for entry in self.lessons if entry.lesson.is_required)

    @property
    def total(self):
        return sum(1 for entry in self.lessons if entry.lesson.is_required)

    @property
    def is_complete(self):
        return self.done >= self.total


# What the lesson lists read (links, lang="…", required or not), so rendering them runs no query per lesson.
LOCAL_LESSON_FIELDS = (
    *("id", "title", "slug", "url_path", "path", "depth", "live", "is_required", "estimated_minutes"),
    *("translation_key", "locale_id", "alias_of_id", "first_published_at", "content_type_id"),
)


def supplement_progress(*, supplement, user):
    lessons = list(LocalLessonPage.objects.live().child_of(supplement).order_by("path").only(*LOCAL_LESSON_FIELDS))
    done = set()
    if user.is_authenticated and lessons:
        done = set(
            LocalLessonCompletion.objects.filter(user=user, supplement=supplement).values_list("lesson_id", flat=True)
        )
    return SupplementProgress(
        supplement=supplement, lessons=[LocalLessonEntry(lesson=item, is_done=item.id in done) for item in lessons]
    )


def supplement_progress_by_course(*, user, courses):
    """{course translation key: SupplementProgress} of the learner's own municipality's supplements to
    `courses` (in whichever language each is read). The one count of a learner's local lessons: the course
    page, completion, My learning and the lesson page's progress box all read it. Two queries whatever the
    number of courses, supplements or lessons; none for a person of no municipality."""
    if not user.is_authenticated or user.municipality_id is None or not courses:
        return {}
    own_folder = folders().filter(
        municipality_id=user.municipality_id,
        path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen),
    )
    supplements = {}
    for supplement in (
        LocalSupplementPage.objects.live()
        .filter(Exists(own_folder), course__translation_key__in={course.translation_key for course in courses})
        .annotate(course_key=F("course__translation_key"), after_module_key=F("after_module__translation_key"))
        .order_by("path")
    ):
        supplements.setdefault(supplement.course_key, supplement)  # one a course: the first in the tree
    if not supplements:
        return {}
    paths = Q()
    for supplement in supplements.values():
        paths |= Q(path__startswith=supplement.path, depth=supplement.depth + 1)
    done = LocalLessonCompletion.objects.filter(user=user, lesson_id=OuterRef("pk"))
    lessons = (
        LocalLessonPage.objects.live()
        .filter(paths)
        .order_by("path")
        .only(*LOCAL_LESSON_FIELDS)
        .annotate(is_done=Exists(done))
    )
    by_path = {supplement.path: SupplementProgress(supplement=supplement) for supplement in supplements.values()}
    for lesson in lessons:
        by_path[lesson.path[: -Page.steplen]].lessons.append(LocalLessonEntry(lesson=lesson, is_done=lesson.is_done))
    return {key: by_path[supplement.path] for key, supplement in supplements.items()}


def supplement_detail(*, supplement, user):
    # Read in another language's tree (an alias): progress is kept on the original's lessons.
    progress = supplement_progress(supplement=canonical(supplement), user=user)
    return {
        "course": supplement.course,
        "supplement_progress": progress,
        "documents": list(supplement.documents.select_related("document").order_by("sort_order")),
    }


def local_lesson_context(*, lesson, user):
    lesson = canonical(lesson)
    supplement = LocalSupplementPage.objects.filter(path=lesson.path[: -Page.steplen]).select_related("course").first()
    if supplement is None:  # a preview of a lesson not yet saved in the tree
        return {"supplement": None, "is_done": False}
    progress = supplement_progress(supplement=supplement, user=user)
    ids = [entry.lesson.id for entry in progress.lessons]
    position = ids.index(lesson.id) if lesson.id in ids else None
    next_lesson = progress.lessons[position + 1].lesson if position is not None and position + 1 < len(ids) else None
    municipality_id = (
        MunicipalitySupplementsPage.objects.filter(path=supplement.path[: -Page.steplen])
        .values_list("municipality_id", flat=True)
        .first()
    )
    return {
        "supplement": supplement,
        "course": supplement.course,
        # Only the municipality's own people record progress; a trainer or editor from elsewhere only reads.
        "can_mark": user.is_authenticated and municipality_id is not None and user.municipality_id == municipality_id,
        "enrolled": user.is_authenticated
        and Enrolment.objects.filter(user=user, course_id=supplement.course_id).exists(),
        "supplement_progress": progress,
        "is_done": any(entry.is_done for entry in progress.lessons if entry.lesson.id == lesson.id),
        "next_lesson": next_lesson,
    }


def supplements_visible_to(*, user):
    """For the index page: every supplement for trainers and administrators, the own municipality's (and the
    led ones') for everyone else."""
    supplements = (
        LocalSupplementPage.objects.live()
        .filter(locale_id=default_locale_id())
        .order_by("path")
        .select_related("course")
    )
    if is_trainer_or_admin(user):
        return list(supplements)
    municipality_ids = set(user.led_municipalities.values_list("municipality_id", flat=True))
    if user.municipality_id is not None:
        municipality_ids.add(user.municipality_id)
    paths = list(folders().filter(municipality_id__in=municipality_ids).values_list("path", flat=True))
    if not paths:
        return []
    query = Q()
    for path in paths:
        query |= Q(path__startswith=path)
    return list(supplements.filter(query))


@dataclass
class SupplementFigures:
    supplement: LocalSupplementPage
    required_lessons: int
    enrolled: int  # the municipality's people enrolled in the course
    done: int  # … of whom have done every required lesson of the supplement


def municipality_supplement_figures(*, municipality):
    """For the leader's dashboard: each supplement of the municipality and how many of its people enrolled in
    the course have done its required lessons. Five queries whatever the number of supplements or people."""
    folder = folders().filter(municipality=municipality).first()
    if folder is None:
        return []
    supplements = list(LocalSupplementPage.objects.live().child_of(folder).order_by("path").select_related("course"))
    if not supplements:
        return []
    supplement_length = len(folder.path) + Page.steplen
    required = dict(
        LocalLessonPage.objects.live()
        .filter(is_required=True, path__startswith=folder.path)
        .annotate(supplement_path=Substr("path", 1, supplement_length))
        .order_by()
        .values("supplement_path")
        .annotate(n=Count("id"))
        .values_list("supplement_path", "n")
    )
    enrolled = dict(
        Enrolment.objects.filter(
            course_id__in=[item.course_id for item in supplements], user__municipality=municipality
        )
        .order_by()
        .values("course_id")
        .annotate(n=Count("id"))
        .values_list("course_id", "n")
    )
    per_person = (
        LocalLessonCompletion.objects.filter(
            supplement__in=supplements,
            lesson__live=True,
            lesson__is_required=True,
            user__municipality=municipality,
            user__enrolments__course_id=F("supplement__course_id"),
        )
        .order_by()
        .values("supplement_id", "user_id")
        .annotate(n=Count("id"))
    )
    done = {}
    for row in per_person:
        supplement = next(item for item in supplements if item.pk == row["supplement_id"])
        if row["n"] >= required.get(supplement.path, 0):
            done[supplement.pk] = done.get(supplement.pk, 0) + 1
    return [
        SupplementFigures(
            supplement=item,
            required_lessons=required.get(item.path, 0),
            enrolled=enrolled.get(item.course_id, 0),
            done=done.get(item.pk, 0) if required.get(item.path, 0) else 0,
        )
        for item in supplements
    ]
