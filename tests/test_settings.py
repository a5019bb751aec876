"""The settings modules as an operator meets them: through manage.py with a given environment."""

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "training.settings.production",
    "SECRET_KEY": "x" * 20 + "-production-secret-key-for-the-settings-test-0123456789",
    "ALLOWED_HOSTS": "koulutus.example.fi",
    "WAGTAILADMIN_BASE_URL": "https://koulutus.example.fi",
    "DATABASE_URL": "sqlite:///:memory:",
}


def manage(*args, env):
    # Playwright's browser tests set DJANGO_ALLOW_ASYNC_UNSAFE in this process, pytest-xdist PYTEST_XDIST_WORKER;
    # an operator's shell has neither.
    ignored = (
        "DATABASE_URL",
        "REDIS_URL",
        "DJANGO_SETTINGS_MODULE",
        "DJANGO_ALLOW_ASYNC_UNSAFE",
        "PYTEST_XDIST_WORKER",
    )
    clean = {k: v for k, v in os.environ.items() if k not in ignored}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True
    )


def redis_is_up():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
        return True
    except OSError:
        return False


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", env={**PRODUCTION_ENV, "SECRET_KEY": ""})
    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable" in result.stderr


def test_production_refuses_a_short_secret_key():
    result = manage("check", env={**PRODUCTION_ENV, "SECRET_KEY": "short"})
    assert result.returncode != 0
    assert "SECRET_KEY must be a long random value" in result.stderr


@pytest.mark.parametrize(
    "base_url",
    [
        "",
        "http://koulutus.example.fi",  # not https
        "https://",
        "koulutus.example.fi",
        "https://koulutus.example.fi/polku/",  # links are made from the site's root
        "https://koulutus.example.fi/?x=1",
        "https://127.0.0.1:8000",  # not a host the site answers to
        "https://muu.example.fi",
        "https://user:pw@koulutus.example.fi",
        "https://[::1",
    ],
)
def test_production_refuses_to_start_without_a_valid_https_base_url(base_url):
    result = manage("check", env={**PRODUCTION_ENV, "WAGTAILADMIN_BASE_URL": base_url})
    assert result.returncode != 0, base_url
    assert "WAGTAILADMIN_BASE_URL" in result.stderr


def test_production_takes_the_base_url_from_the_environment():
    code = "from home.links import absolute_url; print(absolute_url('/merkit/myontaja/'))"
    env = {**PRODUCTION_ENV, "WAGTAILADMIN_BASE_URL": "https://koulutus.example.fi/"}
    result = manage("shell", "-c", code, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "https://koulutus.example.fi/merkit/myontaja/"


def test_production_deploy_check_is_clean():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr


def test_database_comes_from_database_url():
    code = "from django.db import connection; print(connection.vendor, connection.settings_dict['NAME'])"
    result = manage("shell", "-c", code, env={**PRODUCTION_ENV, "DATABASE_URL": "sqlite:////tmp/x.sqlite3"})
    assert result.returncode == 0, result.stderr
    assert "sqlite /tmp/x.sqlite3" in result.stdout


@pytest.mark.skipif(not redis_is_up(), reason="no Redis on 127.0.0.1:6379")
def test_cache_uses_redis_when_redis_url_is_set():
    code = (
        "from django.core.cache import cache; from django.conf import settings;"
        "cache.set('settings-test', 'hei', 30);"
        "print(settings.CACHES['default']['BACKEND'], cache.get('settings-test'));"
        "import redis; r = redis.Redis.from_url(settings.REDIS_URL);"
        "print('keys', len(r.keys('*settings-test*')))"
    )
    env = {"DJANGO_SETTINGS_MODULE": "training.settings.test", "REDIS_URL": "redis://127.0.0.1:6379/2"}
    result = manage("shell", "-c", code, env=env)
    assert result.returncode == 0, result.stderr
    assert "training.cache.PrefixedRedisCache hei" in result.stdout
    assert "keys 1" in result.stdout


def test_media_goes_to_object_storage_when_a_bucket_is_configured():
    code = "from django.core.files.storage import storages; print(type(storages['default']).__name__)"
    env = {
        **PRODUCTION_ENV,
        "AWS_STORAGE_BUCKET_NAME": "koulutus-media",
        "AWS_S3_ENDPOINT_URL": "https://objects.example.fi",
    }
    result = manage("shell", "-c", code, env=env)
    assert result.returncode == 0, result.stderr
    assert "S3Storage" in result.stdout


@pytest.mark.skipif(not redis_is_up(), reason="no Redis on 127.0.0.1:6379")
def test_clearing_the_redis_cache_leaves_other_prefixes_alone():
    """Another site, or another pytest-xdist worker, sharing the Redis database keeps its keys when this one
    empties its cache."""
    import uuid

    from training.cache import PrefixedRedisCache

    location = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
    run = uuid.uuid4().hex
    ours = PrefixedRedisCache(location, {"KEY_PREFIX": f"ours-{run}*"})  # a glob character is matched literally
    theirs = PrefixedRedisCache(location, {"KEY_PREFIX": f"ours-{run}"})
    ours.set_many({f"key{i}": i for i in range(2500)}, timeout=60)  # more than one SCAN batch
    theirs.set("key1", "kept", timeout=60)

    ours.clear()

    assert ours.get("key1") is None
    assert ours.get("key2499") is None
    assert theirs.get("key1") == "kept"
    theirs.clear()
    assert theirs.get("key1") is None


def test_production_caches_whole_pages_only_with_a_shared_cache():
    """With a per-process cache, one gunicorn worker could not tell the others that a page was edited."""
    code = "from django.conf import settings; print('page cache', settings.PAGE_CACHE)"
    without_redis = manage("shell", "-c", code, env=PRODUCTION_ENV)
    with_redis = manage("shell", "-c", code, env={**PRODUCTION_ENV, "REDIS_URL": "redis://127.0.0.1:6379/9"})
    assert "page cache False" in without_redis.stdout, without_redis.stderr
    assert "page cache True" in with_redis.stdout, with_redis.stderr
