"""Trainers' admin views: answer statistics per quiz and the reflection answers learners chose to share."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from courses.models import LessonPage

from . import selectors, statistics, statistics_access
from .exports import statistics_csv_response


class _PermissionRequired:
    permission = ""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class _QuizzesOfEditablePagesOnly:
    """Statistics follow the content (statistics_access.py): someone who may edit no page is refused (Wagtail
    redirects to the dashboard with its "no permission" message); a quiz used in no page they may edit is
    answered as if it did not exist."""

    def dispatch(self, request, *args, **kwargs):
        if not statistics_access.may_read_any_statistics(request.user):
            raise PermissionDenied
        if "quiz_id" in kwargs:
            self.quiz = statistics_access.quiz_with_statistics_for(user=request.user, quiz_id=kwargs["quiz_id"])
            if self.quiz is None:
                raise Http404
        return super().dispatch(request, *args, **kwargs)


class QuizStatisticsIndex(_QuizzesOfEditablePagesOnly, WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Quiz statistics")
    header_icon = "tasks"
    template_name = "assessments/admin/statistics_index.html"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["quizzes"] = statistics_access.quizzes_with_statistics_for(self.request.user)
        return context


class QuizStatistics(_QuizzesOfEditablePagesOnly, WagtailAdminTemplateMixin, TemplateView):
    header_icon = "tasks"
    template_name = "assessments/admin/statistics.html"

    def get_page_title(self):
        return _("Statistics: %(title)s") % {"title": self.quiz.title}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("assessments_admin:statistics_index"), "label": _("Quiz statistics")},
            {"url": "", "label": self.quiz.title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        stats = statistics.quiz_statistics(quiz=self.quiz)
        context.update(
            quiz=self.quiz,
            stats=stats,
            questions=stats.questions,
            small_sample_limit=statistics.SMALL_SAMPLE,
        )
        return context


class QuizStatisticsCsv(_QuizzesOfEditablePagesOnly, View):
    def get(self, request, quiz_id):
        return statistics_csv_response(statistics.quiz_statistics(quiz=self.quiz))


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
