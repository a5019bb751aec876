"""Idempotent set-up of the event calendar and the trainers' right to author events.

Called by the demo loader and by `manage.py setup_events`. It only adds what is missing and never changes or
removes existing pages, permissions or registrations, so it is safe on a production database.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupPagePermission

from courses.setup import PAGE_PERMISSIONS, TRAINERS_GROUP

from .models import EventIndexPage


@transaction.atomic
def events_index_ensure(*, home):
    index = EventIndexPage.objects.first()
    if index is None:
        index = home.add_child(
            instance=EventIndexPage(
                title="Tapahtumat",
                slug="tapahtumat",
                intro=(
                    "<p>USO-verkoston yhteiset seminaarit sekä kuntien omat perehdytys-, kehittämis- ja "
                    "strategiatyöpajat. Ilmoittaudu, lisää tapahtuma kalenteriisi ja anna palautetta.</p>"
                ),
            )
        )
        index.save_revision().publish()
    return index


@transaction.atomic
def trainers_event_permissions_ensure(*, events_index):
    """Trainers add, edit and publish events under the calendar, as they do courses under the catalogue.
    Creates the trainers' group if it does not exist yet, with no other rights than these."""
    group, _created = Group.objects.get_or_create(name=TRAINERS_GROUP)
    for codename in PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=events_index,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )
    # …and say which courses ask for a workshop of the learner's own municipality (a snippet).
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="events",
            codename__in=[f"{action}_workshoprequirement" for action in ("add", "change", "delete", "view")],
        )
    )
    return group


def events_setup(*, home):
    index = events_index_ensure(home=home)
    trainers_event_permissions_ensure(events_index=index)
    return index
