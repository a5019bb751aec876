import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from accounts.audit import audit_record
from accounts.models import AuditEvent
from events.services import registration_needs_clear


class Command(BaseCommand):
    help = (
        "Clear the dietary and accessibility notes of event registrations once the event ended more than "
        "EVENT_NEEDS_RETENTION_DAYS ago (default from settings). Run daily, like apply_retention; --dry-run "
        "counts them without changing anything."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=settings.EVENT_NEEDS_RETENTION_DAYS)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, days, dry_run, **options):
        if days < 0:
            raise CommandError("--days must be 0 or more.")
        cutoff = timezone.localtime() - datetime.timedelta(days=days)
        count = registration_needs_clear(days=days, dry_run=dry_run)
        self.stdout.write(f"{count} needs notes of events that ended before {cutoff:%d.%m.%Y %H:%M}.")
        if dry_run:
            self.stdout.write(self.style.SUCCESS("Dry run: nothing changed."))
            return
        if count:
            audit_record(actor=None, action=AuditEvent.Action.ERASE, what="event needs notes (retention)", count=count)
        self.stdout.write(self.style.SUCCESS(f"{count} needs notes cleared."))
