"""The API itself (/api/v1/…, outside the language prefixes: an API has no language in its address) and the
key pages (/rajapinta/avaimet/, with the site's pages)."""

from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView

from . import token_views, views

api_urlpatterns = [
    path("municipalities/", views.MunicipalityList.as_view(), name="municipalities"),
    path("municipalities/<str:code>/figures/", views.MunicipalityFigures.as_view(), name="municipality_figures"),
    path(
        "municipalities/<str:code>/courses/<id:course_id>/participants/",
        views.ParticipantList.as_view(),
        name="participants",
    ),
    path("terms/", views.TermList.as_view(), name="terms"),
    path("courses/", views.CourseList.as_view(), name="courses"),
    path("network/figures/", views.NetworkFigures.as_view(), name="network_figures"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularRedocView.as_view(url_name="api:schema", template_name="api/redoc.html"), name="docs"),
]

page_urlpatterns = [
    path("avaimet/", token_views.tokens, name="tokens"),
    path("avaimet/<id:token_id>/peru/", token_views.token_revoke, name="token_revoke"),
]
