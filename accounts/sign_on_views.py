"""Sign-in with the municipality's account (OpenID Connect): the start and the provider's return. Thin: the
protocol is in sign_on_client.py, who may sign in is in sign_on.py."""

from django.contrib import messages
from django.contrib.auth import login
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from municipalities.navigation import landing_url

from . import sign_on_client
from .models import MunicipalSignOn
from .sign_on import SignOnRefused, sign_on_account, sign_on_refusal_record
from .views import remember_language

# What the callback needs to know of the start, kept in the session next to Authlib's state.
SESSION_LANGUAGE = "sign_on_language"
SESSION_NEXT = "sign_on_next"


def _enabled_sign_on(code):
    return get_object_or_404(
        MunicipalSignOn.objects.select_related("municipality"), municipality__code=code, enabled=True
    )


def callback_uri(request, code):
    # One address for every language: it is registered at the provider as it is, so it has no /sv/ or /en/.
    with translation.override("fi"):
        return request.build_absolute_uri(reverse("accounts:sign_on_callback", args=[code]))


@never_cache
@require_GET
def sign_on_start(request, code):
    sign_on = _enabled_sign_on(code)
    if request.user.is_authenticated:
        return redirect(landing_url(request.user))
    language = translation.get_language()
    next_url = request.GET.get("next", "")
    try:
        response = sign_on_client.authorisation_redirect(
            request, sign_on=sign_on, redirect_uri=callback_uri(request, code), language=language
        )
    except sign_on_client.PROVIDER_ERRORS as error:
        return _refused(request, sign_on, SignOnRefused("provider", municipality=sign_on.municipality), error=error)
    request.session[SESSION_LANGUAGE] = language
    safe = url_has_allowed_host_and_scheme(next_url, {request.get_host()}, require_https=request.is_secure())
    request.session[SESSION_NEXT] = next_url if safe else ""
    return response


@never_cache
@require_GET
def sign_on_callback(request, code):
    sign_on = _enabled_sign_on(code)
    language = request.session.get(SESSION_LANGUAGE, translation.get_language())
    with translation.override(language):
        try:
            claims = sign_on_client.verified_claims(request, sign_on=sign_on)
        except sign_on_client.PROVIDER_ERRORS as error:
            return _refused(request, sign_on, SignOnRefused("provider", municipality=sign_on.municipality), error=error)
        try:
            user = sign_on_account(sign_on=sign_on, claims=claims)
        except SignOnRefused as refused:
            return _refused(request, sign_on, refused, logged=True)
    next_url = request.session.pop(SESSION_NEXT, "")
    request.session.pop(SESSION_LANGUAGE, None)
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    response = redirect(translate_url(next_url or landing_url(user), user.preferred_language))
    remember_language(response, user.preferred_language)
    return response


def _refused(request, sign_on, refused, *, error=None, logged=False):
    """Back to the login page, in the language the person started in, with the reason."""
    if not logged:
        sign_on_refusal_record(sign_on=sign_on, refused=refused, error=f"{type(error).__name__}: {error}")
    messages.error(request, refused.message())
    return redirect(reverse("accounts:login"))
