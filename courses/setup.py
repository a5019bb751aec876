"""Idempotent set-up of the site: the course catalogue, the trainers' group and the pages every site must have."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from home.privacy_notice import privacy_notice_ensure
from home.setup import home_page_ensure

from .models import CourseIndexPage

TRAINERS_GROUP = "Kouluttajat"
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
COLLECTION_PERMISSIONS = {
    "wagtailimages": ["add_image", "change_image", "choose_image"],
    "wagtaildocs": ["add_document", "change_document", "choose_document"],
}


@transaction.atomic
def course_index_ensure(*, home):
    index = CourseIndexPage.objects.filter(locale=home.locale).first()
    if index is None:
        index = home.add_child(
            instance=CourseIndexPage(
                title="Kurssit",
                slug="kurssit",
                intro="<p>Valtuustokauden 2021–2025 perehdytyksen verkkokurssit. Valitse teema tai hae kurssia.</p>",
            )
        )
        index.save_revision().publish()
    return index


@transaction.atomic
def trainers_group_ensure(*, course_index):
    """Trainers edit, translate and publish course pages and their images and documents, nothing else: no
    users, no settings, no other pages."""
    group, _created = Group.objects.get_or_create(name=TRAINERS_GROUP)
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    # wagtail-localize's Translate and Sync buttons (docs/translation.md): translating courses is trainers' work.
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtail_localize", codename="submit_translation")
    )
    for index in {course_index, *CourseIndexPage.objects.all()}:
        trainers_may_edit(index, group=group)
    root_collection = Collection.get_first_root_node()
    for app_label, codenames in COLLECTION_PERMISSIONS.items():
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=Permission.objects.get(content_type__app_label=app_label, codename=codename),
            )
    return group


def trainers_may_edit(course_index, *, group=None):
    """Trainers' page permissions on one language's course catalogue and everything under it. Each language has
    its own catalogue page (the Swedish one under /sv/), and Wagtail's permissions follow the tree, not the
    translation: without this, trainers could translate a course but neither edit nor publish the Swedish copy.
    Called for every catalogue at set-up and for each new one as it is made (courses/signal_handlers.py)."""
    group = group or Group.objects.filter(name=TRAINERS_GROUP).first()
    if group is None:  # the site is not set up yet: trainers_group_ensure() will grant it
        return
    for codename in PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=course_index,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )


@transaction.atomic
def site_ensure():
    """Everything `manage.py setup_site` promises, made when missing: the home page, the course catalogue, the
    trainers' group, and the accessibility statement and privacy notice in every language. The demo loader
    starts with it too, so the demo can never lack a page a real site has (the privacy notice once did).
    Returns the home page, the catalogue and the group."""
    home = home_page_ensure()
    index = course_index_ensure(home=home)
    group = trainers_group_ensure(course_index=index)
    privacy_notice_ensure()  # makes the accessibility statement first: the notice is placed beside it
    return home, index, group
