"""Recording who viewed or exported whose personal data. Views call audit_record(); it never fails the
request it records (a lost audit row is logged, the page still answers)."""

import logging

from .models import AuditEvent

logger = logging.getLogger(__name__)


def audit_record(*, actor, action, what, subject=None, municipality=None, **detail):
    try:
        return AuditEvent.objects.create(
            actor=actor if getattr(actor, "is_authenticated", False) else None,
            action=action,
            what=what[:200],
            subject=subject,
            municipality=municipality,
            detail=detail,
        )
    except Exception:  # an audit failure must not hide the data the person asked for, but must be seen
        logger.exception("Could not record an audit event: %s %s", action, what)
        return None
