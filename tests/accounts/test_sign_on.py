"""Sign-in with the municipality's account (OpenID Connect) against a real provider on 127.0.0.1: Django OAuth
Toolkit in a process of its own (tests/accounts/oidc_provider/). Our side is driven through its public URLs with
the test client; the provider's pages are followed over HTTP as a browser would. The browser version of the
whole journey is tests/browser/test_sign_on.py.

Each refusal is checked to say why in the person's language, to sign nobody in, and to create nothing."""

from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from accounts.models import AuditEvent, MunicipalSignOn, SignOnIdentity
from accounts.sign_on import REFUSALS
from rosters.models import Invitation
from tests.builders import HAMEENLINNA, PORVOO, make_user, municipality

from .oidc_provider.run import provider_running

pytestmark = pytest.mark.django_db

CLIENT_ID = "hameenlinna-koulutus"
CLIENT_SECRET = "provider-client-secret-1"
CALLBACK = "http://testserver/tili/kirjaudu/kunta/109/paluu/"
PEOPLE = [
    {"username": "aino", "email": "aino@hameenlinna.fi", "email_verified": True},
    {"username": "kutsuttu", "email": "kutsuttu@hameenlinna.fi", "email_verified": True},
    {"username": "vaihtanut", "email": "uusi.osoite@hameenlinna.fi", "email_verified": False},
    {"username": "ulkopuolinen", "email": "matti@example.com", "email_verified": True},
    {"username": "vahvistamaton", "email": "eero@hameenlinna.fi", "email_verified": False},
    {"username": "tuntematon", "email": "ei.tilia@hameenlinna.fi", "email_verified": True},
    {"username": "liisa", "email": "liisa@hameenlinna.fi", "email_verified": True},
    {"username": "yllapitaja", "email": "yllapito@hameenlinna.fi", "email_verified": True},
    {"username": "porvoolainen", "email": "pekka@hameenlinna.fi", "email_verified": True},
    {"username": "entra", "email": "entra@hameenlinna.fi", "email_verified": None, "xms_edov": True},
    {"username": "entra-vahvistamaton", "email": "entra2@hameenlinna.fi", "email_verified": None},
    {"username": "toinen-asiakas", "email": "aud@hameenlinna.fi", "email_verified": True, "misbehave": "audience"},
    {"username": "vanhentunut", "email": "exp@hameenlinna.fi", "email_verified": True, "misbehave": "expired"},
    {"username": "vieras-nonce", "email": "nonce@hameenlinna.fi", "email_verified": True, "misbehave": "nonce"},
    {"username": "vieras-iss", "email": "iss@hameenlinna.fi", "email_verified": True, "misbehave": "issuer"},
]


