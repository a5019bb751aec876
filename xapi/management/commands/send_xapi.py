"""Send the queued xAPI statements that are due (run from cron every few minutes; new statements are also
sent by the background task as they come)."""

from django.core.management.base import BaseCommand

from xapi.services import is_enabled, outbox_send


class Command(BaseCommand):
    help = "Send the due xAPI statements of the outbox to the LRS."

    def handle(self, *args, **options):
        if not is_enabled():
            self.stdout.write("No LRS configured (XAPI_LRS_URL): nothing to send.")
            return
        result = outbox_send()
        self.stdout.write(f"Sent {result.sent}, failed {result.failed}" + (f": {result.error}" if result.error else ""))
