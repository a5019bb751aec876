"""`{% personal_data_tree value %}`: the person's own data (accounts.privacy export) as nested lists a person
can read, the same content as the JSON download."""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

register = template.Library()


def _label(key):
    return str(key).replace("_", " ").capitalize()


def _render(value):
    if isinstance(value, dict):
        if not value:
            return "–"
        rows = format_html_join("", "<dt>{}</dt><dd>{}</dd>", ((_label(k), _render(v)) for k, v in value.items()))
        return format_html('<dl class="data-tree">{}</dl>', rows)
    if isinstance(value, list | tuple):
        if not value:
            return _("none")
        return format_html(
            '<ol class="data-list">{}</ol>', format_html_join("", "<li>{}</li>", ((_render(v),) for v in value))
        )
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    return str(value)


@register.simple_tag
def personal_data_tree(value):
    return format_html("{}", _render(value))


@register.filter
def data_label(key):
    return _label(key)