@pytest.fixture(scope="module")
def provider():
    clients = [{"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "redirect_uris": [CALLBACK]}]
    with provider_running(clients=clients, people=PEOPLE) as running:
        yield running


@pytest.fixture
def sign_on(provider, db):
    return MunicipalSignOn.objects.create(
        municipality=municipality(HAMEENLINNA),
        issuer=provider.issuer,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        allowed_email_domains="hameenlinna.fi\nhmlnet.fi",
        enabled=True,
    )


def resident(email, **fields):
    return make_user(email=email, municipality=municipality(HAMEENLINNA), **fields)


def back_from_provider(client, provider, username, *, language="fi", code=HAMEENLINNA):
    """Start at our button, sign in at the provider; the path and query the provider sends the browser back to."""
    with translation.override(language):
        start = client.get(reverse("accounts:sign_on_start", args=[code]))
    assert start.status_code == 302, start
    query = parse_qs(urlsplit(start["Location"]).query)
    assert query["code_challenge_method"] == ["S256"] and query["code_challenge"][0]
    assert query["state"][0] and query["nonce"][0]
    back = urlsplit(provider.sign_in(start["Location"], username))
    assert (back.scheme, back.netloc) == ("http", "testserver")
    return urlunsplit(("", "", back.path, back.query, ""))


def signed_in_user(client):
    user_id = client.session.get("_auth_user_id")
    return get_user_model().objects.get(pk=user_id) if user_id else None


def refusal_shown(client, response, reason, *, language="fi", email=""):
    """The refusal sends the person back to the login page in their language, saying why, signed in as nobody."""
    assert response.status_code == 302
    with translation.override(language):
        assert response["Location"] == reverse("accounts:login")
        name = municipality(HAMEENLINNA).display_name(language)
        expected = str(REFUSALS[reason]) % {"email": email or "–", "municipality": name}
    assert [str(m) for m in get_messages(response.wsgi_request)] == [expected]
    assert signed_in_user(client) is None
    assert escape(expected) in client.get(response["Location"]).content.decode()  # shown on the login page
    return expected


def refusals_logged(reason):
    return AuditEvent.objects.filter(action=AuditEvent.Action.SIGN_IN_REFUSED, detail__reason=reason).count()


# The journey that works


def test_first_sign_in_links_the_verified_address_and_lands_on_my_learning(client, provider, sign_on):
    aino = resident("aino@hameenlinna.fi", preferred_language="fi")
    response = client.get(back_from_provider(client, provider, "aino"))

    assert response.status_code == 302
    assert response["Location"] == reverse("courses:my_learning")
    assert signed_in_user(client) == aino
    identity = SignOnIdentity.objects.get(user=aino)
    assert (identity.issuer, identity.subject) == (provider.issuer, provider.subjects["aino"])
    event = AuditEvent.objects.get(action=AuditEvent.Action.SIGN_IN)
    assert (event.actor, event.subject, event.municipality.code) == (aino, aino, HAMEENLINNA)
    assert event.detail["first_sign_in"] is True
    assert client.get(response["Location"]).status_code == 200


def test_the_person_lands_in_their_own_language(client, provider, sign_on):
    resident("aino@hameenlinna.fi", preferred_language="sv")
    response = client.get(back_from_provider(client, provider, "aino"))
    with translation.override("sv"):
        assert response["Location"] == reverse("courses:my_learning")
    assert response.cookies["django_language"].value == "sv"


def test_an_invited_person_without_a_password_signs_in_and_is_linked(client, provider, sign_on):
    invited = resident("kutsuttu@hameenlinna.fi")
    invited.set_unusable_password()
    invited.save()
    Invitation.objects.create(user=invited)

    response = client.get(back_from_provider(client, provider, "kutsuttu"))

    assert response["Location"] == reverse("courses:my_learning")
    assert signed_in_user(client) == invited
    assert SignOnIdentity.objects.filter(user=invited, subject=provider.subjects["kutsuttu"]).exists()


def test_entra_ids_domain_owner_claim_stands_in_for_a_missing_email_verified(client, provider, sign_on):
    """Entra ID sends no email_verified for organisational accounts; its xms_edov claim counts in its place."""
    person = resident("entra@hameenlinna.fi")
    response = client.get(back_from_provider(client, provider, "entra"))
    assert response["Location"] == reverse("courses:my_learning")
    assert signed_in_user(client) == person


def test_without_either_claim_the_address_is_not_verified(client, provider, sign_on):
    resident("entra2@hameenlinna.fi")
    response = client.get(back_from_provider(client, provider, "entra-vahvistamaton"))
    refusal_shown(client, response, "unverified", email="entra2@hameenlinna.fi")
    assert not SignOnIdentity.objects.exists()


def test_later_sign_ins_match_by_subject_not_by_address(client, provider, sign_on):
    """The person's address at the provider changed (and is not even verified now): the link still holds."""
    aino = resident("aino.vanha@hameenlinna.fi")
    SignOnIdentity.objects.create(user=aino, issuer=provider.issuer, subject=provider.subjects["vaihtanut"])

    response = client.get(back_from_provider(client, provider, "vaihtanut"))

    assert response["Location"] == reverse("courses:my_learning")
    assert signed_in_user(client) == aino
    assert SignOnIdentity.objects.get(user=aino).last_sign_in_at is not None
    assert AuditEvent.objects.get(action=AuditEvent.Action.SIGN_IN).detail["first_sign_in"] is False


def test_a_safe_next_address_is_kept_and_another_site_is_not(client, provider, sign_on):
    resident("aino@hameenlinna.fi")
    start = reverse("accounts:sign_on_start", args=[HAMEENLINNA])
    back = urlsplit(provider.sign_in(client.get(f"{start}?next=/tili/profiili/")["Location"], "aino"))
    assert client.get(f"{back.path}?{back.query}")["Location"] == reverse("accounts:profile")

    client.logout()
    back = urlsplit(provider.sign_in(client.get(f"{start}?next=https://evil.example/")["Location"], "aino"))
    assert client.get(f"{back.path}?{back.query}")["Location"] == reverse("courses:my_learning")


# Who is refused, and that nothing is created


def test_an_address_outside_the_allowed_domains_is_refused(client, provider, sign_on):
    people = get_user_model().objects.count()
    response = client.get(back_from_provider(client, provider, "ulkopuolinen"))
    refusal_shown(client, response, "domain", email="matti@example.com")
    assert get_user_model().objects.count() == people
    assert not SignOnIdentity.objects.exists()
    assert refusals_logged("domain") == 1


def test_an_unverified_address_is_refused_in_swedish_for_a_swedish_start(client, provider, sign_on):
    resident("eero@hameenlinna.fi")
    response = client.get(back_from_provider(client, provider, "vahvistamaton", language="sv"))
    refusal_shown(client, response, "unverified", language="sv", email="eero@hameenlinna.fi")
    assert not SignOnIdentity.objects.exists()
    assert refusals_logged("unverified") == 1


def test_nobody_with_that_address_is_refused_in_english_and_no_account_is_made(client, provider, sign_on):
    people = get_user_model().objects.count()
    response = client.get(back_from_provider(client, provider, "tuntematon", language="en"))
    message = refusal_shown(client, response, "no_account", language="en", email="ei.tilia@hameenlinna.fi")
    assert "No account of Hämeenlinna" in message
    assert get_user_model().objects.count() == people
    assert refusals_logged("no_account") == 1


def test_an_account_linked_to_another_person_at_the_provider_is_not_taken_over(client, provider, sign_on):
    liisa = resident("liisa@hameenlinna.fi")
    SignOnIdentity.objects.create(user=liisa, issuer=provider.issuer, subject="someone-else")
    response = client.get(back_from_provider(client, provider, "liisa"))
    refusal_shown(client, response, "linked_elsewhere", email="liisa@hameenlinna.fi")
    assert list(SignOnIdentity.objects.values_list("subject", flat=True)) == ["someone-else"]
    assert AuditEvent.objects.get(action=AuditEvent.Action.SIGN_IN_REFUSED).subject == liisa


def test_staff_sign_in_with_their_password_only(client, provider, sign_on):
    resident("yllapito@hameenlinna.fi", is_staff=True)
    response = client.get(back_from_provider(client, provider, "yllapitaja"))
    refusal_shown(client, response, "staff", email="yllapito@hameenlinna.fi")
    assert not SignOnIdentity.objects.exists()


def test_a_linked_account_made_staff_afterwards_is_refused_from_then_on(client, provider, sign_on):
    aino = resident("aino@hameenlinna.fi")
    SignOnIdentity.objects.create(user=aino, issuer=provider.issuer, subject=provider.subjects["aino"])
    aino.is_staff = True
    aino.save()
    response = client.get(back_from_provider(client, provider, "aino"))
    refusal_shown(client, response, "staff", email="aino@hameenlinna.fi")


def test_an_account_of_another_municipality_is_not_linked(client, provider, sign_on):
    make_user(email="pekka@hameenlinna.fi", municipality=municipality(PORVOO))
    response = client.get(back_from_provider(client, provider, "porvoolainen"))
    refusal_shown(client, response, "other_municipality", email="pekka@hameenlinna.fi")
    assert not SignOnIdentity.objects.exists()


# What the protocol checks: a token or a return that is not ours


def _refused_by_the_protocol(client, response):
    refusal_shown(client, response, "provider")
    assert not SignOnIdentity.objects.exists()
    assert refusals_logged("provider") == 1


def test_a_tampered_state_is_refused(client, provider, sign_on):
    resident("aino@hameenlinna.fi")
    back = urlsplit(back_from_provider(client, provider, "aino"))
    query = parse_qs(back.query)
    query["state"] = [query["state"][0][:-2] + "xx"]
    _refused_by_the_protocol(client, client.get(f"{back.path}?{urlencode(query, doseq=True)}"))


def test_a_return_without_state_is_refused(client, provider, sign_on):
    resident("aino@hameenlinna.fi")
    back = urlsplit(back_from_provider(client, provider, "aino"))
    query = parse_qs(back.query)
    _refused_by_the_protocol(client, client.get(f"{back.path}?code={query['code'][0]}"))


def test_a_token_for_another_client_is_refused(client, provider, sign_on):
    resident("aud@hameenlinna.fi")
    _refused_by_the_protocol(client, client.get(back_from_provider(client, provider, "toinen-asiakas")))


def test_an_expired_id_token_is_refused(client, provider, sign_on):
    resident("exp@hameenlinna.fi")
    _refused_by_the_protocol(client, client.get(back_from_provider(client, provider, "vanhentunut")))


def test_an_id_token_with_another_sign_ins_nonce_is_refused(client, provider, sign_on):
    resident("nonce@hameenlinna.fi")
    _refused_by_the_protocol(client, client.get(back_from_provider(client, provider, "vieras-nonce")))


def test_an_id_token_from_another_issuer_is_refused(client, provider, sign_on):
    resident("iss@hameenlinna.fi")
    _refused_by_the_protocol(client, client.get(back_from_provider(client, provider, "vieras-iss")))


def test_a_replayed_code_is_refused(client, provider, sign_on):
    aino = resident("aino@hameenlinna.fi")
    back = back_from_provider(client, provider, "aino")
    assert client.get(back)["Location"] == reverse("courses:my_learning")
    client.logout()

    # The same return again: its state was used up with the first.
    refusal_shown(client, client.get(back), "provider")
    assert refusals_logged("provider") == 1

    # The old code with a fresh, valid state of a new sign-in: the provider itself refuses a code used once.
    fresh = parse_qs(urlsplit(client.get(reverse("accounts:sign_on_start", args=[HAMEENLINNA]))["Location"]).query)
    old = urlsplit(back)
    replay = f"{old.path}?{urlencode({'code': parse_qs(old.query)['code'][0], 'state': fresh['state'][0]})}"
    response = client.get(replay)
    refusal_shown(client, response, "provider")
    assert refusals_logged("provider") == 2
    assert SignOnIdentity.objects.filter(user=aino).count() == 1  # the first sign-in's link, nothing more


def test_the_provider_saying_no_is_refused(client, provider, sign_on):
    response = client.get(reverse("accounts:sign_on_callback", args=[HAMEENLINNA]) + "?error=access_denied&state=x")
    _refused_by_the_protocol(client, response)


def test_a_discovery_document_naming_another_issuer_is_refused(client, provider, sign_on):
    sign_on.issuer = provider.issuer + "/"  # the discovery document says ".../o", without the slash
    sign_on.save()
    response = client.get(reverse("accounts:sign_on_start", args=[HAMEENLINNA]))
    _refused_by_the_protocol(client, response)


def test_an_unreachable_provider_is_a_refusal_not_an_error_page(client, sign_on):
    sign_on.issuer = "http://127.0.0.1:9/o"  # the discard port: nothing answers
    sign_on.save()
    _refused_by_the_protocol(client, client.get(reverse("accounts:sign_on_start", args=[HAMEENLINNA])))


# Off until configured


def test_without_a_configuration_the_login_page_is_as_before_and_the_addresses_do_not_exist(client, db):
    page = client.get(reverse("accounts:login")).content.decode()
    assert "sign-on" not in page
    assert client.get(reverse("accounts:sign_on_start", args=[HAMEENLINNA])).status_code == 404
    assert client.get(reverse("accounts:sign_on_callback", args=[HAMEENLINNA])).status_code == 404


def test_a_disabled_configuration_offers_nothing(client, sign_on):
    sign_on.enabled = False
    sign_on.save()
    assert (
        reverse("accounts:sign_on_start", args=[HAMEENLINNA])
        not in client.get(reverse("accounts:login")).content.decode()
    )
    assert client.get(reverse("accounts:sign_on_start", args=[HAMEENLINNA])).status_code == 404


@pytest.mark.parametrize(("language", "name"), [("fi", "Hämeenlinna"), ("sv", "Tavastehus"), ("en", "Hämeenlinna")])
def test_the_login_page_offers_one_button_per_municipality_in_each_language(client, sign_on, language, name):
    """ "Kirjaudu Hämeenlinna-tunnuksella", "Logga in med ditt konto i Tavastehus", "Sign in with your Hämeenlinna
    account" once the catalogues are compiled; the msgid's translation in the page's language in any case."""
    MunicipalSignOn.objects.create(
        municipality=municipality(PORVOO),
        issuer="http://127.0.0.1:9/o",
        client_id="x",
        client_secret="y",
        allowed_email_domains="porvoo.fi",
        enabled=True,
    )
    with translation.override(language):
        page = client.get(reverse("accounts:login")).content.decode()
        start = reverse("accounts:sign_on_start", args=[HAMEENLINNA])
        label = translation.gettext("Sign in with your %(name)s account") % {"name": name}
    assert f'href="{start}">{label}</a>' in page
    assert reverse("accounts:sign_on_start", args=[PORVOO]) in page


def test_the_login_page_costs_the_same_queries_for_one_or_many_municipalities(
    client, sign_on, django_assert_num_queries
):
    client.get(reverse("accounts:login"))

    with CaptureQueriesContext(connection) as one:
        client.get(reverse("accounts:login"))
    for code in (PORVOO, "049", "890"):
        MunicipalSignOn.objects.create(
            municipality=municipality(code),
            issuer="http://127.0.0.1:9/o",
            client_id="x",
            client_secret="y",
            allowed_email_domains="example.fi",
            enabled=True,
        )
    with django_assert_num_queries(len(one)):
        client.get(reverse("accounts:login"))
