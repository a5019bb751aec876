"""Writes: a learner marks a local lesson done; a leader makes one of their people a content editor of the
municipality's supplements (or takes the role back)."""

from django.contrib.auth.models import Group, Permission
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from courses import services as course_services
from courses.models import Enrolment
from courses.setup import PAGE_PERMISSIONS
from courses.translation import canonical
from municipalities.navigation import navigation_roles_forget

from .access import editors_group_name
from .models import LocalLessonCompletion, LocalLessonPage, LocalSupplementPage, MunicipalitySupplementsPage
from .setup import municipality_folder_ensure


class SupplementError(Exception):
    def __init__(self, message, *, status=400):
        super().__init__(str(message))
        self.message = message
        self.status = status


def local_lesson_resolve(*, page_id):
    lesson = LocalLessonPage.objects.live().filter(id=page_id).first()
    if lesson is None:
        raise SupplementError(_("There is no such lesson."), status=404)
    return lesson


def local_lesson_mark_done(*, user, lesson):
    """Record that `user` finished a lesson of their own municipality's supplement; complete the course when
    that was all it was waiting for. Returns (completion, course_completed_now)."""
    lesson = canonical(lesson)  # read in another language's tree (an alias): recorded for the original
    supplement = LocalSupplementPage.objects.filter(path=lesson.path[: -Page.steplen]).first()
    folder = MunicipalitySupplementsPage.objects.filter(path=lesson.path[: -2 * Page.steplen]).first()
    if supplement is None or folder is None or folder.municipality_id != user.municipality_id:
        # Not the learner's municipality: the same answer as for a lesson that does not exist.
        raise SupplementError(_("There is no such lesson."), status=404)
    if not Enrolment.objects.filter(user=user, course_id=supplement.course_id).exists():
        raise SupplementError(_("Enrol in the course first, then you can mark its lessons as done."), status=403)
    try:
        with transaction.atomic():
            completion, _created = LocalLessonCompletion.objects.get_or_create(
                user=user, lesson=lesson, defaults={"supplement": supplement}
            )
    except IntegrityError:  # a double click that lost the race: already done
        completion = LocalLessonCompletion.objects.get(user=user, lesson=lesson)
    completed_now = course_services.course_complete_if_done(user=user, course=supplement.course)
    return completion, completed_now


EDITOR_COLLECTION_PERMISSIONS = {
    "wagtaildocs": ["add_document", "change_document", "choose_document"],
    "wagtailimages": ["add_image", "change_image", "choose_image"],
}


@transaction.atomic
def editors_group_ensure(*, municipality):
    """The municipality's content editors' group: the admin, page rights on the municipality's own folder of
    supplements only, and its own collection of documents and images. Idempotent."""
    folder = municipality_folder_ensure(municipality=municipality)
    group, _created = Group.objects.get_or_create(name=editors_group_name(municipality))
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for codename in PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=folder,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )
    collection = _collection_ensure(municipality)
    for app_label, codenames in EDITOR_COLLECTION_PERMISSIONS.items():
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=collection,
                permission=Permission.objects.get(content_type__app_label=app_label, codename=codename),
            )
    return group


def _collection_ensure(municipality):
    root = Collection.get_first_root_node()
    name = f"{municipality.name_fi} ({municipality.code})"
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


def _check_leader(*, leader, municipality):
    if not leader.is_superuser and not leader.led_municipalities.filter(municipality=municipality).exists():
        raise SupplementError(_("You can only manage the editors of a municipality you lead."), status=403)


def content_editor_grant(*, leader, municipality, person):
    _check_leader(leader=leader, municipality=municipality)
    if person.municipality_id != municipality.pk:
        raise SupplementError(_("Only the municipality's own people can edit its supplements."), status=400)
    group = editors_group_ensure(municipality=municipality)
    person.groups.add(group)
    navigation_roles_forget(person.pk)  # the header's admin link
    return group


def content_editor_revoke(*, leader, municipality, person):
    _check_leader(leader=leader, municipality=municipality)
    group = Group.objects.filter(name=editors_group_name(municipality)).first()
    if group is not None:
        person.groups.remove(group)
        navigation_roles_forget(person.pk)
