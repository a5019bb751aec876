from django.urls import path

from . import coordination_views, invitation_views, network_views, rollover_views, unsubscribe_views, views

app_name = "rosters"

urlpatterns = [
    path("rosterit/<str:code>/", views.roster, name="roster"),
    path("rosterit/<str:code>/tuonti/", views.import_upload, name="import"),
    path("rosterit/<str:code>/tuonti/<id:import_id>/", views.import_preview, name="import_preview"),
    path("rosterit/<str:code>/tuonti/<id:import_id>/tallennettu/", views.import_done, name="import_done"),
    path("rosterit/<str:code>/muistutukset/", views.reminders, name="reminders"),
    path("rosterit/<str:code>/uusi-kausi/", rollover_views.rollover_upload, name="rollover"),
    path("rosterit/<str:code>/uusi-kausi/<id:import_id>/", rollover_views.rollover_preview, name="rollover_preview"),
    path("kutsu/<str:token>/", invitation_views.accept, name="invitation"),
    path("muistutukset/peru/<str:token>/", unsubscribe_views.unsubscribe, name="reminders_unsubscribe"),
    path("muistutukset/peru/<str:token>/heti/", unsubscribe_views.one_click, name="reminders_one_click"),
    path("verkosto/", network_views.network, name="network"),
    path("verkosto/kiitos/", network_views.join_request_sent, name="join_request_sent"),
    path("verkosto/koordinointi/", coordination_views.join_requests, name="join_requests"),
    path(
        "verkosto/koordinointi/<id:request_id>/hyvaksy/",
        coordination_views.join_request_decide,
        {"decision": "approve"},
        name="join_request_approve",
    ),
    path(
        "verkosto/koordinointi/<id:request_id>/hylkaa/",
        coordination_views.join_request_decide,
        {"decision": "decline"},
        name="join_request_decline",
    ),
    path("verkosto/koordinointi/lisaa-jasen/", coordination_views.member_add, name="member_add"),
]
