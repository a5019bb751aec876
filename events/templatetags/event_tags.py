from django import template

from events.selectors import event_calendar as _event_calendar

register = template.Library()


@register.simple_tag
def event_calendar():
    """The calendar page's id, url and title for the site header, or None."""
    return _event_calendar()
