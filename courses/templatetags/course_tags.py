import zlib

from django import template
from django.templatetags.static import static
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _

from courses import selectors
from home.selectors import content_language_code

register = template.Library()

# The demo's covers (static/img/covers/, generated SVG illustrations, docs/design.md). A course without a cover
# image of its own gets the picture of its first theme below, in this order, else one chosen by its translation
# key, so that every language shows the same picture.
COVERS_BY_THEME = [
    ("kestävyys", "sustainability"),
    ("kestavyys", "sustainability"),
    ("hållbarhet", "sustainability"),
    ("perehdytys", "council"),
    ("introduktion", "council"),
    ("kaksoisjohtaminen", "cooperation"),
    ("kuntalaki", "documents"),
    ("strategia", "map"),
]
COVERS = ["townhall", "map", "documents", "cooperation", "council", "sustainability"]


@register.inclusion_tag("components/course_cards.html", takes_context=True)
def featured_courses(context, limit=6):
    request = context.get("request")
    courses = selectors.featured_courses(limit=limit)
    user = getattr(request, "user", None)
    if user is None:
        from django.contrib.auth.models import AnonymousUser

        user = AnonymousUser()
    cards = selectors.course_cards(courses=courses, user=user)
    return {"cards": [cards[course.id] for course in courses], "request": request}


@register.simple_tag
def course_catalogue():
    return selectors.course_index()


# Said above a page shown in another language than the reader's: the honest fallback of an untranslated page.
_ONLY_IN = {
    "course": _("This course is only available %(in_language)s so far."),
    "module": _("This module is only available %(in_language)s so far."),
    "lesson": _("This lesson is only available %(in_language)s so far."),
}
IN_LANGUAGE = {"fi": _("in Finnish"), "sv": _("in Swedish"), "en": _("in English")}


@register.inclusion_tag("components/untranslated_notice.html")
def untranslated_notice(page, kind):
    """A notice when `page`'s text is not in the interface language (an alias of the Finnish page, or a Finnish
    page reached from another language): the reader learns why the text is in Finnish."""
    code = content_language_code(page) if getattr(page, "locale_id", None) else None
    if code is None or code == get_language():
        return {"text": None}
    in_language = IN_LANGUAGE.get(code) or get_language_info(code)["name_translated"]
    return {"text": _ONLY_IN[kind] % {"in_language": in_language}, "code": code}


@register.simple_tag
def course_cover(course):
    """The static illustration for a course that has no cover image of its own."""
    slugs = {tag.slug for tag in course.tags.all()}  # prefetched by the card selectors
    for slug, cover in COVERS_BY_THEME:
        if slug in slugs:
            return static(f"img/covers/{cover}.svg")
    index = zlib.crc32(str(course.translation_key).encode()) % len(COVERS)
    return static(f"img/covers/{COVERS[index]}.svg")
