"""The outbox: statements are queued with what they record and sent to the LRS in batches by a background
task, with retries and growing pauses while the LRS does not answer.

Nothing is lost: a statement leaves the outbox only when the LRS has answered that it stored it. Nothing is
sent twice: a row is taken by one sender at a time (SELECT … FOR UPDATE SKIP LOCKED on PostgreSQL), and
should a send be repeated anyway (the LRS stored a batch but its answer was lost), the stable statement ids
make the LRS answer 409 for those already stored: they are then confirmed one by one with PUT, which the
LRS accepts or refuses as already there, and marked sent without a second copy."""

import logging
from dataclasses import dataclass
from datetime import timedelta

import requests
from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from .models import OutboxStatement

logger = logging.getLogger(__name__)

VERSION = "1.0.3"
MAX_PAUSE = timedelta(hours=6)


def is_enabled():
    return bool(getattr(settings, "XAPI_LRS_URL", ""))


def outbox_add(statement):
    """Queue `statement` (once: a second call with the same id changes nothing), and have it sent after the
    transaction that recorded the event commits."""
    try:
        with transaction.atomic():
            OutboxStatement.objects.get_or_create(
                statement_id=statement["id"],
                defaults={"statement": statement, "timestamp": parse_datetime(statement["timestamp"])},
            )
    except IntegrityError:  # the same event queued at the same moment by another request: one row is enough
        pass
    transaction.on_commit(_enqueue_send)


def _enqueue_send():
    from .tasks import send_outbox  # the task module imports this one

    send_outbox.enqueue()


def _pause(attempts):
    """30 s, 1 min, 2 min, … up to six hours between tries while the LRS is down."""
    return min(timedelta(seconds=30 * 2 ** max(attempts - 1, 0)), MAX_PAUSE)


def _due():
    now = timezone.now()
    due = OutboxStatement.objects.filter(sent_at__isnull=True).exclude(next_attempt_at__gt=now).order_by("id")
    if connection.features.has_select_for_update_skip_locked:
        due = due.select_for_update(skip_locked=True)
    return due


class LrsError(Exception):
    pass


def _session():
    session = requests.Session()
    session.auth = (settings.XAPI_LRS_USERNAME, settings.XAPI_LRS_PASSWORD)
    session.headers.update({"X-Experience-API-Version": VERSION, "Content-Type": "application/json"})
    return session


def _statements_url():
    return settings.XAPI_LRS_URL.rstrip("/") + "/statements"


def _post(session, statements):
    """True when the LRS stored the batch; False when it holds some of its ids already (409)."""
    response = session.post(_statements_url(), json=statements, timeout=settings.XAPI_TIMEOUT_SECONDS)
    if response.status_code == 409:
        return False
    if response.status_code >= 300:
        raise LrsError(f"LRS answered {response.status_code}: {response.text[:300]}")
    return True


def _put_each(session, statements):
    """One at a time: 204 stored now, 409 stored before (the same id, so the same event)."""
    for statement in statements:
        response = session.put(
            _statements_url(),
            params={"statementId": statement["id"]},
            json=statement,
            timeout=settings.XAPI_TIMEOUT_SECONDS,
        )
        if response.status_code not in (200, 204, 409):
            raise LrsError(f"LRS answered {response.status_code}: {response.text[:300]}")


@dataclass
class SendResult:
    sent: int = 0
    failed: int = 0
    error: str = ""


def outbox_send(*, max_batches=100):
    """Send what is due, a batch at a time, until the outbox is empty, the LRS fails, or `max_batches`."""
    result = SendResult()
    if not is_enabled():
        return result
    session = _session()
    for _batch in range(max_batches):
        with transaction.atomic():
            rows = list(_due()[: settings.XAPI_BATCH_SIZE])
            if not rows:
                break
            statements = [row.statement for row in rows]
            try:
                if not _post(session, statements):
                    _put_each(session, statements)
            except (requests.RequestException, LrsError) as error:
                _failed(rows, error)
                result.failed += len(rows)
                result.error = str(error)[:500]
                logger.warning("xAPI: the LRS did not take %s statements: %s", len(rows), error)
                break
            OutboxStatement.objects.filter(pk__in=[row.pk for row in rows]).update(sent_at=timezone.now())
            result.sent += len(rows)
    return result


def _failed(rows, error):
    now = timezone.now()
    for row in rows:
        row.attempts += 1
        row.next_attempt_at = now + _pause(row.attempts)
        row.last_error = str(error)[:500]
    OutboxStatement.objects.bulk_update(rows, ["attempts", "next_attempt_at", "last_error"])
