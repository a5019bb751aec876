from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts.views import language_switch
from api.urls import api_urlpatterns, page_urlpatterns

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("kieli/<str:language_code>/", language_switch, name="language_switch"),
    # The reporting API (api/, docs/integrations.md): no language prefix, a client reads codes and ids.
    path("api/v1/", include((api_urlpatterns, "api"))),
]

# Everything a person reads keeps its language in the address: Finnish at the root, /sv/… and /en/….
urlpatterns += i18n_patterns(
    path("tili/", include("accounts.urls")),
    path("", include("courses.urls")),
    path("", include("assessments.urls")),
    path("", include("certificates.urls")),
    path("", include("rosters.urls")),
    path("", include("events.urls")),
    path("", include("supplements.urls")),
    path("", include("pairs.urls")),
    path("osallistuminen/", include("participation.urls")),
    path("arvioinnit/", include("evaluations.urls")),
    path("haku/", include("search.urls")),
    path("", include("discussions.urls")),
    path("rajapinta/", include((page_urlpatterns, "api_keys"))),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(path("", include(wagtail_urls)), prefix_default_language=False)
