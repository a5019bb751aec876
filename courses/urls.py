from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("oma-oppiminen/", views.my_learning, name="my_learning"),
    path("kurssit/<id:course_id>/ilmoittaudu/", views.enrol, name="enrol"),
    path("oppitunnit/<id:page_id>/valmis/", views.lesson_complete, name="lesson_complete"),
]
