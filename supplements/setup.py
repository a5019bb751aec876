"""Idempotent set-up of the supplements tree: the index under the Finnish home page, a folder per
municipality, and the trainers' right to author in it (they help municipalities write theirs)."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupPagePermission

from courses.setup import PAGE_PERMISSIONS, TRAINERS_GROUP
from courses.translation import default_locale_id
from home.setup import home_page_ensure

from .models import LocalSupplementIndexPage, MunicipalitySupplementsPage


@transaction.atomic
def supplements_index_ensure():
    index = LocalSupplementIndexPage.objects.filter(locale_id=default_locale_id()).first()
    if index is None:
        home = home_page_ensure()
        index = home.add_child(instance=LocalSupplementIndexPage(title="Kuntien omat osat", slug="paikalliset"))
        index.save_revision().publish()
        group, _created = Group.objects.get_or_create(name=TRAINERS_GROUP)
        for codename in PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=index,
                permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
            )
    return index


@transaction.atomic
def municipality_folder_ensure(*, municipality):
    folder = MunicipalitySupplementsPage.objects.filter(
        municipality=municipality, locale_id=default_locale_id()
    ).first()
    if folder is None:
        index = supplements_index_ensure()
        folder = index.add_child(
            instance=MunicipalitySupplementsPage(
                title=municipality.name_fi, slug=f"kunta-{municipality.code}", municipality=municipality
            )
        )
        folder.save_revision().publish()
    return folder
