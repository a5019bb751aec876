import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from accounts.audit import audit_record
from accounts.models import AuditEvent
from accounts.privacy import person_erase


class Command(BaseCommand):
    help = (
        "Anonymise the people whose every council term ended more than PERSONAL_DATA_RETENTION_DAYS ago "
        "(default from settings). Run daily; --dry-run lists them without changing anything."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=settings.PERSONAL_DATA_RETENTION_DAYS)
        parser.add_argument("--dry-run", action="store_true")

    # One run is one transaction: a failure part-way erases no one (rather than some), and the next run
    # starts from the same list.
    @transaction.atomic
    def handle(self, *args, days, dry_run, **options):
        cutoff = timezone.localdate() - datetime.timedelta(days=days)
        people = (
            get_user_model()
            .objects.filter(is_active=True, is_superuser=False)
            .annotate(last_term_end=Max("roles__term__ends_on"))
            .filter(last_term_end__lt=cutoff)
            .order_by("pk")
        )
        total = people.count()
        self.stdout.write(f"{total} people whose last council term ended before {cutoff:%d.%m.%Y}.")
        for done, person in enumerate(people.iterator(), start=1):
            if dry_run:
                self.stdout.write(f"  would erase {person.email}")
                continue
            person_erase(user=person)
            audit_record(actor=None, action=AuditEvent.Action.ERASE, what="retention", subject=person)
            if done % 100 == 0 or done == total:
                self.stdout.write(f"  {done}/{total} erased")
        self.stdout.write(self.style.SUCCESS("Dry run: nothing changed." if dry_run else "Retention applied."))
