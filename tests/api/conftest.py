import pytest
from django.test import Client

from api import services
from tests.participation.conftest import world  # noqa: F401 F811 (the participation tests' two municipalities)


class ApiClient:
    """The test client with an API key in the Authorization header."""

    def __init__(self, key=None):
        self.client = Client()
        self.key = key

    def get(self, path, data=None):
        headers = {"Authorization": f"Bearer {self.key}"} if self.key else {}
        return self.client.get(path, data or {}, headers=headers)


@pytest.fixture
def keys(world):  # noqa: F811
    """A key of each kind: leader of A's for A, leader of B's for B, the coordinator's for the network."""
    users = world["users"]
    return {
        "leader_a": services.api_token_create(user=users["leader_a"], name="HR A", municipality=world["a"]).key,
        "leader_b": services.api_token_create(user=users["leader_b"], name="HR B", municipality=world["b"]).key,
        "coordinator": services.api_token_create(user=users["coordinator"], name="Network").key,
    }


@pytest.fixture
def api():
    return ApiClient
