from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from accounts.retention import (
    RetentionRefused,
    active_people_count,
    people_due,
    retention_apply,
    retention_check,
    retention_cutoff,
)


class Command(BaseCommand):
    help = (
        "Anonymise the people whose last role ended more than PERSONAL_DATA_RETENTION_DAYS ago (never anyone with "
        "a role in the current term). Run daily; --dry-run lists who and why without changing anything. A run "
        "that would erase more than RETENTION_MAX_SHARE_PERCENT of the people is refused unless --confirm-count "
        "repeats the exact number."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=settings.PERSONAL_DATA_RETENTION_DAYS)
        parser.add_argument("--dry-run", action="store_true")
        parser.add_argument(
            "--confirm-count",
            type=int,
            default=None,
            help="The exact number of people to erase, when it is over the cap (see --dry-run).",
        )

    def handle(self, *args, days, dry_run, confirm_count, **options):
        if days < 0:
            raise CommandError("--days cannot be negative.")
        today = timezone.localdate()
        due = people_due(days=days, today=today)
        total = active_people_count()
        cutoff = retention_cutoff(days=days, today=today)
        self.stdout.write(
            f"{len(due)} of {total} active people: last role ended before {cutoff:%d.%m.%Y} "
            f"and no role in the current term."
        )
        if dry_run:
            for item in due:
                self.stdout.write(f"  would erase {item.user.email}: {item.reason(today)}")
            try:
                retention_check(due_count=len(due), total=total, confirm_count=confirm_count)
            except RetentionRefused as refusal:
                self.stdout.write(self.style.WARNING(f"A real run would be refused: {refusal}"))
            self.stdout.write(self.style.SUCCESS("Dry run: nothing changed."))
            return
        try:
            retention_check(due_count=len(due), total=total, confirm_count=confirm_count)
        except RetentionRefused as refusal:
            raise CommandError(str(refusal)) from refusal

        def progress(done):
            if done % 100 == 0 or done == len(due):
                self.stdout.write(f"  {done}/{len(due)} erased")

        retention_apply(due=due, on_progress=progress)
        self.stdout.write(self.style.SUCCESS("Retention applied."))
