from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import gettext as _

from municipalities.navigation import landing_url

from . import languages
from .audit import audit_record
from .forms import EmailAuthenticationForm, ProfileForm
from .models import AuditEvent, MunicipalSignOn
from .privacy import personal_data_export, personal_data_sections


class LoginView(auth_views.LoginView):
    form_class = EmailAuthenticationForm
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs):
        # The municipalities whose own accounts sign in here (OpenID Connect); none until one is set up.
        sign_ons = MunicipalSignOn.objects.filter(enabled=True).select_related("municipality")
        language = translation.get_language()
        names = sorted((s.municipality.display_name(language), s.municipality.code) for s in sign_ons)
        return {**super().get_context_data(**kwargs), "sign_on_municipalities": [(c, n) for n, c in names]}

    def get_default_redirect_url(self):
        # Without a safe ?next= (LoginView drops any other), each role lands where its work is.
        return landing_url(self.request.user)

    def get_success_url(self):
        # Land in the language the person chose earlier (their profile), whatever the login page's language.
        url = super().get_success_url()
        return translate_url(url, self.request.user.preferred_language)

    def form_valid(self, form):
        response = super().form_valid(form)
        remember_language(response, form.get_user().preferred_language)
        return response


def remember_language(response, language_code):
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language_code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
    )


def language_switch(request, language_code):
    """Show the current page in another language; signed-in people keep the choice in their profile."""
    if language_code not in languages.LANGUAGE_CODES:
        raise Http404
    url, exact = languages.switch_target(
        request=request,
        language_code=language_code,
        next_url=request.GET.get("next", ""),
        page_id=request.GET.get("page", ""),
    )
    languages.preferred_language_save(user=request.user, language_code=language_code)
    if not exact:
        with translation.override(language_code):
            messages.info(request, _("This page is not available in this language yet; here is the nearest one."))
    response = redirect(url)
    remember_language(response, language_code)
    return response


@login_required
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        with translation.override(user.preferred_language):
            messages.success(request, _("Your details have been saved."))
            response = redirect(translate_url(reverse("accounts:profile"), user.preferred_language))
        remember_language(response, user.preferred_language)
        return response
    return render(request, "accounts/profile.html", {"form": form})


@login_required
def my_data(request):
    """The person's own data: what is stored, and all of it as a machine-readable JSON file."""
    if request.GET.get("download") == "json":
        audit_record(actor=request.user, action=AuditEvent.Action.DATA_DOWNLOAD, what="own data", subject=request.user)
        data = personal_data_export(user=request.user)
        response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})
        response["Content-Disposition"] = 'attachment; filename="omat-tiedot.json"'
        return response
    # The same data, readable on the page: shown only to the person, and logged as the download is.
    audit_record(actor=request.user, action=AuditEvent.Action.VIEW, what="own data", subject=request.user)
    sections = personal_data_sections(user=request.user)
    return render(request, "accounts/my_data.html", {"sections": sections})
