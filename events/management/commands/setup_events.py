from django.core.management.base import BaseCommand

from events.setup import events_setup
from home.setup import home_page_ensure


class Command(BaseCommand):
    help = "Create the event calendar and give trainers the right to author events, if missing (idempotent)."

    def handle(self, *args, **options):
        index = events_setup(home=home_page_ensure())
        self.stdout.write(self.style.SUCCESS(f"Event calendar ready: {index.title} ({index.url})."))
