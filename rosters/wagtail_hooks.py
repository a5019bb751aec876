"""The coordinator's network admin in Wagtail: municipalities, memberships, leaders, roles and requests to join.

Every viewset uses CoordinatorPermissionPolicy, so the menu and the views exist only for the coordinator
and superusers; trainers, who also use the admin, never see them.
"""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets import ListingButton

from municipalities.models import JoinRequest, Municipality, MunicipalLeader, NetworkMembership, RoleAssignment

from .admin_views import JoinRequestDecisionView
from .permissions import CoordinatorPermissionPolicy


class PersonByEmailForm(WagtailAdminModelForm):
    """The person is typed as an email address: a drop-down of every account would hold thousands."""

    user = forms.ModelChoiceField(
        label=_("Person (email address)"),
        queryset=get_user_model().objects.all(),
        to_field_name="email",
        widget=forms.EmailInput,
        error_messages={"invalid_choice": _("There is no account with this email address.")},
    )


class SelectRelatedIndexView(generic.IndexView):
    """A listing whose columns follow foreign keys, fetched in the listing's query instead of one per row."""

    select_related = ()

    def get_base_queryset(self):
        return super().get_base_queryset().select_related(*self.select_related)


class NetworkAdminViewSet(ModelViewSet):
    actions = {"add", "change", "delete", "view"}
    copy_view_enabled = False
    select_related = ()

    @property
    def permission_policy(self):
        return CoordinatorPermissionPolicy(self.model, actions=self.actions)

    @property
    def index_view_class(self):
        name = f"{self.model.__name__}IndexView"
        return type(name, (SelectRelatedIndexView,), {"select_related": self.select_related})

    def get_permissions_to_register(self):
        # Access follows municipalities.view_network, not the model permissions; offering those in the group
        # editor would suggest otherwise.
        return Permission.objects.none()


class MunicipalityViewSet(NetworkAdminViewSet):
    model = Municipality
    icon = "home"
    actions = {"add", "change", "view"}  # deleting a municipality would delete its people's roles
    list_display = ["name_fi", "code", "name_sv"]
    search_fields = ["name_fi", "name_sv", "code"]
    form_fields = ["code", "name_fi", "name_sv"]

    def get_permissions_to_register(self):
        # Giving a group this permission is how someone becomes the network coordinator.
        return Permission.objects.filter(content_type__app_label="municipalities", codename="view_network")


class NetworkMembershipViewSet(NetworkAdminViewSet):
    model = NetworkMembership
    icon = "group"
    list_display = ["municipality", "network", "joined_on", "left_on"]
    list_filter = ["network"]
    search_fields = ["municipality__name_fi", "municipality__code"]
    form_fields = ["network", "municipality", "joined_on", "left_on"]
    select_related = ("municipality", "network")


class MunicipalLeaderViewSet(NetworkAdminViewSet):
    model = MunicipalLeader
    icon = "user"
    list_display = ["user", "municipality"]
    search_fields = ["user__email", "user__last_name", "municipality__name_fi"]
    select_related = ("user", "municipality")

    def get_form_class(self, for_update=False):
        class Form(PersonByEmailForm):
            class Meta:
                model = MunicipalLeader
                fields = ["user", "municipality"]

        return Form


class RoleAssignmentViewSet(NetworkAdminViewSet):
    model = RoleAssignment
    icon = "tag"
    list_display = ["user", "municipality", "role", "body", "term"]
    list_filter = ["role", "term"]
    search_fields = ["user__email", "user__last_name", "municipality__name_fi", "body"]
    select_related = ("user", "municipality", "term")

    def get_form_class(self, for_update=False):
        class Form(PersonByEmailForm):
            class Meta:
                model = RoleAssignment
                fields = ["user", "municipality", "term", "role", "body"]

        return Form


class JoinRequestIndexView(SelectRelatedIndexView):
    select_related = ("municipality", "network")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.status == JoinRequest.Status.PENDING:
            approve_url = reverse("uso_join_requests:approve", args=[instance.pk])
            decline_url = reverse("uso_join_requests:decline", args=[instance.pk])
            buttons[:0] = [
                ListingButton(_("Approve"), url=approve_url, icon_name="check", priority=1),
                ListingButton(_("Decline"), url=decline_url, icon_name="cross", priority=2),
            ]
        return buttons


class JoinRequestViewSet(NetworkAdminViewSet):
    """Requests come from the public network page; the coordinator approves or declines them here, never
    edits them, so that a decision always goes through rosters.services."""

    model = JoinRequest
    icon = "mail"
    actions = {"view", "delete"}
    index_view_class = JoinRequestIndexView
    list_display = ["municipality", "contact_name", "email", "status", "created_at", "decided_at"]
    list_filter = ["status", "network"]
    search_fields = ["municipality__name_fi", "contact_name", "email"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "municipality",
        "network",
        "contact_name",
        "email",
        "message",
        "status",
        "created_at",
        "decided_by",
        "decided_at",
    ]
    form_fields = ["status"]  # unused: there is no add or edit permission

    def get_urlpatterns(self):
        decision_kwargs = {"index_url_name": self.get_url_name("index")}
        return super().get_urlpatterns() + [
            path(
                "approve/<id:pk>/",
                JoinRequestDecisionView.as_view(decision="approve", **decision_kwargs),
                name="approve",
            ),
            path(
                "decline/<id:pk>/",
                JoinRequestDecisionView.as_view(decision="decline", **decision_kwargs),
                name="decline",
            ),
        ]


class NetworkAdminGroup(ModelViewSetGroup):
    menu_label = _("USO network")
    menu_icon = "group"
    menu_order = 250
    items = (
        JoinRequestViewSet("uso_join_requests"),
        MunicipalityViewSet("uso_municipalities"),
        NetworkMembershipViewSet("uso_memberships"),
        MunicipalLeaderViewSet("uso_leaders"),
        RoleAssignmentViewSet("uso_roles"),
    )


@hooks.register("register_admin_viewset")
def register_network_admin():
    return NetworkAdminGroup()
