import zlib

from django import template
from django.templatetags.static import static

from courses import selectors

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


@register.simple_tag
def course_cover(course):
    """The static illustration for a course that has no cover image of its own."""
    slugs = {tag.slug for tag in course.tags.all()}  # prefetched by the card selectors
    for slug, cover in COVERS_BY_THEME:
        if slug in slugs:
            return static(f"img/covers/{cover}.svg")
    index = zlib.crc32(str(course.translation_key).encode()) % len(COVERS)
    return static(f"img/covers/{COVERS[index]}.svg")
