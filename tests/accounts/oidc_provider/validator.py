"""The provider's claims: e-mail and email_verified from the test's user list, and for a few users on purpose a
token that a careful client must refuse: issued for another client, already expired, or with a foreign nonce."""

import json
import os
import time

from oauth2_provider.oauth2_validators import OAuth2Validator


def _people():
    with open(os.environ["OIDC_PROVIDER_PEOPLE"]) as file:
        return {person["username"]: person for person in json.load(file)}


class TestProviderValidator(OAuth2Validator):
    oidc_claim_scope = None  # every claim in every token, as many real providers do

    def get_additional_claims(self, request):
        person = _people().get(request.user.username, {})
        claims = {"email": person.get("email", request.user.email)}
        # As Entra ID does for organisational accounts, some people's tokens carry no email_verified at all.
        if person.get("email_verified", True) is not None:
            claims["email_verified"] = person.get("email_verified", True)
        if "xms_edov" in person:
            claims["xms_edov"] = person["xms_edov"]
        return claims

    def get_id_token_dictionary(self, token, token_handler, request):
        claims, expiration_time = super().get_id_token_dictionary(token, token_handler, request)
        misbehaviour = _people().get(request.user.username, {}).get("misbehave")
        if misbehaviour == "audience":
            claims["aud"] = "another-client"
        elif misbehaviour == "expired":
            claims["exp"] = int(time.time()) - 3600
            claims["iat"] = int(time.time()) - 7200
        elif misbehaviour == "nonce":
            claims["nonce"] = "a-nonce-from-another-sign-in"
        elif misbehaviour == "issuer":
            claims["iss"] = "http://127.0.0.1:9/another-provider"
        return claims, expiration_time
