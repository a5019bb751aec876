"""Trainers author the pair pathways: the snippet's permissions for their group. Idempotent."""

from django.contrib.auth.models import Group, Permission

from courses.setup import TRAINERS_GROUP


def trainers_pair_permissions_ensure():
    group, _created = Group.objects.get_or_create(name=TRAINERS_GROUP)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="pairs",
            codename__in=["add_pairpathway", "change_pairpathway", "delete_pairpathway", "view_pairpathway"],
        )
    )
    return group
