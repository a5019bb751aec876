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
    """Trainers edit and publish course pages and their images and documents, nothing else: no users, no
    settings, no other pages."""
    group, _created = Group.objects.get_or_create(name=TRAINERS_GROUP)
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for codename in PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=course_index,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )
    root_collection = Collection.get_first_root_node()
    for app_label, codenames in COLLECTION_PERMISSIONS.items():
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=Permission.objects.get(content_type__app_label=app_label, codename=codename),
            )
    return group


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
