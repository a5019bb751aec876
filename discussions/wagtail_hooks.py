"""Trainers switch discussion on per course in the admin ("Kurssien keskustelut"). Allowed to the trainers'
group and superusers by a policy of its own, so that no permission has to be granted to the group by hand."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy

from courses.setup import TRAINERS_GROUP

from .models import DiscussionSetting


class TrainersPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        if user.is_active and (user.is_superuser or user.groups.filter(name=TRAINERS_GROUP).exists()):
            return True
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class DiscussionSettingViewSet(ModelViewSet):
    model = DiscussionSetting
    icon = "comment"
    menu_label = _("Course discussions")
    menu_order = 230
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    list_display = ["course", "scope", "on_lessons", "on_modules", "peer_group"]
    list_filter = ["scope"]
    form_fields = ["course", "on_lessons", "on_modules", "scope", "peer_group"]

    @property
    def permission_policy(self):
        return TrainersPermissionPolicy(self.model)


@hooks.register("register_admin_viewset")
def register_discussion_settings():
    return DiscussionSettingViewSet("discussion_settings")
