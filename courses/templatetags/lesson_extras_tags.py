from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from courses.lesson_extras import page_extras

register = template.Library()


@register.simple_tag(takes_context=True)
def page_extras_html(context, page):
    """`{% page_extras_html page %}`: the sections feature apps registered in courses/lesson_extras.py."""
    request = context.get("request")
    if request is None:
        return ""
    parts = [
        render_to_string(template_name, {"page": page, **extra_context}, request=request)
        for template_name, extra_context in page_extras(page=page, request=request)
    ]
    # Each part is a template Django rendered with autoescaping on.
    return mark_safe("".join(parts))  # noqa: S308
