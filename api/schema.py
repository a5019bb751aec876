"""How drf-spectacular describes the API: only /api/v1/ (Wagtail's admin API is not ours to publish), and
the key as an HTTP bearer token."""

from drf_spectacular.extensions import OpenApiAuthenticationExtension


def only_this_api(endpoints):
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v1/")]


class ApiKeyScheme(OpenApiAuthenticationExtension):
    target_class = "api.authentication.ApiKeyAuthentication"
    name = "ApiKey"

    def get_security_definition(self, auto_schema):
        return {"type": "http", "scheme": "bearer", "description": "An API key made on the API keys page."}
