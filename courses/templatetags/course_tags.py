from django import template

from courses import selectors

register = template.Library()


@register.inclusion_tag("components/course_cards.html", takes_context=True)
def featured_courses(context, limit=6):
    return {"courses": selectors.featured_courses(limit=limit), "request": context.get("request")}


@register.simple_tag
def course_catalogue():
    return selectors.course_index()
