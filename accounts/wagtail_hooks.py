"""The audit log in the Wagtail admin, for administrators (superusers) only, and read-only: a log that its
readers could edit would prove nothing. And the municipalities' OpenID Connect providers, for administrators
only: whoever sets one decides who may sign in."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import ModelPermissionPolicy

from .models import AuditEvent, MunicipalSignOn
from .sign_on_admin import MunicipalSignOnForm


class SuperusersMayViewPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return action == "view" and user.is_active and user.is_superuser

    def user_has_any_permission(self, user, actions):
        return "view" in actions and self.user_has_permission(user, "view")

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True, is_superuser=True)
        return users if "view" in actions else users.none()


class AuditEventIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("actor", "subject", "municipality")


class AuditEventViewSet(ModelViewSet):
    model = AuditEvent
    icon = "history"
    add_to_settings_menu = True
    menu_label = _("Audit log")
    copy_view_enabled = False
    index_view_class = AuditEventIndexView
    list_display = ["created_at", "actor", "action", "what_label", "subject", "municipality"]
    list_filter = ["action"]
    search_fields = ["actor__email", "subject__email", "municipality__name_fi", "what"]
    inspect_view_enabled = True
    inspect_view_fields = ["created_at", "actor", "action", "what_label", "subject", "municipality", "detail"]
    form_fields = ["what"]  # unused: no one may add or edit

    @property
    def permission_policy(self):
        return SuperusersMayViewPolicy(self.model)

    def get_permissions_to_register(self):
        return Permission.objects.none()


@hooks.register("register_admin_viewset")
def register_audit_log():
    return AuditEventViewSet("audit_log")


class SuperusersOnlyPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return user.is_active and user.is_superuser

    def user_has_any_permission(self, user, actions):
        return self.user_has_permission(user, "")

    def users_with_any_permission(self, actions):
        return get_user_model().objects.filter(is_active=True, is_superuser=True)


class MunicipalSignOnViewSet(ModelViewSet):
    model = MunicipalSignOn
    icon = "key"
    add_to_settings_menu = True
    menu_label = _("Sign-in with the municipality's account")
    copy_view_enabled = False
    inspect_view_enabled = False
    list_display = ["municipality", "issuer", "client_id", "enabled"]
    list_filter = ["enabled"]
    search_fields = ["municipality__name_fi", "issuer"]

    def get_form_class(self, for_update=False):
        return MunicipalSignOnForm

    @property
    def permission_policy(self):
        return SuperusersOnlyPolicy(self.model)

    def get_permissions_to_register(self):
        return Permission.objects.none()


@hooks.register("register_admin_viewset")
def register_municipal_sign_on():
    return MunicipalSignOnViewSet("municipal_sign_on")
