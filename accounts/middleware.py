from django.conf import settings
from django.shortcuts import redirect, resolve_url


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
