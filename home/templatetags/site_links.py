from django import template

from home.links import absolute_url

register = template.Library()


@register.simple_tag
def site_absolute_url(path):
    """{% site_absolute_url path %}: the address home.links.absolute_url() makes, for emails."""
    return absolute_url(path)
