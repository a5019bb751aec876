from django.urls import path

from . import account_views, group_views, views

app_name = "discussions"

urlpatterns = [
    path("keskustelut/kysy/<id:page_id>/", views.ask, name="ask"),
    path("keskustelut/vastaa/<id:post_id>/", views.answer, name="answer"),
    path("keskustelut/hyodyllinen/<id:post_id>/", views.helpful, name="helpful"),
    path("keskustelut/piilota/<id:post_id>/", views.hide, name="hide"),
    path("keskustelut/ilmoita/<id:post_id>/", views.report, name="report"),
    path("keskustelut/ilmoitetut/", views.reported, name="reported"),
    path("keskustelut/asetukset/", account_views.preferences, name="preferences"),
    path("keskustelut/peru/<str:token>/", account_views.unsubscribe, name="unsubscribe"),
    path("keskustelut/peru/<str:token>/heti/", account_views.one_click, name="one_click"),
    path("keskustelut/moderaattorit/<str:code>/", account_views.moderators, name="moderators"),
    path("vertaisryhmat/", group_views.group_list, name="groups"),
    path("vertaisryhmat/<id:group_id>/", group_views.group_detail, name="group"),
    path("vertaisryhmat/<id:group_id>/kysy/", views.ask_in_group, name="ask_in_group"),
    path("vertaisryhmat/<id:group_id>/jasenet/", group_views.group_members_change, name="group_members"),
    path("vertaisryhmat/<id:group_id>/tapahtumat/", group_views.group_events_change, name="group_events"),
]
