"""The live courses, their live modules and which of their live lessons are required, in one query.

Every participation figure counts only live required lessons, like the learner's own progress in courses/: a
lesson unpublished after someone finished it drops out of both sides of a percentage.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import F
from django.utils.translation import get_language
from wagtail.models import Page

from courses.models import CoursePage, LessonPage, ModulePage


class _Titled:
    """The title in the reader's language where the page has a translation (not an alias), else the Finnish one:
    a Swedish dashboard names the courses and modules as the Swedish course does."""

    @property
    def title(self):
        return self.titles.get(get_language()) or self.source_title


@dataclass
class ModuleInfo(_Titled):
    id: int
    source_title: str
    required_lesson_ids: list = field(default_factory=list)
    titles: dict = field(default_factory=dict)  # {language code: title} of its translations


@dataclass
class CourseInfo(_Titled):
    id: int
    source_title: str
    slug: str
    modules: list = field(default_factory=list)
    council_term_id: int | None = None  # the term the course was written for; None: every term
    titles: dict = field(default_factory=dict)

    @property
    def required_lesson_ids(self):
        return [lesson_id for module in self.modules for lesson_id in module.required_lesson_ids]


CACHE_KEY = "participation:course-tree:titled"  # holds titles per language since issue 13
CACHE_SECONDS = 3600


def course_tree():
    """Courses in page-tree order, each with its modules and their required lesson ids.

    Cached: every dashboard view needs it and it changes only when a trainer publishes, unpublishes, moves
    or deletes a course page, which clears the cache (signal_handlers.py)."""
    courses = cache.get(CACHE_KEY)
    if courses is None:
        courses = _course_tree_from_pages()
        cache.set(CACHE_KEY, courses, CACHE_SECONDS)
    return courses


def courses_for_term(term, courses=None):
    """The courses a term's figures are about: those written for it and those that serve every term. The
    2021 orientation belongs to 2021–2025's figures, its 2025 copy to 2025–2029's."""
    courses = course_tree() if courses is None else courses
    if term is None:
        return courses
    return [course for course in courses if course.council_term_id in (None, term.pk)]


def course_tree_forget():
    cache.delete(CACHE_KEY)


def _course_tree_from_pages():
    # The Finnish course tree is the course of record; its Swedish and English translations are separate
    # pages (and enrolments) that these figures do not yet combine with it.
    rows = (
        Page.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .type(CoursePage, ModulePage, LessonPage)
        .annotate(is_required=F("lessonpage__is_required"), council_term_id=F("coursepage__council_term_id"))
        .order_by("path")
        .values(
            *("id", "title", "slug", "path", "depth", "content_type_id", "is_required", "council_term_id"),
            "translation_key",
        )
    )
    # Content types are cached per process, so this costs no query after the first request.
    course_type, module_type = (ContentType.objects.get_for_model(model) for model in (CoursePage, ModulePage))
    courses, by_path, keyed = [], {}, {}
    for row in rows:
        # A page whose parent is missing here sits under an unpublished page, out of every learner's reach.
        parent = by_path.get(row["path"][: -Page.steplen])
        if row["content_type_id"] == course_type.id:
            course = CourseInfo(
                id=row["id"], source_title=row["title"], slug=row["slug"], council_term_id=row["council_term_id"]
            )
            keyed[row["translation_key"]] = course
            courses.append(course)
            by_path[row["path"]] = course
        elif row["content_type_id"] == module_type.id and isinstance(parent, CourseInfo):
            module = ModuleInfo(id=row["id"], source_title=row["title"])
            keyed[row["translation_key"]] = module
            parent.modules.append(module)
            by_path[row["path"]] = module
        elif isinstance(parent, ModuleInfo) and row["is_required"]:
            parent.required_lesson_ids.append(row["id"])
    translated = (
        Page.objects.live()
        .filter(translation_key__in=list(keyed), alias_of__isnull=True)
        .exclude(locale__language_code=settings.LANGUAGE_CODE)
        .values_list("translation_key", "locale__language_code", "title")
    )
    for key, code, title in translated:
        keyed[key].titles[code] = title
    return courses
