from django.conf import settings
from django.shortcuts import redirect, resolve_url
from django.utils import translation


class LearnersStayOutOfAdminMiddleware:
    """A signed-in learner who follows a link into the Wagtail admin lands on their own learning page
    instead of the admin's login screen, which would only confuse them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            request.path.startswith("/admin/")
            and user is not None
            and user.is_authenticated
            and not user.has_perm("wagtailadmin.access_admin")
        ):
            return redirect(resolve_url(settings.LOGIN_REDIRECT_URL))
        return self.get_response(request)


class AdminInPersonsLanguageMiddleware:
    """The admin in the language the person chose on the site (their profile, kept by the language switcher).

    The admin's addresses have no language prefix, so LocaleMiddleware gives them the default language and a
    trainer who reads Swedish got a Finnish admin. Wagtail's own setting (Account > Language in the admin), when
    set, still wins: Wagtail applies it in the admin's views after this."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if request.path.startswith("/admin/") and user is not None and user.is_authenticated:
            language = getattr(user, "preferred_language", "")
            if language in dict(settings.LANGUAGES):
                translation.activate(language)
                request.LANGUAGE_CODE = language
        return self.get_response(request)
