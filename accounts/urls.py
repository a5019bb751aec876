from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from . import sign_on_views, views
from .forms import LanguagePasswordResetForm

app_name = "accounts"

urlpatterns = [
    path("kirjaudu/", views.LoginView.as_view(), name="login"),
    # Sign-in with the municipality's account (OpenID Connect, docs/integrations.md); the return address is
    # what the municipality registers at its provider.
    path("kirjaudu/kunta/<str:code>/", sign_on_views.sign_on_start, name="sign_on_start"),
    path("kirjaudu/kunta/<str:code>/paluu/", sign_on_views.sign_on_callback, name="sign_on_callback"),
    path("kirjaudu-ulos/", auth_views.LogoutView.as_view(), name="logout"),
    path("profiili/", views.profile, name="profile"),
    path("omat-tiedot/", views.my_data, name="my_data"),
    path(
        "salasana/unohtui/",
        auth_views.PasswordResetView.as_view(
            success_url=reverse_lazy("accounts:password_reset_done"),
            email_template_name="registration/password_reset_email.txt",
            subject_template_name="registration/password_reset_subject.txt",
            form_class=LanguagePasswordResetForm,
        ),
        name="password_reset",
    ),
    path("salasana/lahetetty/", auth_views.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path(
        "salasana/uusi/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(success_url=reverse_lazy("accounts:password_reset_complete")),
        name="password_reset_confirm",
    ),
    path("salasana/valmis/", auth_views.PasswordResetCompleteView.as_view(), name="password_reset_complete"),
    path(
        "salasana/vaihda/",
        auth_views.PasswordChangeView.as_view(success_url=reverse_lazy("accounts:password_change_done")),
        name="password_change",
    ),
    path("salasana/vaihdettu/", auth_views.PasswordChangeDoneView.as_view(), name="password_change_done"),
]
