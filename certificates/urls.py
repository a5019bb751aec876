from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("todistukset/", views.my_certificates, name="mine"),
    path("todistukset/tarkista/", views.verify_lookup, name="verify_lookup"),
    path("todistukset/kurssit/<id:course_id>/", views.certificate_for_course, name="certificate_for_course"),
    path("todistukset/<str:code>/", views.verify, name="verify"),
    path("todistukset/<str:code>/todistus.pdf", views.certificate_download, name="certificate_pdf"),
    path("merkit/myontaja/", views.issuer, name="issuer"),
    path("merkit/myontaja/peruutetut/", views.revocation_list, name="revocation_list"),
    path("merkit/luokat/<uuid:uid>/", views.badge_class, name="badge_class"),
    path("merkit/luokat/<uuid:uid>/kuva.png", views.badge_image, name="badge_image"),
    path("merkit/suoritukset/<uuid:uid>/", views.assertion, name="assertion"),
    path("merkit/suoritukset/<uuid:uid>/merkki.png", views.baked_badge, name="baked_badge"),
    path("merkit/kurssit/<id:course_id>/", views.badge_for_course, name="badge_for_course"),
]
