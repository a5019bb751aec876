from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import BadgeAssertion, BadgeClass, Certificate


class IssuedOnlyPolicy(ModelPermissionPolicy):
    """Certificates and awarded badges come only from completed courses: the admin may revoke them, never
    create one by hand."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)


class CertificateViewSet(SnippetViewSet):
    model = Certificate
    icon = "doc-full"
    menu_label = _("Certificates")
    list_display = ["recipient_name", "course_title", "completed_on", "code", "revoked"]
    list_filter = ["revoked"]
    search_fields = ["recipient_name", "course_title", "code"]

    @cached_property
    def permission_policy(self):
        return IssuedOnlyPolicy(self.model)


class BadgeClassViewSet(SnippetViewSet):
    model = BadgeClass
    icon = "pick"
    menu_label = _("Badges")
    list_display = ["name", "course", "created_at"]


class BadgeAssertionViewSet(SnippetViewSet):
    model = BadgeAssertion
    icon = "success"
    menu_label = _("Awarded badges")
    list_display = ["badge_class", "user", "issued_on", "revoked"]
    list_filter = ["revoked"]

    @cached_property
    def permission_policy(self):
        return IssuedOnlyPolicy(self.model)


class CertificatesGroup(SnippetViewSetGroup):
    items = (CertificateViewSet, BadgeClassViewSet, BadgeAssertionViewSet)
    menu_icon = "doc-full"
    menu_label = _("Certificates")
    menu_name = "certificates"


register_snippet(CertificatesGroup)
