"""What the site offers a signed-in person, by role: the header's links and where they land after login.

Asked on every page, so the answer is cached per person for a few minutes instead of costing permission
and leadership queries on each request; changing someone's groups or leaderships clears it at once.
"""

from django.core.cache import cache
from django.urls import reverse
from django.utils.functional import SimpleLazyObject

from .access import is_network_coordinator
from .models import MunicipalLeader

CACHE_SECONDS = 300


# Roles that feature apps above this one add to the header (the leadership pair's space, for one): `check(user)`
# returns a bool and is asked with the others, once per person per cache period, never on every page.
_role_checks = {}


def register_navigation_role(key, check):
    _role_checks[key] = check
    return check


def _cache_key(user_id):
    return f"nav-roles:{user_id}"


def navigation_roles(user):
    """{"admin", "coordinator", "participation" and each registered role: bools; "led": codes of the
    municipalities led, by name}."""
    if not user.is_authenticated:
        return {
            "admin": False,
            "participation": False,
            "coordinator": False,
            "led": [],
            **dict.fromkeys(_role_checks, False),
        }
    key = _cache_key(user.pk)
    roles = cache.get(key)
    if roles is None:
        coordinator = is_network_coordinator(user)
        led = list(
            MunicipalLeader.objects.filter(user=user)
            .order_by("municipality__name_fi")
            .values_list("municipality__code", flat=True)
        )
        roles = {
            "admin": user.has_perm("wagtailadmin.access_admin"),
            "coordinator": coordinator,
            "participation": coordinator or bool(led),
            "led": led,
            **{name: bool(check(user)) for name, check in _role_checks.items()},
        }
        cache.set(key, roles, CACHE_SECONDS)
    return roles


def navigation_roles_forget(user_id):
    cache.delete(_cache_key(user_id))


def leader_links(led):
    """The leader's four tasks. With one municipality they open it; with several, the list of them, where
    each municipality offers the same. Evaluations have a list page of their own that also shows the
    surveys the leader answers."""
    if len(led) != 1:
        index = reverse("participation:index")
        return {
            "participants": index,
            "import": index,
            "reminders": index,
            "evaluations": reverse("evaluations:index"),
        }
    code = led[0]
    return {
        "participants": reverse("participation:municipality", args=[code]),
        "import": reverse("rosters:import", args=[code]),
        "reminders": reverse("rosters:reminders", args=[code]),
        "evaluations": reverse("evaluations:municipality", args=[code]),
    }


def landing_url(user):
    """Where a person's work is, for after login: the admin for superusers and trainers, the network
    overview for the coordinator, the dashboard for a municipal leader, "My learning" for everyone else."""
    roles = navigation_roles(user)
    if user.is_superuser:
        return reverse("wagtailadmin_home")
    if roles["coordinator"]:
        return reverse("participation:network")
    if roles["led"]:
        return leader_links(roles["led"])["participants"]
    if roles["admin"]:
        return reverse("wagtailadmin_home")
    return reverse("courses:my_learning")


def _nav(user):
    roles = dict(navigation_roles(user))
    if roles["led"] and not roles["coordinator"]:
        roles["leader"] = leader_links(roles["led"])
    return roles


def nav(request):
    """Context processor: `nav.admin`, `nav.coordinator`, `nav.leader.import`, … in every template, computed
    only when used."""
    return {"nav": SimpleLazyObject(lambda: _nav(request.user))}
