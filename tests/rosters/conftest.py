import pytest
from django.test import Client
from django.utils import translation

from .builders import municipality


@pytest.fixture(autouse=True)
def _english():
    """Messages are asserted in English (the msgids), whatever catalogues exist."""
    with translation.override("en"):
        yield


@pytest.fixture
def client():
    return Client(HTTP_ACCEPT_LANGUAGE="en")


@pytest.fixture
def hameenlinna(db):
    return municipality("109")


@pytest.fixture
def porvoo(db):
    return municipality("638")
