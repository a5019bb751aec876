from django.core.management.base import BaseCommand

from courses.setup import course_index_ensure, trainers_group_ensure
from home.accessibility import accessibility_statement_ensure
from home.locales import locale_trees_sync
from home.privacy_notice import privacy_notice_ensure
from home.setup import home_page_ensure


class Command(BaseCommand):
    help = (
        "Create the home page, the course catalogue, the trainers' group, the accessibility statement and the "
        "privacy notice if they are missing (idempotent)."
    )

    def handle(self, *args, **options):
        home = home_page_ensure()
        index = course_index_ensure(home=home)
        group = trainers_group_ensure(course_index=index)
        accessibility_statement_ensure()
        privacy_notice_ensure()
        locale_trees_sync()  # the Swedish and English trees get every page above (as aliases until translated)
        self.stdout.write(self.style.SUCCESS(f"Site ready: {home.title} > {index.title}; group “{group.name}”."))
