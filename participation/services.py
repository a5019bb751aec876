"""Writes of the participation app: a municipality's leaders sharing their people's names with the network
coordinator, or taking that back."""

from django.db import transaction

from accounts.audit import audit_record
from accounts.models import AuditEvent
from municipalities.models import Municipality


@transaction.atomic
def coordinator_names_share(*, municipality, shared, by):
    """Let the network coordinator see `municipality`'s participant lists by name (`shared`), or no longer.
    Recorded in the audit log with who decided, so the municipality can show when and by whom."""
    place = Municipality.objects.select_for_update().get(pk=municipality.pk)
    if place.names_shared_with_coordinator == shared:
        return place
    place.names_shared_with_coordinator = shared
    place.save(update_fields=["names_shared_with_coordinator"])
    audit_record(
        actor=by,
        action=AuditEvent.Action.SHARING,
        what="names shared with the network coordinator" if shared else "names no longer shared with the coordinator",
        municipality=place,
        shared=shared,
    )
    return place
