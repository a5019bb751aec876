"""Reads: what a page needs to show about the course tree and a learner's progress.

Every function here runs a fixed number of queries whatever the number of lessons, modules or enrolments,
so pages stay fast as courses grow (the tests pin the counts). Progress counts only lessons that are live
and required now: a lesson that was unpublished or deleted after someone finished it drops out of both
sides of the percentage instead of breaking it.

A completed course stays completed when lessons are added later: its progress is shown as of completion
(100 %, "completed on …"), and the lessons the learner has not done since are listed as new content, to
study or not. The same holds for each of its modules, so module and course never disagree.
"""

from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Count, Exists, F, OuterRef
from django.db.models.functions import Substr
from django.utils.translation import get_language
from taggit.models import Tag
from wagtail.models import Page

from home.text import search_terms

from . import completion
from .models import CourseIndexPage, CoursePage, Enrolment, LessonCompletion, LessonPage, ModulePage
from .translation import (
    available_languages,
    canonical,
    default_locale_id,
    in_active_language,
    missing_completion_blocks,
)

CATALOGUE_CACHE_KEY = "courses:catalogue"


def percent(done, total):
    return round(100 * done / total) if total else 0


@dataclass
class Progress:
    done: int
    total: int
    # When the course was completed: progress is then shown as of that moment, whatever was added since.
    completed_at: object = None
    new_count: int = 0  # lessons new since completion, not yet done

    @property
    def percent(self):
        if self.completed_at is not None:
            return 100
        return percent(min(self.done, self.total), self.total)

    @property
    def is_complete(self):
        return self.completed_at is not None or (self.total > 0 and self.done >= self.total)


def is_new_since(lesson, *, is_done, completed_at):
    """A lesson is new to a learner who completed the course when they have not done it and it is required
    now (it was not, or did not exist here, when they completed) or was first published after that."""
    if is_done or completed_at is None:
        return False
    published = getattr(lesson, "first_published_at", None)
    return lesson.is_required or (published is not None and published > completed_at)


@dataclass
class LessonEntry:
    lesson: LessonPage
    is_done: bool
    is_new: bool = False


@dataclass
class ModuleEntry:
    module: Page
    lessons: list = field(default_factory=list)
    completed_at: object = None  # the course's completion time, if the learner completed it
    parts: list = field(default_factory=list)  # what feature apps place after this module (completion.py)

    @property
    def progress(self):
        required = [entry for entry in self.lessons if entry.lesson.is_required]
        return Progress(
            done=sum(entry.is_done for entry in required),
            total=len(required),
            completed_at=self.completed_at,
            new_count=sum(entry.is_new for entry in self.lessons),
        )


LESSON_FIELDS = (
    "id",
    "title",
    "slug",
    "url_path",
    "path",
    "depth",
    "is_required",
    "estimated_minutes",
    "live",
    "translation_key",
    "locale_id",
    "alias_of_id",  # with locale_id: the language of the lesson's text, for lang="…" (home_tags.content_lang)
    "first_published_at",  # what is new since a learner completed the course
)


def _live_lessons_under(page):
    return LessonPage.objects.live().descendant_of(page).order_by("path").only(*LESSON_FIELDS)


def _done_lesson_keys(*, user, course):
    """Translation keys of the course's lessons the learner has done, in whichever language they studied."""
    if not user.is_authenticated:
        return set()
    done = LessonCompletion.objects.filter(user=user, course__translation_key=course.translation_key)
    return set(done.values_list("lesson__translation_key", flat=True))


def _enrolment(*, user, course):
    if not user.is_authenticated:
        return None
    enrolments = Enrolment.objects.filter(user=user, course__translation_key=course.translation_key)
    return enrolments.select_related("last_lesson").first()


def _lesson_entry(lesson, *, done_keys, completed_at):
    is_done = lesson.translation_key in done_keys
    is_new = is_new_since(lesson, is_done=is_done, completed_at=completed_at)
    return LessonEntry(lesson=lesson, is_done=is_done, is_new=is_new)


