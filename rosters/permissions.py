"""Who may use the network admin (municipalities, memberships, leaders, roles, join requests)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q
from wagtail.permissions import ModelPermissionPolicy

from municipalities.access import is_network_coordinator


class CoordinatorPermissionPolicy(ModelPermissionPolicy):
    """Only the network coordinator (municipalities.view_network) and superusers, and only for `actions`.

    Trainers also reach the Wagtail admin, and a model permission given to their group by mistake must not
    open the people of every municipality to them; so the model permissions are not consulted at all.
    """

    def __init__(self, model, *, actions):
        super().__init__(model)
        self.actions = set(actions)

    def user_has_permission(self, user, action):
        return action in self.actions and user.is_active and is_network_coordinator(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        User = get_user_model()
        if not self.actions.intersection(actions):
            return User.objects.none()
        permission = Permission.objects.filter(content_type__app_label="municipalities", codename="view_network")
        return User.objects.filter(
            Q(is_superuser=True) | Q(user_permissions__in=permission) | Q(groups__permissions__in=permission),
            is_active=True,
        ).distinct()
