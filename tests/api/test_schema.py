import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_schema_is_openapi_3_and_lists_every_endpoint(client):
    response = client.get(reverse("api:schema"), {"format": "json"})
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    paths = set(schema["paths"])
    assert {
        "/api/v1/municipalities/",
        "/api/v1/municipalities/{code}/figures/",
        "/api/v1/municipalities/{code}/courses/{course_id}/participants/",
        "/api/v1/terms/",
        "/api/v1/courses/",
        "/api/v1/network/figures/",
    } <= paths
    assert all("get" in operations and len(operations) == 1 for operations in schema["paths"].values())
    names = [
        p["name"]
        for p in schema["paths"]["/api/v1/municipalities/{code}/courses/{course_id}/participants/"]["get"]["parameters"]
    ]
    assert {"term", "status", "updated_since", "cursor", "page_size"} <= set(names)


def test_docs_page_loads_its_script_from_this_site(client):
    response = client.get(reverse("api:docs"))
    assert response.status_code == 200
    body = response.content.decode()
    assert "/static/drf_spectacular_sidecar/redoc/" in body
    assert "https://" not in body


def test_writes_are_refused(world, keys, api):
    client = api(keys["leader_a"]).client
    headers = {"Authorization": f"Bearer {keys['leader_a']}"}
    assert client.post(reverse("api:terms"), {}, headers=headers).status_code == 405
    assert client.delete(reverse("api:municipalities"), headers=headers).status_code == 405


def test_requests_beyond_the_rate_are_429(world, keys, api, monkeypatch):
    # Imported before anything changes: REST framework's throttles take their rates from the settings once,
    # when first imported, so a test that changed the settings first would leave its low rates to every later
    # test of the process. The rates are set on the classes here, and monkeypatch puts the originals back.
    from api.throttling import ApiAnonThrottle, ApiKeyThrottle

    rates = {"api_key": "3/minute", "api_anon": "2/minute"}
    monkeypatch.setattr(ApiKeyThrottle, "THROTTLE_RATES", rates)
    monkeypatch.setattr(ApiAnonThrottle, "THROTTLE_RATES", rates)
    client = api(keys["leader_a"])
    statuses = [client.get(reverse("api:terms")).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    # Another key has its own allowance.
    assert api(keys["leader_b"]).get(reverse("api:terms")).status_code == 200
    anonymous = [api(None).get(reverse("api:terms")).status_code for _ in range(2)]
    assert anonymous == [401, 401]
    # Wrong keys from the same address count against the same allowance.
    assert api("uso_123_guess").get(reverse("api:terms")).status_code == 429
