import pytest

from tests.builders import make_course_tree, make_user

from .ralph import PASSWORD, USERNAME, Ralph, ralph_available


@pytest.fixture(scope="module")
def ralph(tmp_path_factory):
    if not ralph_available():
        pytest.skip("Ralph is not installed: run `make ralph` (tests/xapi/ralph.py)")
    server = Ralph(tmp_path_factory.mktemp("ralph"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def lrs_settings(settings):
    """Point the service at a (given) LRS; the address is set by the test."""

    def configure(url):
        settings.XAPI_LRS_URL = url
        settings.XAPI_LRS_USERNAME = USERNAME
        settings.XAPI_LRS_PASSWORD = PASSWORD
        settings.XAPI_TIMEOUT_SECONDS = 5
        settings.XAPI_BATCH_SIZE = 3  # several batches even in a small test

    return configure


@pytest.fixture
def course(db):
    course, lessons = make_course_tree(modules=2, lessons=3)
    return {"course": course, "lessons": lessons, "learner": make_user(first_name="Oona", last_name="Oppija")}
