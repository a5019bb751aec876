"""The Redis cache backend the settings name when REDIS_URL is set."""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class ReusingRedisCacheClient(RedisCacheClient):
    """Django's client makes a new redis.Redis object for every cache call, and each one builds its table of
    about 170 response callbacks: with a dozen cache reads a page, that cost a signed-in lesson page about
    3 ms of CPU (measured with cProfile). One redis.Redis per connection pool does the same work; it is
    thread-safe, the pool hands each command its own connection."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class PrefixedRedisCache(RedisCache):
    """Django's Redis cache, except that clear() deletes only the keys under this cache's KEY_PREFIX, and
    that it reuses its Redis client (ReusingRedisCacheClient).

    Django's own clear() runs FLUSHDB, which also wipes whatever else shares the Redis database: another site
    with its own prefix, or another pytest-xdist worker of the same test run (each worker has a prefix of its
    own and empties its cache before every test)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient

    def clear(self):
        client = self._cache.get_client(None, write=True)
        pattern = _glob_escape(self.key_prefix) + ":*"
        batch = []
        for key in client.scan_iter(match=pattern, count=1000):
            batch.append(key)
            if len(batch) == 1000:
                client.delete(*batch)
                batch = []
        if batch:
            client.delete(*batch)
        return True


def _glob_escape(text):
    # SCAN MATCH patterns treat * ? [ ] and \ specially; a prefix is matched literally.
    return "".join("\\" + char if char in "*?[]\\" else char for char in text)
