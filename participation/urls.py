from django.urls import path, register_converter

from . import views

app_name = "participation"


class ExportFormatConverter:
    regex = "csv|xlsx"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(ExportFormatConverter, "export_format")

urlpatterns = [
    path("", views.index, name="index"),
    path("kunta/<str:code>/", views.municipality, name="municipality"),
    path(
        "kunta/<str:code>/osallistujat.<export_format:file_format>",
        views.participants_export,
        name="participants_export",
    ),
    path("kunta/<str:code>/yhteenveto.<export_format:file_format>", views.summary_export, name="summary_export"),
    path("kunta/<str:code>/moduulit.csv", views.module_summary_export, name="module_summary_export"),
    path("kunta/<str:code>/nimet-koordinaattorille/", views.coordinator_names, name="coordinator_names"),
    path("verkosto/", views.network, name="network"),
    path("verkosto/yhteenveto.<export_format:file_format>", views.network_export, name="network_export"),
]
