from django.urls import path

from . import views

app_name = "events"

urlpatterns = [
    path("tapahtuma/omat/", views.my_events, name="my_events"),
    path("tapahtuma/omat/uusi-kalenteriosoite/", views.feed_regenerate, name="feed_regenerate"),
    path("tapahtuma/kalenteri/<str:token>.ics", views.feed, name="feed"),
    path("tapahtuma/<id:event_id>/ilmoittaudu/", views.register, name="register"),
    path("tapahtuma/<id:event_id>/peru/", views.cancel, name="cancel"),
    path("tapahtuma/<id:event_id>/tapahtuma.ics", views.event_ics, name="event_ics"),
    path("tapahtuma/<id:event_id>/osallistujat/", views.roster, name="roster"),
    path("tapahtuma/<id:event_id>/osallistujat/tuo/", views.attendance_import, name="attendance_import"),
    path("tapahtuma/<id:event_id>/palaute/", views.feedback, name="feedback"),
    path("tapahtuma/<id:event_id>/palaute/tulokset/", views.feedback_results, name="feedback_results"),
]
