"""What a person writes, made safe: stored as plain text, shown as paragraphs with links.

Nothing a person types is ever HTML: the text is escaped, web addresses (http and https only) become links,
and the result goes through nh3 (the Ammonia sanitiser) allowing only paragraphs, line breaks and links with
http(s) addresses, as a second guard should the first ever miss something. So no script, no event handler,
no javascript: address and no image (a tracking pixel) can reach a reader.
"""

import html
import re

import nh3
from django.utils.safestring import mark_safe

# Control characters other than tab and newline: NUL breaks PostgreSQL text, the others have no use in a post.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_URL = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
_TRAILING = ".,;:!?)]}"
_ALLOWED_TAGS = {"p", "br", "a"}
_ALLOWED_ATTRIBUTES = {"a": {"href"}}


def text_clean(text):
    """The text as it is stored: line ends made \\n, control characters removed, outer blank space trimmed."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text).strip()


def _linkified(line):
    parts, position = [], 0
    for match in _URL.finditer(line):
        address = match.group(0)
        stripped = address.rstrip(_TRAILING)
        parts.append(html.escape(line[position : match.start()]))
        parts.append(f'<a href="{html.escape(stripped)}">{html.escape(stripped)}</a>')
        parts.append(html.escape(address[len(stripped) :]))
        position = match.end()
    parts.append(html.escape(line[position:]))
    return "".join(parts)


def text_html(text):
    """Safe HTML for a stored text: a paragraph per block of lines, a <br> per line break, links."""
    paragraphs = [block for block in re.split(r"\n\s*\n", text_clean(text)) if block.strip()]
    markup = "".join(
        "<p>" + "<br>".join(_linkified(line) for line in block.split("\n")) + "</p>" for block in paragraphs
    )
    cleaned = nh3.clean(
        markup,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https"},
        link_rel="nofollow noopener noreferrer ugc",
    )
    return mark_safe(cleaned)  # noqa: S308 - escaped above, then sanitised by nh3
