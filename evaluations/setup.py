"""Trainers write the evaluation surveys in the admin."""

from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission

from courses.setup import TRAINERS_GROUP

TRAINER_PERMISSIONS = ["add_evaluationsurvey", "change_evaluationsurvey", "view_evaluationsurvey"]


def trainers_permissions_ensure():
    group, _created = Group.objects.get_or_create(name=TRAINERS_GROUP)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="evaluations", codename__in=TRAINER_PERMISSIONS)
    )
    return group


def trainers_permissions_after_migrate(sender, **kwargs):
    # Django creates an app's permissions in its own post_migrate handler, which may run after this one.
    create_permissions(sender, verbosity=0, using=kwargs.get("using", "default"))
    trainers_permissions_ensure()
