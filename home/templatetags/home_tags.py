from django import template
from django.utils.html import format_html
from django.utils.translation import get_language

from home import selectors

register = template.Library()


@register.simple_tag
def accessibility_statement():
    return selectors.accessibility_statement_link()


@register.simple_tag
def privacy_notice():
    return selectors.privacy_notice_link()


@register.simple_tag
def content_lang(page):
    """` lang="fi"` on an element that shows `page`'s text when its language is not the interface's (a
    Finnish course under /en/ that has no English translation yet); nothing otherwise."""
    if getattr(page, "locale_id", None) is None:
        return ""
    code = selectors.content_language_code(page)
    if code is None or code == get_language():
        return ""
    return format_html(' lang="{}"', code)


@register.simple_tag
def demo_content():
    """True on a site that runs the demo (settings.DEMO_CONTENT): its municipalities, people and dates are
    made up, and pages that show them say so."""
    from django.conf import settings

    return getattr(settings, "DEMO_CONTENT", False)
