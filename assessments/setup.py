"""Trainers write quizzes and completion rules and see statistics and shared reflections."""

from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission

from courses.setup import TRAINERS_GROUP

TRAINER_PERMISSIONS = [
    "add_quiz",
    "change_quiz",
    "view_quiz",
    "add_coursecompletionrule",
    "change_coursecompletionrule",
    "view_coursecompletionrule",
    "view_shared_reflections",
]


def trainers_permissions_ensure():
    """Give the trainers' group this app's permissions (idempotent)."""
    group, _created = Group.objects.get_or_create(name=TRAINERS_GROUP)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="assessments", codename__in=TRAINER_PERMISSIONS)
    )
    return group


def trainers_permissions_after_migrate(sender, **kwargs):
    # Django creates an app's permissions in its own post_migrate handler, which may run after this one.
    create_permissions(sender, verbosity=0, using=kwargs.get("using", "default"))
    trainers_permissions_ensure()
