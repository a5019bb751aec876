"""The Redis cache backend the settings name when REDIS_URL is set."""

from django.core.cache.backends.redis import RedisCache


class PrefixedRedisCache(RedisCache):
    """Django's Redis cache, except that clear() deletes only the keys under this cache's KEY_PREFIX.

    Django's own clear() runs FLUSHDB, which also wipes whatever else shares the Redis database: another site
    with its own prefix, or another pytest-xdist worker of the same test run (each worker has a prefix of its
    own and empties its cache before every test)."""

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
