from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail.url_routing import RouteResult

from .page_cache import PAGE_SECONDS

BODY_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class HomePage(Page):
    """The front page. The courses it features come from the courses app through a template tag, so that
    this bottom-layer app imports no feature app."""

    lead = models.TextField(_("lead"), blank=True, help_text=_("One or two sentences under the title."))
    body = RichTextField(_("content"), blank=True, features=BODY_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("lead"), FieldPanel("body")]

    parent_page_types = ["wagtailcore.Page"]
    # One per language: each translation of the site has its own home page at the root.
    anonymous_cache_seconds = PAGE_SECONDS  # home/page_cache.py

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        # A deep address (catalogue/course/module/lesson) is found with one lookup by its URL path instead of
        # two queries per level of the tree; anything else takes Wagtail's usual route.
        if len(path_components) > 1:
            url_path = self.url_path + "/".join(path_components) + "/"
            page = Page.objects.live().filter(url_path=url_path, locale_id=self.locale_id).first()
            if page is not None:
                return RouteResult(page.specific)
        return super().route(request, path_components)


class StandardPage(Page):
    """A plain content page: about the service, the accessibility statement, the privacy description."""

    lead = models.TextField(_("lead"), blank=True)
    body = RichTextField(_("content"), features=BODY_FEATURES)

    search_fields = Page.search_fields + [index.SearchField("body")]
    content_panels = Page.content_panels + [FieldPanel("lead"), FieldPanel("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    anonymous_cache_seconds = PAGE_SECONDS

    class Meta:
        verbose_name = _("standard page")
