from django.urls import path

from . import views

app_name = "evaluations"

urlpatterns = [
    path("", views.index, name="index"),
    path("vastaa/<id:round_id>/", views.answer, name="answer"),
    path("verkosto/", views.network, name="network"),
    path("kunta/<str:code>/", views.municipality, name="municipality"),
    path("kunta/<str:code>/avaa/", views.round_open, name="round_open"),
    path("kunta/<str:code>/kierros/<id:round_id>/", views.results, name="results"),
    path("kunta/<str:code>/kierros/<id:round_id>/sulje/", views.round_close, name="round_close"),
    path("kunta/<str:code>/kierros/<id:round_id>/tulosta/", views.results_print, name="results_print"),
    path("kunta/<str:code>/kierros/<id:round_id>/tulokset.xlsx", views.results_export, name="results_export"),
]
