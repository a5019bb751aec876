from django.urls import path

from . import views

app_name = "pairs"

urlpatterns = [
    path("johtajapari/", views.pair_space, name="space"),
    path("johtajapari/tehtavat/<id:task_id>/", views.task_mark, name="task_mark"),
    path("johtajapari/muistiinpanot/", views.note_create, name="note_create"),
    path("johtajapari/muistiinpanot/<id:note_id>/poista/", views.note_delete, name="note_delete"),
]
