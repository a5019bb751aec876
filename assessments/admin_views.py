"""Trainers' admin views: answer statistics per quiz and the reflection answers learners chose to share."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from courses.models import LessonPage

from . import selectors
from .models import Quiz


class _PermissionRequired:
    permission = ""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class QuizStatisticsIndex(_PermissionRequired, WagtailAdminTemplateMixin, TemplateView):
    permission = "assessments.view_quiz"
    page_title = _("Quiz statistics")
    header_icon = "tasks"
    template_name = "assessments/admin/statistics_index.html"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["quizzes"] = selectors.quizzes_with_attempt_counts()
        return context


class QuizStatistics(_PermissionRequired, WagtailAdminTemplateMixin, TemplateView):
    permission = "assessments.view_quiz"
    header_icon = "tasks"
    template_name = "assessments/admin/statistics.html"

    def get_page_title(self):
        return _("Statistics: %(title)s") % {"title": self.quiz.title}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("assessments_admin:statistics_index"), "label": _("Quiz statistics")},
            {"url": "", "label": self.quiz.title},
        ]

    def dispatch(self, request, *args, **kwargs):
        self.quiz = get_object_or_404(Quiz, pk=kwargs["quiz_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["quiz"] = self.quiz
        context.update(selectors.quiz_statistics(quiz=self.quiz))
        return context


class SharedReflectionsIndex(_PermissionRequired, WagtailAdminTemplateMixin, TemplateView):
    permission = "assessments.view_shared_reflections"
    page_title = _("Shared reflections")
    header_icon = "help"
    template_name = "assessments/admin/reflections_index.html"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["lessons"] = selectors.lessons_with_shared_reflections()
        return context


class SharedReflections(_PermissionRequired, WagtailAdminTemplateMixin, TemplateView):
    permission = "assessments.view_shared_reflections"
    header_icon = "help"
    template_name = "assessments/admin/reflections.html"

    def dispatch(self, request, *args, **kwargs):
        self.lesson = get_object_or_404(LessonPage, pk=kwargs["lesson_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Shared reflections: %(title)s") % {"title": self.lesson.title}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("assessments_admin:reflections_index"), "label": _("Shared reflections")},
            {"url": "", "label": self.lesson.title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["lesson"] = self.lesson
        context["questions"] = selectors.shared_reflections(lesson=self.lesson)
        context["threshold"] = selectors.ANONYMITY_THRESHOLD
        return context
