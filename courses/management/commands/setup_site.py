from django.core.management.base import BaseCommand

from courses.setup import course_index_ensure, trainers_group_ensure
from home.setup import home_page_ensure


class Command(BaseCommand):
    help = "Create the home page, the course catalogue and the trainers' group if they are missing (idempotent)."

    def handle(self, *args, **options):
        home = home_page_ensure()
        index = course_index_ensure(home=home)
        group = trainers_group_ensure(course_index=index)
        self.stdout.write(self.style.SUCCESS(f"Site ready: {home.title} > {index.title}; group “{group.name}”."))
