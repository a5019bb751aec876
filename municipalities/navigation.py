"""What the site header offers a signed-in person: the admin link, the participation dashboards.

Asked on every page, so the answer is cached per person for a few minutes instead of costing permission
and leadership queries on each request; changing someone's groups or leaderships clears it at once.
"""

from django.core.cache import cache
from django.utils.functional import SimpleLazyObject

from .access import is_network_coordinator
from .models import MunicipalLeader

CACHE_SECONDS = 300


def _cache_key(user_id):
    return f"nav-roles:{user_id}"


def navigation_roles(user):
    if not user.is_authenticated:
        return {"admin": False, "participation": False}
    key = _cache_key(user.pk)
    roles = cache.get(key)
    if roles is None:
        roles = {
            "admin": user.has_perm("wagtailadmin.access_admin"),
            "participation": is_network_coordinator(user) or MunicipalLeader.objects.filter(user=user).exists(),
        }
        cache.set(key, roles, CACHE_SECONDS)
    return roles


def navigation_roles_forget(user_id):
    cache.delete(_cache_key(user_id))


def nav(request):
    """Context processor: `nav.admin`, `nav.participation` in every template, computed only when used."""
    return {"nav": SimpleLazyObject(lambda: navigation_roles(request.user))}
