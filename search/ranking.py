"""The words a search result is ranked by: its title first, then the few fields that say what the page is about.

Ranking every match of a common word on its whole body (Wagtail's default) costs a read of every matching
page's full text vector: about 190 ms for the 1,400 lessons that mention "strategia" in the national-scale
benchmark. The search still *matches* on every word of a page; it *ranks* on a short vector held beside the
title in Wagtail's index row (backend.py writes it): the title (weight A) and these fields (weight B). So a page
whose title has the word comes first, then pages whose summary, learning objectives, theme tags or key points
have it, then pages that mention it only in their body, newest first.
"""

import html

from django.utils.html import strip_tags
from wagtail.blocks import StreamValue

# The fields, when a page has them, that say in a few words what it is about.
RANKING_FIELDS = ("summary", "learning_objectives")
# Blocks of a page's body that sum it up (courses.blocks.KeyPointBlock).
RANKING_BLOCKS = ("key_point",)


def _text(value):
    return html.unescape(strip_tags(str(value or ""))).strip()


def ranking_text(obj):
    """The words, besides its title, that rank `obj` in the search; "" for an object with none of them."""
    parts = [_text(getattr(obj, name, "")) for name in RANKING_FIELDS]
    tags = getattr(obj, "tags", None)
    if tags is not None and hasattr(tags, "all"):
        parts += [tag.name for tag in tags.all()]
    body = getattr(obj, "body", None)
    for block in body if isinstance(body, StreamValue) else ():
        if block.block_type in RANKING_BLOCKS:
            parts += [_text(block.value.get("title")), _text(block.value.get("text"))]
    return " ".join(part for part in parts if part)