def _completed_at(enrolment):
    return enrolment.completed_at if enrolment is not None else None


def _course_modules(*, course, done_keys, completed_at=None):
    """The course's live modules, each with its live lessons and whether the learner has done them."""
    modules = list(ModulePage.objects.live().child_of(course).order_by("path"))
    by_path = {module.path: ModuleEntry(module=module, completed_at=completed_at) for module in modules}
    for lesson in _live_lessons_under(course):
        entry = by_path.get(lesson.path[: -Page.steplen])
        if entry is not None:  # lessons of an unpublished module are out of reach
            entry.lessons.append(_lesson_entry(lesson, done_keys=done_keys, completed_at=completed_at))
    return [by_path[module.path] for module in modules]


def _course_progress(module_entries, completed_at=None):
    return Progress(
        done=sum(entry.progress.done for entry in module_entries),
        total=sum(entry.progress.total for entry in module_entries),
        completed_at=completed_at,
        new_count=sum(entry.progress.new_count for entry in module_entries),
    )


def with_learner_lessons(progress, additions):
    """The learner's own progress in a course: its common lessons (`progress`) plus the required lessons
    feature apps add for them (`additions`: LearnerLessons or CourseParts, anything with done and total).
    The course page, My learning and the lesson's progress box all count through here."""
    progress.done += sum(item.done for item in additions)
    progress.total += sum(item.total for item in additions)
    return progress


def in_reading_order(lessons, additions, *, module_of):
    """The learner's lessons of a course in the order they read them: `lessons` ([(page, is_done)] of the
    course's own modules, in order), with the lessons of each of `additions` (LearnerLessons) after the
    module whose key `module_of(page)` gives, or after the course's own lessons when that module has none."""
    placed, trailing = {}, []
    keys = {module_of(page) for page, _done in lessons}
    for addition in additions:
        items = [(item.page, item.is_done) for item in addition.lessons]
        if addition.after_module_key in keys:
            placed.setdefault(addition.after_module_key, []).extend(items)
        else:
            trailing.extend(items)
    ordered = []
    for i, (page, is_done) in enumerate(lessons):
        ordered.append((page, is_done))
        key = module_of(page)
        if i + 1 == len(lessons) or module_of(lessons[i + 1][0]) != key:
            ordered.extend(placed.pop(key, []))
    return ordered + trailing


def first_open_lesson(ordered):
    """The first lesson not yet done, for 'continue'; None when all are done."""
    return next((page for page, is_done in ordered if not is_done), None)


def _next_lesson(module_entries, trailing_parts):
    """The first lesson not yet done, the lessons that parts add (the municipality's own) counted where they
    are placed; the first lesson when all are done."""
    ordered = []
    for entry in module_entries:
        ordered += [(item.lesson, item.is_done) for item in entry.lessons]
        ordered += [(item.page, item.is_done) for part in entry.parts for item in part.lessons]
    ordered += [(item.page, item.is_done) for part in trailing_parts for item in part.lessons]
    return first_open_lesson(ordered) or (ordered[0][0] if ordered else None)


def course_overview(*, course, user):
    done_keys = _done_lesson_keys(user=user, course=course)
    enrolment = _enrolment(user=user, course=course)
    completed_at = _completed_at(enrolment)
    modules = _course_modules(course=course, done_keys=done_keys, completed_at=completed_at)
    # What feature apps add for this learner (their municipality's own lessons, a workshop to attend): placed
    # after the module it names, and counted in this learner's progress, never in the network's figures.
    parts = completion.course_parts(user=user, course=course) if user.is_authenticated else []
    progress = with_learner_lessons(_course_progress(modules, completed_at), parts)

    def placed_after(part, entry):
        return part.after_module_id == entry.module.id or (
            part.after_module_key is not None and part.after_module_key == entry.module.translation_key
        )

    for entry in modules:
        entry.parts = [part for part in parts if placed_after(part, entry)]
    placed = {id(part) for entry in modules for part in entry.parts}
    trailing = [part for part in parts if id(part) not in placed]
    return {
        "modules": modules,
        "course_parts": trailing,
        "progress": progress,
        "enrolment": enrolment,
        "next_lesson": _next_lesson(modules, trailing),
        "new_lessons": [lesson.lesson for entry in modules for lesson in entry.lessons if lesson.is_new],
        "tag_list": list(course.tags.all()),
    }


