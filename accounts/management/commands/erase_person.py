from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts.audit import audit_record
from accounts.models import AuditEvent
from accounts.privacy import person_erase


class Command(BaseCommand):
    help = (
        "Process an erasure request (GDPR art. 17): anonymise the person everywhere while keeping the "
        "municipality's aggregate figures. Asks for confirmation unless --yes is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--yes", action="store_true", help="Do not ask for confirmation.")

    def handle(self, *args, email, yes, **options):
        user = get_user_model().objects.filter(email__iexact=email).first()
        if user is None:
            raise CommandError(f"No person with the email address {email}.")
        if not yes:
            answer = input(f"Erase {user.get_full_name()} <{user.email}>? This cannot be undone. [y/N] ")
            if answer.strip().lower() not in ("y", "yes", "k", "kyllä"):
                raise CommandError("Nothing was changed.")
        person_erase(user=user)
        audit_record(actor=None, action=AuditEvent.Action.ERASE, what="erasure request", subject=user)
        self.stdout.write(self.style.SUCCESS(f"Erased: the account is now {user.email} and deactivated."))
