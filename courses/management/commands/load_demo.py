from django.core.management.base import BaseCommand

from courses.demo import DEMO_USERS, demo_load


class Command(BaseCommand):
    help = "Load the autumn 2021 orientation demo: courses, modules, lessons and a user for each role (idempotent)."

    def handle(self, *args, **options):
        demo_load(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content loaded. Demo logins (email / password):"))
        for user in DEMO_USERS:
            self.stdout.write(f"  {user.role:<28} {user.email:<28} {user.password}")