def module_overview(*, module, user):
    course = CoursePage.objects.live().parent_of(module).first() or module.get_parent().specific
    done_keys = _done_lesson_keys(user=user, course=course)
    enrolment = _enrolment(user=user, course=course)
    completed_at = _completed_at(enrolment)
    lessons = [
        _lesson_entry(lesson, done_keys=done_keys, completed_at=completed_at) for lesson in _live_lessons_under(module)
    ]
    entry = ModuleEntry(module=module, lessons=lessons, completed_at=completed_at)
    return {
        "course": course,
        "lessons": lessons,
        "module_progress": entry.progress,
        "enrolment": enrolment,
    }


def _course_tree_rows(*, course_path, user):
    """The course page, its live modules and its live lessons in one query, lessons marked done or not."""
    rows = (
        Page.objects.live()
        .filter(path__startswith=course_path, depth__lte=len(course_path) // Page.steplen + 2)
        .order_by("path")
        .annotate(is_required=F("lessonpage__is_required"))
        .only(
            *("id", "title", "slug", "url_path", "path", "depth", "live", "content_type_id", "translation_key"),
            *("locale_id", "alias_of_id"),  # the language of the text, for lang="…" (home_tags.content_lang)
            "first_published_at",
        )
    )
    if user.is_authenticated:
        # Done in any language counts: completions point at the default-language lesson.
        done = LessonCompletion.objects.filter(user=user, lesson__translation_key=OuterRef("translation_key"))
        rows = rows.annotate(is_done=Exists(done))
    return list(rows)


def lesson_context(*, lesson, user):
    """Breadcrumbs, previous/next lesson across modules, and progress of the module and the course."""
    course_path = lesson.path[: -2 * Page.steplen]
    module_path = lesson.path[: -Page.steplen]
    rows = _course_tree_rows(course_path=course_path, user=user)
    course = next((row for row in rows if row.path == course_path), None)
    module = next((row for row in rows if row.path == module_path), None)
    if module is None or course is None:  # a preview of a lesson not yet saved in the tree
        return {"module_lessons": [], "is_done": False, "enrolment": None}
    live_modules = {row.path for row in rows if row.depth == course.depth + 1}
    lessons = [row for row in rows if row.depth == lesson.depth and row.path[: -Page.steplen] in live_modules]
    done_ids = {row.id for row in lessons if getattr(row, "is_done", False)}
    position = next((i for i, item in enumerate(lessons) if item.id == lesson.id), None)
    previous_lesson = lessons[position - 1] if position else None
    next_lesson = lessons[position + 1] if position is not None and position + 1 < len(lessons) else None
    module_lessons = [item for item in lessons if item.path.startswith(module.path)]
    enrolment = _enrolment(user=user, course=course)
    completed_at = _completed_at(enrolment)

    def entry(item):
        is_done = item.id in done_ids
        return LessonEntry(
            lesson=item, is_done=is_done, is_new=is_new_since(item, is_done=is_done, completed_at=completed_at)
        )

    module_entries = [entry(item) for item in module_lessons]
    module_rows = [row for row in rows if row.depth == course.depth + 1]
    module_index = next((i for i, row in enumerate(module_rows) if row.id == module.id), 0)
    previous_module = module_rows[module_index - 1] if module_index else None
    original = canonical(lesson)
    # What the translation lacks of what completes the lesson, shown from the original (in its language).
    fallback_blocks = missing_completion_blocks(translation=lesson, original=original)
    return {
        "original_lesson": original,
        "fallback_blocks": fallback_blocks,
        "lesson_has_quiz": lesson.has_quiz or any(block.block_type == "quiz" for block in fallback_blocks),
        # "Module 2 of 4 · Lesson 3 of 5" at the top of the lesson, so a phone shows where the reader is.
        "module_number": module_index + 1,
        "module_count": len(module_rows),
        "lesson_number": next((i + 1 for i, item in enumerate(module_lessons) if item.id == lesson.id), 1),
        "lesson_count": len(module_lessons),
        # For sequencing (assessments): the previous module and whether its required lessons are all done,
        # read from the rows above, so the lock notice at the top of the lesson costs no query of its own.
        "previous_module": previous_module,
        "previous_module_done": previous_module is None
        or all(
            getattr(row, "is_done", False)
            for row in lessons
            if row.path.startswith(previous_module.path) and row.is_required
        ),
        "course": course,
        "module": module,
        "module_lessons": module_entries,
        "previous_lesson": previous_lesson,
        "next_lesson": next_lesson,
        "is_done": lesson.id in done_ids,
        "is_new": any(item.is_new and item.lesson.id == lesson.id for item in module_entries),
        "module_progress": _progress_of(module_entries, completed_at),
        # The course's progress counts the municipality's own lessons too, as the course page and My learning do.
        "course_progress": with_learner_lessons(
            _progress_of([entry(item) for item in lessons], completed_at),
            completion.learner_lessons(user=user, courses=[course]).get(course.translation_key, []),
        ),
        "enrolment": enrolment,
    }


def _progress_of(entries, completed_at):
    required = [item for item in entries if item.lesson.is_required]
    return Progress(
        done=sum(item.is_done for item in required),
        total=len(required),
        completed_at=completed_at,
        new_count=sum(item.is_new for item in entries),
    )


@dataclass
class LearningEntry:
    enrolment: Enrolment
    course: CoursePage
    progress: Progress
    continue_lesson: LessonPage | None
    new_lessons: list = field(default_factory=list)  # added since the learner completed the course


def my_learning(*, user):
    """The learner's courses with progress and where to continue, in five queries whatever their number (and
    the few that supplements of the learner's municipality take: courses/completion.py, learner lessons)."""
    enrolments = list(
        Enrolment.objects.filter(user=user, course__live=True)
        .select_related("course", "last_lesson")
        .order_by("completed_at", "-last_activity_at", "-enrolled_at")
    )
    if not enrolments:
        return []
    course_ids = [enrolment.course_id for enrolment in enrolments]
    prefix_length = enrolments[0].course.depth * Page.steplen
    totals = dict(
        LessonPage.objects.live()
        .filter(is_required=True, path__startswith=enrolments[0].course.path[: -Page.steplen])
        .annotate(course_path=Substr("path", 1, prefix_length))
        .order_by()
        .values("course_path")
        .annotate(n=Count("id"))
        .values_list("course_path", "n")
    )
    done = dict(
        LessonCompletion.objects.filter(
            user=user, course_id__in=course_ids, lesson__live=True, lesson__is_required=True
        )
        .order_by()
        .values("course_id")
        .annotate(n=Count("id"))
        .values_list("course_id", "n")
    )
    # First lesson not done per course, for learners who have not opened any lesson yet.
    done_ids = set(
        LessonCompletion.objects.filter(user=user, course_id__in=course_ids).values_list("lesson_id", flat=True)
    )
    course_lessons, new_lessons = {}, {}
    completed_at = {enrolment.course.path: enrolment.completed_at for enrolment in enrolments}
    for lesson in (
        LessonPage.objects.live()
        .filter(path__startswith=enrolments[0].course.path[: -Page.steplen])
        .order_by("path")
        .only("id", "title", "url_path", "path", "is_required", "first_published_at", "translation_key")
    ):
        course_path = lesson.path[:prefix_length]
        is_done = lesson.id in done_ids
        course_lessons.setdefault(course_path, []).append((lesson, is_done))
        if is_new_since(lesson, is_done=is_done, completed_at=completed_at.get(course_path)):
            new_lessons.setdefault(course_path, []).append(lesson)
    # The municipality's own lessons (supplements) count in this learner's progress and in where they continue.
    additions = completion.learner_lessons(user=user, courses=[enrolment.course for enrolment in enrolments])
    module_of = _module_keys_by_path(additions, prefix_length=prefix_length)
    continue_lessons, own_lessons = {}, {}
    for enrolment in enrolments:
        last = enrolment.last_lesson
        ordered = in_reading_order(
            course_lessons.get(enrolment.course.path, []),
            additions.get(enrolment.course.translation_key, []),
            module_of=module_of,
        )
        first_open = first_open_lesson(ordered)
        if last is not None and last.live and last.id not in done_ids:
            continue_lessons[enrolment.pk] = last
        elif isinstance(first_open, LessonPage):
            continue_lessons[enrolment.pk] = first_open
        elif first_open is not None:
            own_lessons[enrolment.pk] = first_open  # shown as it is: the supplement has a language of its own
    # Show courses and lessons in the language the learner is using, where a translation exists.
    courses = in_active_language([enrolment.course for enrolment in enrolments], model=CoursePage)
    all_new = [lesson for found in new_lessons.values() for lesson in found]
    lessons = in_active_language(list(continue_lessons.values()) + all_new, model=LessonPage)
    entries = []
    for enrolment in enrolments:
        course = enrolment.course
        new = new_lessons.get(course.path, [])
        progress = with_learner_lessons(
            Progress(
                done=done.get(course.id, 0),
                total=totals.get(course.path, 0),
                completed_at=enrolment.completed_at,
                new_count=len(new),
            ),
            additions.get(course.translation_key, []),
        )
        continue_lesson = continue_lessons.get(enrolment.pk)
        entries.append(
            LearningEntry(
                enrolment=enrolment,
                course=courses[course.pk],
                progress=progress,
                continue_lesson=lessons[continue_lesson.pk] if continue_lesson else own_lessons.get(enrolment.pk),
                new_lessons=[lessons[lesson.pk] for lesson in new],
            )
        )
    return entries


def _module_keys_by_path(additions, *, prefix_length):
    """module_of(lesson) for in_reading_order() over My learning's default-language lessons: the translation
    key of the lesson's module. One query, and only for a learner with lessons of their own somewhere."""
    keys = {item.after_module_key for found in additions.values() for item in found} - {None}
    if not keys:
        return lambda lesson: None
    paths = dict(
        ModulePage.objects.filter(translation_key__in=keys, locale_id=default_locale_id()).values_list(
            "path", "translation_key"
        )
    )
    return lambda lesson: paths.get(lesson.path[: prefix_length + Page.steplen])


def catalogue_for_request(*, index_page, request):
    """Courses of the catalogue, filtered by theme tag (?tag=) and a search (?q=)."""
    courses = CoursePage.objects.live().child_of(index_page).order_by("path")
    tag_slug = request.GET.get("tag", "").strip()
    query = search_terms(request.GET.get("q", ""))
    active_tag = Tag.objects.filter(slug=tag_slug).first() if tag_slug else None
    if tag_slug:
        courses = courses.filter(tags__slug=tag_slug)
    if query:
        matching_ids = [page.id for page in CoursePage.objects.live().child_of(index_page).search(query)]
        courses = courses.filter(id__in=matching_ids)
    courses = list(courses.select_related("cover_image", "council_term").prefetch_related("tags"))
    cards = course_cards(courses=courses, user=request.user)
    return {
        "courses": courses,
        "cards": [cards[course.id] for course in courses],
        "enrolled_ids": {course.id for course in courses if cards[course.id].progress is not None},
        # The themes of this catalogue's own courses: each language's courses carry themes in that language.
        "all_tags": Tag.objects.filter(
            courses_coursetag_items__content_object__in=CoursePage.objects.live().child_of(index_page)
        )
        .distinct()
        .order_by("name"),
        "active_tag": active_tag,
        "query": query,
    }


def course_index():
    """The catalogue page in the active language, for links in the header of every page. Cached: it changes
    about never, and the cache is cleared when a catalogue page is published, unpublished or moved."""
    language = get_language()
    key = f"{CATALOGUE_CACHE_KEY}:{language}"
    cached = cache.get(key)
    if cached is None:
        page = (
            CourseIndexPage.objects.live().filter(locale__language_code=language).first()
            or CourseIndexPage.objects.live().filter(locale_id=default_locale_id()).first()
        )
        cached = {"id": page.id, "url": page.url, "title": page.title} if page else {}
        cache.set(key, cached, 300)
    return cached or None


def featured_courses(limit=6):
    """Courses of the catalogue in the active language (Finnish where none are translated)."""
    courses = (
        CoursePage.objects.live()
        .order_by("path")
        .select_related("cover_image", "council_term")
        .prefetch_related("tags")
    )
    in_language = courses.filter(locale__language_code=get_language())
    return list(in_language[:limit]) or list(courses.filter(locale_id=default_locale_id())[:limit])


def lesson_after(lesson):
    """The next live lesson of the lesson's course, across modules, in the lesson's own language tree: where
    "Next lesson" leads after a passed quiz. None after the last lesson. One query."""
    course_path = lesson.path[: -2 * Page.steplen]
    live_modules = ModulePage.objects.live().filter(path__startswith=course_path, depth=lesson.depth - 1)
    return (
        LessonPage.objects.live()
        .filter(path__startswith=course_path, path__gt=lesson.path, depth=lesson.depth)
        .filter(Exists(live_modules.filter(path=Substr(OuterRef("path"), 1, (lesson.depth - 1) * Page.steplen))))
        .order_by("path")
        .only("id", "title", "url_path", "path", "locale_id", "alias_of_id")
        .first()
    )


@dataclass
class CourseCard:
    """What a course card shows beyond the course itself: the languages the course is written in and, for an
    enrolled learner, their progress (None when not enrolled)."""

    course: CoursePage
    languages: list  # codes of the languages the course can be read in, the default language first
    progress: Progress | None = None
    entry: object = None  # My learning's LearningEntry, where the card stands for one


def course_cards(*, courses, user, with_progress=True):
    """{course id: CourseCard} for the catalogue's and My learning's cards, in at most four queries whatever the
    number of courses: the languages (copies that are not aliases of the Finnish text), and for a signed-in
    learner their enrolments, the required lessons per course and the lessons they have done (and the two that
    their municipality's own lessons take, courses/completion.py)."""
    if not courses:
        return {}
    keys = {course.translation_key for course in courses}
    languages = available_languages(courses)
    cards = {course.id: CourseCard(course=course, languages=languages.get(course.id, [])) for course in courses}
    if not with_progress or not user.is_authenticated:
        return cards
    enrolments = list(
        Enrolment.objects.filter(user=user, course__translation_key__in=keys).values_list(
            "course__translation_key", "course_id", "course__path", "completed_at"
        )
    )
    if not enrolments:
        return cards
    parent_path = enrolments[0][2][: -Page.steplen]
    prefix_length = len(enrolments[0][2])
    totals = dict(
        LessonPage.objects.live()
        .filter(is_required=True, path__startswith=parent_path)
        .annotate(course_path=Substr("path", 1, prefix_length))
        .order_by()
        .values("course_path")
        .annotate(n=Count("id"))
        .values_list("course_path", "n")
    )
    done = dict(
        LessonCompletion.objects.filter(
            user=user, course_id__in=[row[1] for row in enrolments], lesson__live=True, lesson__is_required=True
        )
        .order_by()
        .values("course_id")
        .annotate(n=Count("id"))
        .values_list("course_id", "n")
    )
    by_key = {key: (course_id, path, completed_at) for key, course_id, path, completed_at in enrolments}
    # The learner's own municipality's lessons count on the cards too, as on the course page and in My learning.
    additions = completion.learner_lessons(
        user=user, courses=[course for course in courses if course.translation_key in by_key]
    )
    for course in courses:
        found = by_key.get(course.translation_key)
        if found:
            course_id, path, completed_at = found
            cards[course.id].progress = with_learner_lessons(
                Progress(done=done.get(course_id, 0), total=totals.get(path, 0), completed_at=completed_at),
                additions.get(course.translation_key, []),
            )
    return cards
