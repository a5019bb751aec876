import pytest
from django.conf import settings
from django.db import transaction
from django.utils import translation

from tests.builders import HAMEENLINNA, PORVOO, make_user, member_municipality
from tests.database import database_give_back_migrated, database_keep_migrated


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _default_language():
    # LocaleMiddleware leaves the language of the last request (/sv/..., /en/...) active in the thread; without
    # this, reverse() and gettext in the next test would follow whichever test ran before it.
    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture(autouse=True)
def _empty_cache():
    # Cached lookups (catalogue link, header roles, network averages) must not carry over from another test,
    # or from an earlier run when the cache is Redis.
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup):
    """pytest-django's test databases, with the copy of the migrations' rows kept aside (tests/database.py)."""
    database_keep_migrated()


@pytest.fixture
def learner(db, client):
    """A person signed in on `client` with no role beyond learning: the viewer most course tests take."""
    user = make_user()
    client.force_login(user)
    return user


@pytest.fixture
def hameenlinna(db):
    """Hämeenlinna as a member of the USO network: the municipality most tests follow."""
    return member_municipality(HAMEENLINNA)


@pytest.fixture
def porvoo(db):
    """Porvoo as a member of the network: the other municipality, whose people a leader of Hämeenlinna must
    not see."""
    return member_municipality(PORVOO)


@pytest.fixture(scope="module")
def module_transaction(django_db_setup, django_db_blocker):
    """One transaction around a whole test module, rolled back when the module ends. A module fixture that
    depends on it builds data once for every test of the module (the demo takes seconds to load); each test
    still runs in its own savepoint, so what a test writes is undone before the next one."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


def _flushes(item):
    marker = item.get_closest_marker("django_db")
    return bool(marker and marker.kwargs.get("transaction"))


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    # Before the test's fixtures: pytest-django's database helper restores the migrations' rows from the
    # connection object, which must hold them (tests/database.py).
    if _flushes(item):
        database_give_back_migrated()


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    # A transaction=True test ends with a flush that also empties what the data migrations loaded (the page
    # tree's root, municipalities, council terms). serialized_rollback puts that data back at the start of the
    # next such test, not of the others, so these tests run last (after pytest-django's ordering and after the
    # browser tests, whose shared data is removed by tests/database.py when the last of them ends); xdist
    # hands each worker its items in this order. A test that forgets serialized_rollback is refused.
    forgetful = [
        item.nodeid
        for item in items
        if _flushes(item) and not item.get_closest_marker("django_db").kwargs.get("serialized_rollback")
    ]
    if forgetful:
        raise pytest.UsageError(
            "django_db(transaction=True) needs serialized_rollback=True here: " + ", ".join(forgetful[:5])
        )
    items.sort(key=_flushes)  # stable: everything else keeps its order
