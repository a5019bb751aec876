from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .translation_status import translation_status


class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    """For trainers: which courses and modules exist in Swedish and English, and which need updating."""

    page_title = _("Translation status")
    header_icon = "globe"
    template_name = "courses/admin/translation_status.html"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), **translation_status()}
