import pytest
from django.conf import settings
from django.utils import translation

from tests.builders import make_user


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


@pytest.fixture
def learner(db, client):
    """A person signed in on `client` with no role beyond learning: the viewer most course tests take."""
    user = make_user()
    client.force_login(user)
    return user
