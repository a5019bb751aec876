from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from PIL import Image


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home")

    def ready(self):
        from . import page_cache_signals, signal_handlers  # noqa: F401
        from .converters import converters_register

        # Before any URLconf is loaded: the apps' urls.py and admin hooks use `<id:…>`.
        converters_register()
        # Pillow's own limit follows ours, for any code that opens an image (renditions, badges): it warns
        # above WAGTAILIMAGES_MAX_IMAGE_PIXELS and refuses above twice that (see home/images.py).
        Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
