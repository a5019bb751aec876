"""A real OpenID Connect provider for the sign-in tests: Django OAuth Toolkit with OIDC on, in a process of its
own on 127.0.0.1 (serve.py), so the tests exercise discovery, PKCE, the code exchange, JWKS and the ID token's
signature as they happen with a municipality's provider. No part of the provider is mocked; a few of its test
users make it misbehave on purpose (validator.py), as a misconfigured or hostile provider would."""
