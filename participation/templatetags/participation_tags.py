from django import template
from django.utils.html import format_html

register = template.Library()


@register.filter
def share(counts, name):
    """'12 (34 %)': a count of the municipality's own figures and its share of the group."""
    return _count_and_percent(getattr(counts, name), counts.share(name))


def _count_and_percent(count, percent):
    # The share may wrap below the count in a narrow column, but never breaks inside itself.
    return format_html('{} <span class="participation-percent">({} %)</span>', count, percent)


@register.filter
def shown(figure):
    """A figure under the small-group rule: '< 5', '7', or '12 (34 %)'."""
    if figure.count_hidden:
        return str(figure.hidden_text)
    if figure.shown_percent is None:
        return str(figure.shown_count)
    return _count_and_percent(figure.shown_count, figure.shown_percent)


@register.filter
def shown_percent(figure):
    return str(figure.percent_hidden_text) if figure.shown_percent is None else f"{figure.shown_percent} %"


@register.filter
def percent_of(counts, name):
    """The share alone, as a number: `{{ counts|percent_of:"completed" }}` -> 34."""
    return counts.share(name)
