"""Which languages of each course and module are complete, and which fell behind the Finnish original.

A translation is out of date when its Finnish source was published after the translation was: a trainer
changed the original and nobody has updated the translation since. Every untranslated and out-of-date page is
listed by name, and marked when learners depend on it: a required lesson (readers of that language study it in
Finnish) or, worse, a translated lesson that lacks the quiz of its original (its readers are shown the Finnish
quiz; translation.missing_completion_blocks). Three queries for all courses.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import F
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.models import Locale, Page

from .models import CoursePage, LessonPage, ModulePage
from .translation import default_locale_id, missing_completion_blocks


@dataclass
class LanguageStatus:
    language_code: str
    total: int
    translated: int = 0
    outdated: list = field(default_factory=list)
    untranslated: list = field(default_factory=list)
    # Translated lessons lacking a quiz of the original: [(source page, [quiz names])].
    lacking: list = field(default_factory=list)

    @property
    def state(self):
        if self.translated == 0:
            return "missing"
        if self.translated < self.total:
            return "partial"
        return "outdated" if self.outdated or self.lacking else "complete"

    @property
    def label(self):
        return {
            "missing": _("Not translated"),
            "partial": _("%(done)s of %(total)s pages translated") % {"done": self.translated, "total": self.total},
            "outdated": ngettext(
                "Out of date: %(count)s page changed in Finnish",
                "Out of date: %(count)s pages changed in Finnish",
                len(self.outdated) + len(self.lacking),
            )
            % {"count": len(self.outdated) + len(self.lacking)},
            "complete": _("Complete"),
        }[self.state]


@dataclass
class StatusRow:
    page: Page
    level: str  # "course" or "module"
    languages: list


def _target_languages():
    default = Locale.objects.get(pk=default_locale_id()).language_code
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != default]


def translation_status():
    """One row per course and per module (in the default language) with the state of each other language."""
    sources = list(
        Page.objects.live()
        .filter(locale_id=default_locale_id())
        .type(CoursePage, ModulePage, LessonPage)
        .order_by("path")
        .annotate(is_required=F("lessonpage__is_required"))  # None for courses and modules
        .only("id", "title", "path", "depth", "translation_key", "last_published_at", "content_type_id")
    )
    translations = {
        (page.translation_key, page.locale.language_code): page
        for page in Page.objects.live()
        .filter(translation_key__in=[page.translation_key for page in sources])
        .exclude(locale_id=default_locale_id())
        .filter(alias_of__isnull=True)  # an alias shows the Finnish text: not a translation
        .select_related("locale")
        .only("id", "translation_key", "last_published_at", "locale__language_code")
    }
    bodies = _lesson_bodies(sources, translations)
    courses = [page for page in sources if page.specific_class is CoursePage]
    modules = [page for page in sources if page.specific_class is ModulePage]
    languages = _target_languages()
    rows = []
    for course in courses:
        rows.append(_row(course, "course", sources, translations, languages, bodies))
        for module in (m for m in modules if m.path.startswith(course.path)):
            rows.append(_row(module, "module", sources, translations, languages, bodies))
    return {"rows": rows, "languages": languages}


def _lesson_bodies(sources, translations):
    """{page id: lesson with its body} for the lessons in Finnish and their translations, in one query."""
    ids = [page.id for page in sources if page.is_required is not None]
    ids += [page.id for page in translations.values()]
    return {lesson.id: lesson for lesson in LessonPage.objects.filter(id__in=ids).only("id", "body", "alias_of_id")}


def _lacking(source, translation, bodies):
    if source.id not in bodies or translation.id not in bodies:
        return []
    missing = missing_completion_blocks(translation=bodies[translation.id], original=bodies[source.id])
    return [str(block.value) for block in missing]


def _row(page, level, sources, translations, languages, bodies):
    subtree = [source for source in sources if source.path.startswith(page.path)]
    statuses = []
    for code in languages:
        status = LanguageStatus(language_code=code, total=len(subtree))
        for source in subtree:
            translation = translations.get((source.translation_key, code))
            if translation is None:
                status.untranslated.append(source)
                continue
            status.translated += 1
            lacking = _lacking(source, translation, bodies)
            if lacking:
                status.lacking.append((source, lacking))
            elif (source.last_published_at or 0) and translation.last_published_at < source.last_published_at:
                status.outdated.append(source)
        statuses.append(status)
    return StatusRow(page=page, level=level, languages=statuses)
