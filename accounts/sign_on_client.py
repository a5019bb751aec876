"""The OpenID Connect client for a municipality's provider, built with Authlib from the configuration row.

Authlib does the protocol: discovery, the authorisation-code flow with PKCE (S256), state and nonce kept in the
session, the code exchange, and the ID token's checks (signature against the provider's JWKS, issuer, audience,
expiry, nonce). A client is built for each request from the row, so an administrator's change applies at once.
"""

from authlib.common.errors import AuthlibBaseError
from authlib.integrations.django_client import OAuth
from joserfc.errors import JoseError
from requests import RequestException

SCOPE = "openid email profile"
TIMEOUT_SECONDS = 10
# Only signatures made with the provider's published keys: never "none", never a shared secret (HS256).
ASYMMETRIC_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"]

# What can go wrong between us and the provider: a refusal for the person, never an error page.
PROVIDER_ERRORS = (AuthlibBaseError, JoseError, RequestException, ValueError, KeyError, TypeError)


class ProviderMismatch(ValueError):
    """The discovery document names another issuer than the one configured."""


def discovery_url(issuer):
    return issuer.rstrip("/") + "/.well-known/openid-configuration"


def provider_client(sign_on):
    client = OAuth().register(
        name=f"municipality_{sign_on.municipality_id}",
        client_id=sign_on.client_id,
        client_secret=sign_on.client_secret,
        server_metadata_url=discovery_url(sign_on.issuer),
        client_kwargs={"scope": SCOPE, "code_challenge_method": "S256", "default_timeout": TIMEOUT_SECONDS},
    )
    metadata = client.load_server_metadata()
    # OpenID Connect Discovery: the document's issuer must be the one asked for, or tokens could come from a
    # provider nobody configured.
    if metadata.get("issuer") != sign_on.issuer:
        raise ProviderMismatch(f"discovery names issuer {metadata.get('issuer')!r}, configured {sign_on.issuer!r}")
    offered = metadata.get("id_token_signing_alg_values_supported") or ["RS256"]
    metadata["id_token_signing_alg_values_supported"] = [alg for alg in offered if alg in ASYMMETRIC_ALGORITHMS]
    return client


def authorisation_redirect(request, *, sign_on, redirect_uri, language):
    """The redirect to the provider's sign-in page; state, nonce and the PKCE verifier wait in the session."""
    return provider_client(sign_on).authorize_redirect(request, redirect_uri, ui_locales=language)


def verified_claims(request, *, sign_on):
    """The ID token's claims after every check, for the callback `request`; raises one of PROVIDER_ERRORS."""
    token = provider_client(sign_on).authorize_access_token(request)
    claims = token.get("userinfo")
    if not claims or not claims.get("sub"):
        raise ValueError("the provider returned no ID token")
    return dict(claims)
