"""Sign-in with the municipality's account in a real browser: the button on our login page, the provider's own
sign-in page (Django OAuth Toolkit on 127.0.0.1, tests/accounts/oidc_provider/), and back, signed in, on My
learning. The refusals and the protocol's checks are in tests/accounts/test_sign_on.py."""

from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from accounts.models import AuditEvent, MunicipalSignOn, SignOnIdentity
from municipalities.models import Municipality
from tests.accounts.oidc_provider.run import PASSWORD, provider_running
from tests.builders import make_user
from tests.i18n import tr

from .axe import axe_violations, violations_report
from .site_data import HAMEENLINNA

pytestmark = pytest.mark.browser

EMAIL = "selain.kokeilija@hameenlinna.fi"


@pytest.fixture(scope="module")
def provider(live_server):
    client = {
        "client_id": "hameenlinna-selain",
        "client_secret": "browser-client-secret",
        "redirect_uris": [f"{live_server.url}/tili/kirjaudu/kunta/{HAMEENLINNA}/paluu/"],
    }
    people = [{"username": "selain", "email": EMAIL, "email_verified": True}]
    with provider_running(clients=[client], people=people) as running:
        yield running


@pytest.fixture
def sign_on(provider, site):
    hameenlinna = Municipality.objects.get(code=HAMEENLINNA)
    person = make_user(email=EMAIL, municipality=hameenlinna, first_name="Selma")
    sign_on = MunicipalSignOn.objects.create(
        municipality=hameenlinna,
        issuer=provider.issuer,
        client_id="hameenlinna-selain",
        client_secret="browser-client-secret",
        allowed_email_domains="hameenlinna.fi",
        enabled=True,
    )
    yield person
    # The browser tests share one data set: leave it as it was for the next test.
    SignOnIdentity.objects.filter(user=person).delete()
    AuditEvent.objects.filter(subject=person).delete()
    sign_on.delete()
    person.delete()


def test_signing_in_with_the_municipalitys_account_lands_on_my_learning(context, provider, sign_on):
    page = context.new_page()
    page.goto(reverse("accounts:login"))
    violations = axe_violations(page)  # the login page with the municipality's button
    assert not violations, violations_report(violations)
    button = page.get_by_role("link", name=tr("Sign in with your %(name)s account", name="Hämeenlinna"))
    with page.expect_navigation():
        button.click()

    # The provider's own page: our site never sees the password.
    assert page.url.startswith(provider.issuer.removesuffix("/o") + "/login/")
    page.fill("#id_username", "selain")
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation(url=lambda url: urlsplit(url).path == reverse("courses:my_learning")):
        page.get_by_role("button", name="Sign in at the provider").click()

    assert page.get_by_role("heading", level=1).inner_text() == tr("My learning")
    assert SignOnIdentity.objects.get(user=sign_on).subject == provider.subjects["selain"]
