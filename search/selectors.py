"""What the site-wide search finds: live, public course pages (courses, modules, lessons) and events, written in
the language the visitor reads the site in, best match first."""

import html
from dataclasses import dataclass

from django.core.paginator import Paginator
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.models import Locale, Page

from courses.models import CoursePage, LessonPage, ModulePage
from events.models import EventPage
from home.text import search_terms

PAGE_SIZE = 10
# Longer than any sensible search; beyond this the box answers with a message instead of searching.
MAX_QUERY_LENGTH = 200
SUMMARY_WORDS = 30

KINDS = {CoursePage: "course", ModulePage: "module", LessonPage: "lesson", EventPage: "event"}


@dataclass(frozen=True)
class SearchHit:
    page: Page
    kind: str
    summary: str
    course: Page | None = None
    module: Page | None = None


def searchable_pages(*, language):
    """The pages a search may show: live, without a view restriction, in `language` and written in it (an
    alias in the Swedish tree shows the Finnish original's words, so it is left out)."""
    locale = Locale.objects.filter(language_code=language).first()
    # Wagtail's search filters only on the fields a model declares for filtering (live, path, locale, id, …);
    # aliases are left out through their ids.
    aliases = Page.objects.filter(locale=locale, alias_of__isnull=False).values("id")
    return Page.objects.live().public().type(*KINDS).filter(locale=locale).exclude(id__in=aliases)


def site_search(*, query, language):
    """Search results for the words of `query` (all of them must match), or None when it has no words."""
    terms = search_terms(query, max_length=MAX_QUERY_LENGTH)
    if not terms:
        return None
    return searchable_pages(language=language).search(terms, operator="and")


def _summary(page):
    text = getattr(page, "summary", "") or getattr(page, "description", "")
    return Truncator(html.unescape(strip_tags(text))).words(SUMMARY_WORDS)


def search_page(*, results, number):
    """One page of `results` as hits that name the course and module a lesson or module belongs to. A fixed
    number of queries whatever the page holds: the pages by type, then their courses and modules at once."""
    paginator = Paginator(results, PAGE_SIZE)
    page_obj = paginator.get_page(number)
    ids = [page.pk for page in page_obj.object_list]
    pages = Page.objects.filter(pk__in=ids).specific().in_bulk()
    # The tree is stored as paths of four characters a level: a lesson's module and course are its path
    # without the last one and two steps.
    step = Page.steplen
    parents = set()
    for page in pages.values():
        if isinstance(page, LessonPage):
            parents |= {page.path[:-step], page.path[: -2 * step]}
        elif isinstance(page, ModulePage):
            parents.add(page.path[:-step])
    by_path = {page.path: page for page in Page.objects.filter(path__in=parents)}
    hits = []
    for page_id in ids:
        page = pages.get(page_id)
        if page is None:  # unpublished between the two queries
            continue
        kind = KINDS.get(type(page), "page")
        course = module = None
        if kind == "lesson":
            module, course = by_path.get(page.path[:-step]), by_path.get(page.path[: -2 * step])
        elif kind == "module":
            course = by_path.get(page.path[:-step])
        hits.append(SearchHit(page=page, kind=kind, summary=_summary(page), course=course, module=module))
    return page_obj, hits
