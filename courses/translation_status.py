"""Which languages of each course and module are complete, and which fell behind the Finnish original.

A translation is out of date when its Finnish source was published after the translation was: a trainer
changed the original and nobody has updated the translation since. Two queries for all courses.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from .models import CoursePage, LessonPage, ModulePage
from .translation import default_locale_id


@dataclass
class LanguageStatus:
    language_code: str
    total: int
    translated: int = 0
    outdated: list = field(default_factory=list)

    @property
    def state(self):
        if self.translated == 0:
            return "missing"
        if self.translated < self.total:
            return "partial"
        return "outdated" if self.outdated else "complete"

    @property
    def label(self):
        return {
            "missing": _("Not translated"),
            "partial": _("%(done)s of %(total)s pages translated") % {"done": self.translated, "total": self.total},
            "outdated": _("Out of date: %(count)s pages changed in Finnish") % {"count": len(self.outdated)},
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
    courses = [page for page in sources if page.specific_class is CoursePage]
    modules = [page for page in sources if page.specific_class is ModulePage]
    languages = _target_languages()
    rows = []
    for course in courses:
        rows.append(_row(course, "course", sources, translations, languages))
        for module in (m for m in modules if m.path.startswith(course.path)):
            rows.append(_row(module, "module", sources, translations, languages))
    return {"rows": rows, "languages": languages}


def _row(page, level, sources, translations, languages):
    subtree = [source for source in sources if source.path.startswith(page.path)]
    statuses = []
    for code in languages:
        status = LanguageStatus(language_code=code, total=len(subtree))
        for source in subtree:
            translation = translations.get((source.translation_key, code))
            if translation is None:
                continue
            status.translated += 1
            if (source.last_published_at or 0) and translation.last_published_at < source.last_published_at:
                status.outdated.append(source)
        statuses.append(status)
    return StatusRow(page=page, level=level, languages=statuses)
