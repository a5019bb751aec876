from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import TranslationStatusView


@hooks.register("register_admin_urls")
def translation_status_urls():
    return [path("kaannokset/", TranslationStatusView.as_view(), name="courses_translation_status")]


@hooks.register("register_admin_menu_item")
def translation_status_menu_item():
    return MenuItem(_("Translation status"), reverse("courses_translation_status"), icon_name="globe", order=250)
