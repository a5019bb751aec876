import pytest

from tests.builders import make_leader

from .builders import make_survey


@pytest.fixture
def survey(db):
    return make_survey()


@pytest.fixture
def leader(hameenlinna):
    return make_leader(hameenlinna)
