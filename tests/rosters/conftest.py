import pytest
from django.test import Client
from django.utils import translation


@pytest.fixture(autouse=True)
def _english():
    """Messages are asserted in English (the msgids), whatever catalogues exist."""
    with translation.override("en"):
        yield


@pytest.fixture
def client():
    return Client(HTTP_ACCEPT_LANGUAGE="en")
