"""One command for the whole demo; each app loads its own part, in dependency order."""

from django.core.management.base import BaseCommand
from django.db import transaction

from assessments.demo import assessments_demo_load
from assessments.demo_sv import swedish_demo_load_all
from certificates.demo import certificates_demo_load
from courses.demo import DEMO_USERS, demo_load
from courses.demo_new_term import orientation_2025_ensure
from discussions.demo import discussions_demo_load
from evaluations.demo import evaluations_demo_load
from events.demo import events_demo_load
from events.demo_workshops import workshop_requirements_demo_load
from home.locales import locale_trees_sync
from pairs.demo import pairs_demo_load
from participation.demo import participation_demo_load
from search.demo import search_index_rebuild
from supplements.demo import supplements_demo_load


class Command(BaseCommand):
    help = "Load the autumn 2021 orientation demo: courses, municipalities, people and progress (idempotent)."

    def handle(self, *args, **options):
        with transaction.atomic():
            loaded = demo_load(stdout=self.stdout)
            assessments_demo_load(stdout=self.stdout)
            # After the quizzes are placed, so that the copy for the new term has them too; before the
            # participation demo, which records progress in it.
            course_2025 = orientation_2025_ensure(index=loaded["index"])
            self.stdout.write(f"Course “{course_2025.title}”: the 2021 orientation copied for the new term")
            participation_demo_load(stdout=self.stdout)
            events_demo_load(stdout=self.stdout)
            swedish_demo_load_all(stdout=self.stdout)  # after the quizzes, so the Swedish lessons get theirs
            certificates_demo_load(stdout=self.stdout)
            evaluations_demo_load(stdout=self.stdout)  # after the participation demo: its terms and councils
            supplements_demo_load(stdout=self.stdout)  # municipalities' own parts of the orientation
            workshop_requirements_demo_load(stdout=self.stdout)
            pairs_demo_load(stdout=self.stdout)
            discussions_demo_load(stdout=self.stdout)
            # Last: every page created above appears in the Swedish and English trees (as an alias until
            # translated).
            locale_trees_sync()
            search_index_rebuild(stdout=self.stdout)  # after every page exists in its final form
        self.stdout.write(self.style.SUCCESS("Demo content loaded. Demo logins (email / password):"))
        for user in DEMO_USERS:
            self.stdout.write(f"  {user.role:<28} {user.email:<28} {user.password}")
