from django.core.management.base import BaseCommand

from courses.setup import site_ensure
from home.locales import locale_trees_sync


class Command(BaseCommand):
    help = (
        "Create the home page, the course catalogue, the trainers' group, the accessibility statement and the "
        "privacy notice if they are missing (idempotent)."
    )

    def handle(self, *args, **options):
        home, index, group = site_ensure()
        locale_trees_sync()  # the Swedish and English trees get every page above (as aliases until translated)
        self.stdout.write(self.style.SUCCESS(f"Site ready: {home.title} > {index.title}; group “{group.name}”."))
