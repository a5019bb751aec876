from django.urls import path

from . import views

app_name = "supplements"

urlpatterns = [
    path("paikalliset/oppitunnit/<id:page_id>/valmis/", views.local_lesson_complete, name="lesson_complete"),
    path("paikalliset/kunta/<str:code>/toimittajat/", views.editors, name="editors"),
]
