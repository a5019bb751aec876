"""Rate limits, counted in the shared cache (Redis in production, so every app server counts together)."""

from rest_framework.throttling import AnonRateThrottle, SimpleRateThrottle


class ApiKeyThrottle(SimpleRateThrottle):
    """Requests per key, whoever sends them."""

    scope = "api_key"

    def get_cache_key(self, request, view):
        if request.auth is None:
            return None
        return self.cache_format % {"scope": self.scope, "ident": request.auth.prefix}


class ApiAnonThrottle(AnonRateThrottle):
    """Requests without a valid key, per address: slows down anyone trying keys."""

    scope = "api_anon"
