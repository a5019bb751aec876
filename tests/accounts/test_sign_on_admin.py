"""The municipalities' OpenID Connect providers in the admin: administrators only, and the client secret can be
set or replaced but never read back."""

import pytest
from django.urls import reverse

from accounts.models import MunicipalSignOn
from tests.builders import HAMEENLINNA, make_coordinator, make_trainer, make_user, municipality

pytestmark = pytest.mark.django_db

SECRET = "very-secret-client-secret-123"


def form_data(**fields):
    return {
        "municipality": str(municipality(HAMEENLINNA).pk),
        "issuer": "https://login.microsoftonline.com/tenant-id/v2.0/",
        "client_id": "abc-123",
        "client_secret": SECRET,
        "allowed_email_domains": "Hameenlinna.fi\n@hmlnet.fi\nhameenlinna.fi",
        "enabled": "on",
        **fields,
    }


@pytest.fixture
def administrator(client):
    user = make_user(is_superuser=True, is_staff=True)
    client.force_login(user)
    return user


def test_an_administrator_sets_up_a_provider_and_never_sees_the_secret_again(client, administrator):
    response = client.post(reverse("municipal_sign_on:add"), form_data())
    assert response.status_code == 302
    sign_on = MunicipalSignOn.objects.get()
    assert sign_on.issuer == "https://login.microsoftonline.com/tenant-id/v2.0"  # as discovery writes it
    assert sign_on.client_secret == SECRET
    assert sign_on.allowed_email_domains == "hameenlinna.fi\nhmlnet.fi"
    assert sign_on.enabled

    edit = reverse("municipal_sign_on:edit", args=[sign_on.pk])
    page = client.get(edit)
    assert page.status_code == 200
    assert SECRET not in page.content.decode()
    assert SECRET not in client.get(reverse("municipal_sign_on:index")).content.decode()

    # Saving without typing the secret keeps it; typing one replaces it.
    assert client.post(edit, form_data(client_secret="", client_id="abc-456")).status_code == 302
    sign_on.refresh_from_db()
    assert (sign_on.client_id, sign_on.client_secret) == ("abc-456", SECRET)
    assert client.post(edit, form_data(client_secret="new-secret-456")).status_code == 302
    sign_on.refresh_from_db()
    assert sign_on.client_secret == "new-secret-456"


def test_a_new_provider_needs_a_secret_and_real_domains(client, administrator):
    response = client.post(reverse("municipal_sign_on:add"), form_data(client_secret="", allowed_email_domains="x@y"))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert set(errors) == {"client_secret", "allowed_email_domains"}
    assert not MunicipalSignOn.objects.exists()


@pytest.mark.parametrize("make_person", [make_trainer, make_coordinator, lambda: make_user(is_staff=True)])
def test_no_one_else_reads_or_writes_the_configuration(client, make_person):
    sign_on = MunicipalSignOn.objects.create(
        municipality=municipality(HAMEENLINNA), issuer="https://idp.example.fi", client_id="x", client_secret=SECRET
    )
    client.force_login(make_person())
    for url in (
        reverse("municipal_sign_on:index"),
        reverse("municipal_sign_on:add"),
        reverse("municipal_sign_on:edit", args=[sign_on.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302, url
        assert SECRET not in response.content.decode()
    client.post(reverse("municipal_sign_on:add"), form_data(municipality=str(municipality("638").pk)))
    client.post(reverse("municipal_sign_on:edit", args=[sign_on.pk]), form_data(client_secret="stolen"))
    client.post(reverse("municipal_sign_on:delete", args=[sign_on.pk]))
    assert list(MunicipalSignOn.objects.values_list("client_secret", flat=True)) == [SECRET]
