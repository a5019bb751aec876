"""Small builders with defaults for test data: a course tree, users, progress.

Each builder makes the least a test needs; tests pass only what matters to them.
"""

import itertools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import Locale

from courses.models import CoursePage, LessonPage, ModulePage
from courses.setup import TRAINERS_GROUP, course_index_ensure
from home.setup import home_page_ensure
from municipalities.models import Municipality, MunicipalLeader, Network, NetworkMembership

_counter = itertools.count(1)


def make_user(**fields):
    n = next(_counter)
    fields.setdefault("email", f"user{n}@example.fi")
    fields.setdefault("first_name", "Testi")
    fields.setdefault("last_name", f"Käyttäjä {n}")
    password = fields.pop("password", "salasana-123")
    return get_user_model().objects.create_user(password=password, **fields)


def make_index():
    return course_index_ensure(home=home_page_ensure())


def _publish(parent, instance):
    page = parent.add_child(instance=instance)
    page.save_revision().publish()
    return page


def make_course(index=None, **fields):
    n = next(_counter)
    fields.setdefault("title", f"Kurssi {n}")
    fields.setdefault("slug", f"kurssi-{n}")
    fields.setdefault("summary", "Kurssin tiivistelmä.")
    fields.setdefault("learning_objectives", "<ul><li>Tavoite</li></ul>")
    return _publish(index or make_index(), CoursePage(**fields))


def make_module(course, **fields):
    n = next(_counter)
    fields.setdefault("title", f"Moduuli {n}")
    fields.setdefault("slug", f"moduuli-{n}")
    return _publish(course, ModulePage(**fields))


def make_lesson(module, **fields):
    n = next(_counter)
    fields.setdefault("title", f"Oppitunti {n}")
    fields.setdefault("slug", f"oppitunti-{n}")
    fields.setdefault("body", [("paragraph", "<p>Oppitunnin teksti.</p>")])
    body = fields.pop("body")
    lesson = LessonPage(**fields)
    lesson.body = LessonPage.body.field.stream_block.to_python([{"type": t, "value": v} for t, v in body])
    return _publish(module, lesson)


def make_course_tree(modules=2, lessons=3, **course_fields):
    """A published course with `modules` modules of `lessons` lessons each; returns (course, [lessons])."""
    course = make_course(**course_fields)
    all_lessons = []
    for _ in range(modules):
        module = make_module(course)
        all_lessons += [make_lesson(module) for _ in range(lessons)]
    return course, all_lessons


def translate(page, language_code="sv", **fields):
    """A published translation of `page` (and of its parents, where missing) with `fields` set."""
    copy = page.copy_for_translation(Locale.objects.get(language_code=language_code), copy_parents=True)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return type(page).objects.get(pk=copy.pk)


# People with a role over other people, and the places they follow. One version of each, used by every app's
# tests (the per-app builder modules re-export these names).

HAMEENLINNA, ESPOO, PORVOO, UTSJOKI = "109", "049", "638", "890"
NETWORK_SLUG = "uso-2021-2022"  # the USO network, made by the municipalities migrations
COORDINATORS_GROUP = "Verkostokoordinaattorit"


def municipality(code):
    """A municipality from the data the migrations load (all 308 of them)."""
    return Municipality.objects.get(code=code)


def join_network(*codes):
    network = Network.objects.get(slug=NETWORK_SLUG)
    for code in codes:
        NetworkMembership.objects.get_or_create(
            network=network, municipality=municipality(code), defaults={"joined_on": "2021-08-01"}
        )


def member_municipality(code):
    """A municipality that is a member of the USO network."""
    join_network(code)
    return municipality(code)


def make_leader(*municipalities, **fields):
    """A municipal leader of each of `municipalities` (none: a person who leads nothing yet)."""
    user = make_user(**fields)
    for place in municipalities:
        MunicipalLeader.objects.create(user=user, municipality=place)
    return user


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def make_coordinator(**fields):
    """The network coordinator: in the coordinators' group, which follows the whole network
    (municipalities.view_network) and works in the admin (join requests, leaders)."""
    user = make_user(**fields)
    group, _created = Group.objects.get_or_create(name=COORDINATORS_GROUP)
    group.permissions.add(_permission("municipalities", "view_network"), _permission("wagtailadmin", "access_admin"))
    user.groups.add(group)
    return user


def make_trainer(**fields):
    """A trainer: in the trainers' group and in the admin. The group's page permissions come from
    courses.setup.trainers_group_ensure, which tests that author pages call."""

    user = make_user(**fields)
    user.groups.add(Group.objects.get_or_create(name=TRAINERS_GROUP)[0])
    user.user_permissions.add(_permission("wagtailadmin", "access_admin"))
    return user
