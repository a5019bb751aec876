"""Fast bulk loading for the demo and the benchmark: batched inserts with progress, historical timestamps."""

import contextlib

from django.db.models.fields import DateTimeField

BATCH_SIZE = 5000


@contextlib.contextmanager
def given_timestamps(model):
    """Let bulk_create keep the times we give to `auto_now_add` fields: demo progress happened in autumn
    2021, not at the moment the demo is loaded. Only for loaders run from a command, never in a request."""
    fields = [f for f in model._meta.concrete_fields if isinstance(f, DateTimeField) and f.auto_now_add]
    for field in fields:
        field.auto_now_add = False
    try:
        yield
    finally:
        for field in fields:
            field.auto_now_add = True


def bulk_insert(model, objects, *, say=None, label="", batch_size=BATCH_SIZE):
    """Insert `objects` (any iterable) in batches, skipping rows that already exist (unique constraints
    decide), so that loading twice adds nothing. Returns the number of objects offered."""
    batch, total = [], 0
    with given_timestamps(model):
        for item in objects:
            batch.append(item)
            if len(batch) >= batch_size:
                model.objects.bulk_create(batch, ignore_conflicts=True)
                total += len(batch)
                batch = []
                if say and label:
                    say(f"  {label}: {total:,}")
        if batch:
            model.objects.bulk_create(batch, ignore_conflicts=True)
            total += len(batch)
    return total
