"""The data set the browser checks look at: a course with every lesson block type, its Swedish translation,
and one person in each role. English has no translation: as on the real site, the English tree holds
aliases of the Finnish pages, shown with the English interface (where `lang` on the content matters).

Built once for the browser tests (see conftest.py) with the shared builders in tests/builders.py.
"""

import datetime
from dataclasses import dataclass, field

from django.contrib.auth.models import Permission
from wagtail.models import Locale

from courses import services
from courses.setup import trainers_group_ensure
from home.accessibility import accessibility_statement_ensure
from home.locales import locale_trees_sync
from municipalities.access import COORDINATOR_PERMISSION
from municipalities.models import Municipality, MunicipalLeader, Network, NetworkMembership
from tests.builders import make_course, make_index, make_lesson, make_module, make_user

PASSWORD = "selain-testi-123"
ROLES = ("anonymous", "learner", "trainer", "leader", "coordinator")
SIGNED_IN = ROLES[1:]

EVERY_BLOCK = [
    ("heading", {"text": "Mitä valtuutettu tekee", "level": "h2"}),
    ("paragraph", "<p>Valtuusto käyttää kunnan ylintä päätösvaltaa. <b>Tärkeää</b> on tuntea roolit.</p>"),
    ("key_point", {"title": "Muista", "text": "<p>Valtuusto päättää, hallitus valmistelee.</p>"}),
    (
        "case",
        {
            "title": "Talousarvion käsittely",
            "municipality": "Keskikokoinen kaupunki",
            "situation": "<p>Hallitus toi talousarvion valtuustoon myöhässä.</p>",
            "lesson": "<p>Aikataulusta sovitaan yhdessä.</p>",
            "source": "Keksitty esimerkki",
        },
    ),
    ("heading", {"text": "Pohdittavaa", "level": "h3"}),
    ("reflection", {"question": "Miten sinä valmistaudut kokoukseen?", "guidance": "Mieti viime kokousta."}),
    ("checklist", {"title": "Ennen kokousta", "items": ["Lue esityslista", "Kysy valmistelijalta"]}),
]


@dataclass
class SiteData:
    course: object
    modules: list
    lessons: list
    course_sv: object
    lessons_sv: list
    people: dict = field(default_factory=dict)

    def lesson_for(self, language):
        return self.lessons_sv[0] if language == "sv" else self.lessons[0]

    def course_for(self, language):
        return self.course_sv if language == "sv" else self.course

    def module_for(self, language):
        return self.lesson_for(language).get_parent()


def _translate(page, language_code, **fields):
    translation = page.copy_for_translation(Locale.objects.get(language_code=language_code), copy_parents=True)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return type(page).objects.get(pk=translation.pk)


def _people():
    hameenlinna = Municipality.objects.get(code="109")
    NetworkMembership.objects.get_or_create(
        network=Network.objects.get(slug="uso-2021-2022"),
        municipality=hameenlinna,
        defaults={"joined_on": datetime.date(2021, 8, 1)},
    )
    people = {
        role: make_user(email=f"{role}@example.fi", password=PASSWORD, municipality=hameenlinna)
        for role in (*SIGNED_IN, "keyboard")
    }
    people["trainer"].groups.add(trainers_group_ensure(course_index=make_index()))
    MunicipalLeader.objects.create(user=people["leader"], municipality=hameenlinna)
    app_label, codename = COORDINATOR_PERMISSION.split(".")
    people["coordinator"].user_permissions.add(
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
    )
    return people


def site_data_build():
    course = make_course(title="Valtuutetun perusteet", slug="valtuutetun-perusteet", estimated_minutes=45)
    course.tags.add("Kaksoisjohtaminen")
    course.save_revision().publish()
    first = make_module(course, title="Roolit ja vastuut", summary="Kuka tekee mitä kunnassa.")
    second = make_module(course, title="Talous")
    lessons = [
        make_lesson(first, title="Valtuuston tehtävät", summary="Lyhyt johdanto.", body=EVERY_BLOCK),
        make_lesson(first, title="Hallitus ja lautakunnat"),
        make_lesson(second, title="Talousarvio", is_required=False),
    ]
    course_sv = _translate(course, "sv", title="Grunderna för fullmäktigeledamöter", summary="Kort om rollerna.")
    _translate(first, "sv", title="Roller och ansvar", summary="Vem gör vad i kommunen.")
    lessons_sv = [
        _translate(lessons[0], "sv", title="Fullmäktiges uppgifter", summary="En kort inledning."),
        _translate(lessons[1], "sv", title="Styrelsen och nämnderna"),
    ]
    accessibility_statement_ensure()
    locale_trees_sync()

    people = _people()
    services.enrolment_create(user=people["learner"], course=course)
    services.lesson_mark_done(user=people["learner"], lesson=lessons[1])
    services.enrolment_create(user=people["keyboard"], course=course)
    return SiteData(
        course=course,
        modules=[first, second],
        lessons=lessons,
        course_sv=course_sv,
        lessons_sv=lessons_sv,
        people=people,
    )
