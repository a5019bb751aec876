from django.urls import path

from . import views

app_name = "assessments"

urlpatterns = [
    path("oppitunnit/<id:lesson_id>/kokeet/<id:quiz_id>/aloita/", views.attempt_start, name="attempt_start"),
    path("kokeet/yritykset/<id:attempt_id>/vastaa/", views.attempt_submit, name="attempt_submit"),
    path("kokeet/yritykset/<id:attempt_id>/", views.attempt_feedback, name="attempt_feedback"),
    path(
        "oppitunnit/<id:lesson_id>/pohdinnat/<uuid:block_id>/",
        views.reflection_save,
        name="reflection_save",
    ),
]
