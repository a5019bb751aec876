"""Sections that feature apps show below a lesson's or a module's content (a discussion, for example).

The courses app knows nothing of those apps. An app registers a section here from its AppConfig.ready();
the lesson and module templates render every registered section, in order, with `{% page_extras_html page %}`
(courses/templatetags/lesson_extras_tags.py).

The pages are cached whole for anonymous visitors (home/page_cache.py): what a section shows someone who is
not signed in must not depend on the request beyond the page and the language.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class PageExtra:
    key: str
    template: str
    # context(page=, request=) -> dict for the template, or None when the section shows nothing on this page.
    # Must run a fixed number of queries.
    context: Callable
    order: int = 100


_extras = {}


def register_page_extra(extra):
    _extras[extra.key] = extra
    return extra


def page_extras(*, page, request):
    """(template, context) of each registered section that has something to show on `page`."""
    shown = []
    for extra in sorted(_extras.values(), key=lambda item: item.order):
        context = extra.context(page=page, request=request)
        if context is not None:
            shown.append((extra.template, context))
    return shown
