"""A lesson's body, rendered once per published revision and language and kept in the shared cache.

Every signed-in councillor of a seminar opens the same lesson; its text, images and documents are the same for
all of them, only the quiz and reflection blocks show the person's own answers. So the blocks that show nothing
personal are cached as HTML, and the personal ones are rendered for each request in their place.

The key holds the page, its live revision and the language, so publishing a new version, or reading another
language, never meets an old entry; and the page cache's generation token (home/page_cache.py), so a changed
image, document or linked page (whose address a rich-text link shows) renders afresh too.
"""

from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from home.page_cache import PAGE_SECONDS, generation

register = template.Library()

# Blocks whose output depends on who is reading: rendered for every request, never cached.
PERSONAL_BLOCKS = {"quiz", "reflection"}


@register.simple_tag(takes_context=True)
def lesson_body(context, page):
    """`{% lesson_body page %}`: what `{% include_block page.body %}` shows, from the cache where it can be."""
    block_context = context.flatten()
    request = context.get("request")
    if not settings.PAGE_CACHE or not page.live_revision_id or getattr(request, "is_preview", False) or not page.live:
        # No shared cache (settings.PAGE_CACHE), or a preview or draft showing unpublished text: rendered as is.
        return mark_safe(_render(page.body, range(len(page.body)), block_context))  # noqa: S308
    key = f"lessonbody:{generation()}:{page.pk}:{page.live_revision_id}:{get_language()}"
    parts = cache.get(key)
    if parts is None:
        parts = _parts(page.body, block_context)
        cache.set(key, parts, PAGE_SECONDS)
    html = (part if isinstance(part, str) else _render(page.body, [part], block_context) for part in parts)
    # Each part is block output Wagtail already escaped, as include_block would return it.
    return mark_safe("".join(html))  # noqa: S308


def _parts(body, block_context):
    """The body as a list: HTML strings for the runs of shared blocks, the index of each personal block."""
    parts = []
    for index, child in enumerate(body):
        if child.block_type in PERSONAL_BLOCKS:
            parts.append(index)
        elif parts and isinstance(parts[-1], str):
            parts[-1] += _render(body, [index], block_context)
        else:
            parts.append(_render(body, [index], block_context))
    return parts


def _render(body, indexes, block_context):
    return "".join(str(body[index].render_as_block(context=block_context)) for index in indexes)
