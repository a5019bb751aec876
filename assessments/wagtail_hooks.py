from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_views, statistics_access
from .models import CourseCompletionRule, Quiz


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "tasks"
    menu_label = _("Quizzes")
    list_display = ["title", "mode", "draw_count", "pass_mark_percent", "max_attempts", "updated_at"]
    list_filter = ["mode"]
    search_fields = ["title"]


class CompletionRuleViewSet(SnippetViewSet):
    model = CourseCompletionRule
    icon = "list-ul"
    menu_label = _("Completion rules")
    list_display = ["course", "require_quizzes_passed", "sequential_modules"]


class AssessmentsGroup(SnippetViewSetGroup):
    items = (QuizViewSet, CompletionRuleViewSet)
    menu_icon = "tasks"
    menu_label = _("Quizzes")
    menu_name = "assessments"


register_snippet(AssessmentsGroup)


admin_urls = (
    [
        path("statistics/", admin_views.QuizStatisticsIndex.as_view(), name="statistics_index"),
        path("statistics/<id:quiz_id>/", admin_views.QuizStatistics.as_view(), name="statistics"),
        path("statistics/<id:quiz_id>/csv/", admin_views.QuizStatisticsCsv.as_view(), name="statistics_csv"),
        path("reflections/", admin_views.SharedReflectionsIndex.as_view(), name="reflections_index"),
        path("reflections/<id:lesson_id>/", admin_views.SharedReflections.as_view(), name="reflections"),
    ],
    "assessments_admin",
)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("assessments/", include(admin_urls))]


class _PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


class _StatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        # Statistics follow the pages a person may edit (statistics_access.py), not a quiz permission.
        return statistics_access.may_read_any_statistics(request.user)


@hooks.register("register_admin_menu_item")
def statistics_menu_item():
    return _StatisticsMenuItem(
        _("Quiz statistics"), reverse("assessments_admin:statistics_index"), icon_name="tasks", order=310
    )


@hooks.register("register_admin_menu_item")
def reflections_menu_item():
    return _PermissionMenuItem(
        _("Shared reflections"),
        reverse("assessments_admin:reflections_index"),
        icon_name="help",
        order=320,
        permission="assessments.view_shared_reflections",
    )


@hooks.register("after_copy_page")
def completion_rule_copied_with_its_course(request, page, new_page):
    """Wagtail copies a course's pages but not the rule pointing at it: the copy gets the same rule, so a
    course copied for a new term is completed the same way. Quizzes are snippets the copied lessons still
    point at; attempts belong to the old lessons and stay with them."""
    from .models import CourseCompletionRule

    rule = CourseCompletionRule.objects.filter(course_id=page.pk).first()
    if rule is not None and not CourseCompletionRule.objects.filter(course_id=new_page.pk).exists():
        CourseCompletionRule.objects.create(
            course_id=new_page.pk,
            require_quizzes_passed=rule.require_quizzes_passed,
            sequential_modules=rule.sequential_modules,
        )
