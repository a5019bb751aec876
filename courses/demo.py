"""Builds the demo: the autumn 2021 orientation courses and a user for each role.

Idempotent: pages are found by slug and updated in place, users by email, so `make demo` can run any
number of times. The texts live in courses/demo_content/ as plain data.
"""

import importlib
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Locale

from . import services
from .blocks import IntroStreamBlock, LessonStreamBlock
from .demo_content.module_objectives import FI as OBJECTIVES_FI
from .demo_content.module_objectives import SV as OBJECTIVES_SV
from .models import CoursePage, LessonPage, ModulePage
from .setup import site_ensure

DEMO_COURSE_MODULES = ["orientation_2021", "sustainable_leadership"]


@dataclass(frozen=True)
class DemoUser:
    email: str
    password: str
    first_name: str
    last_name: str
    role: str
    is_superuser: bool = False
    group: str | None = None


DEMO_USERS = [
    DemoUser("valtuutettu@example.fi", "Valtuusto2021!", "Aino", "Virtanen", "Learner (new councillor)"),
    DemoUser("kouluttaja@example.fi", "Koulutus2021!", "Mikko", "Laine", "Trainer", group="Kouluttajat"),
    DemoUser("kunnanjohtaja@example.fi", "Johtaja2021!", "Liisa", "Korhonen", "Municipal leader"),
    DemoUser("koordinaattori@example.fi", "Verkosto2021!", "Pekka", "Mäkinen", "Network coordinator"),
    DemoUser("admin@example.fi", "Yllapito2021!", "Ylläpito", "Admin", "Administrator", is_superuser=True),
]


def _stream(block, raw_blocks):
    """Turn (type, value) tuples into a StreamValue through the block, so values are validated types."""
    return block.to_python([{"type": block_type, "value": value} for block_type, value in raw_blocks])


def _upsert_child(parent, model, slug, fields):
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = parent.add_child(instance=model(slug=slug, **fields))
    else:
        for name, value in fields.items():
            setattr(page, name, value)
        page.save()
    page.save_revision().publish()
    return page


def _course_fields(data):
    return {
        "title": data["title"],
        "summary": data["summary"],
        "learning_objectives": data["learning_objectives"],
        "audience": data["audience"],
        "estimated_minutes": data["estimated_minutes"],
        "body": _stream(IntroStreamBlock(), data.get("intro", [])),
    }


@transaction.atomic
def course_load(*, index, data):
    course = _upsert_child(index, CoursePage, data["slug"], _course_fields(data))
    course.tags.set(data.get("tags", []))
    course.save_revision().publish()
    for module_data in data["modules"]:
        module = _upsert_child(
            course,
            ModulePage,
            module_data["slug"],
            {
                "title": module_data["title"],
                "summary": module_data.get("summary", ""),
                "learning_objectives": module_data.get("learning_objectives")
                or OBJECTIVES_FI.get(module_data["slug"], ""),
                "body": _stream(IntroStreamBlock(), module_data.get("intro", [])),
            },
        )
        for lesson_data in module_data["lessons"]:
            _upsert_child(
                module,
                LessonPage,
                lesson_data["slug"],
                {
                    "title": lesson_data["title"],
                    "summary": lesson_data.get("summary", ""),
                    "estimated_minutes": lesson_data.get("estimated_minutes", 10),
                    "body": _stream(LessonStreamBlock(), lesson_data["body"]),
                },
            )
    return course


def users_load():
    User = get_user_model()
    users = {}
    for demo in DEMO_USERS:
        user = User.objects.filter(email=demo.email).first() or User(email=demo.email)
        user.first_name, user.last_name = demo.first_name, demo.last_name
        user.is_superuser = user.is_staff = demo.is_superuser
        user.set_password(demo.password)
        user.save()
        if demo.group:
            user.groups.add(Group.objects.get(name=demo.group))
        users[demo.email] = user
    return users


def learner_progress_load(*, learner, course):
    """The demo councillor has started the orientation: enrolled, the first two lessons done."""
    services.enrolment_create(user=learner, course=course)
    for lesson in LessonPage.objects.live().descendant_of(course).order_by("path")[:2]:
        services.lesson_mark_done(user=learner, lesson=lesson)


def demo_load(*, stdout=None):
    def say(message):
        if stdout is not None:
            stdout.write(message)

    home, index, _group = site_ensure()  # what setup_site makes, the privacy notice included
    courses = []
    for name in DEMO_COURSE_MODULES:
        data = importlib.import_module(f"courses.demo_content.{name}").COURSE
        course = course_load(index=index, data=data)
        lessons = LessonPage.objects.descendant_of(course).count()
        say(f"Course “{course.title}”: {len(data['modules'])} modules, {lessons} lessons")
        courses.append(course)
    users = users_load()
    say(f"Users: {len(users)}")
    learner_progress_load(learner=users[DEMO_USERS[0].email], course=courses[0])
    swedish_demo_load(course=courses[0])
    say("Swedish: the home page, the catalogue and the first module (every course follows with its quizzes)")
    return {"home": home, "index": index, "courses": courses, "users": users}


def _translate(page, locale, fields):
    """The translation of `page` into `locale`, created (with its parents) or updated, and published."""
    translation = page.get_translation_or_none(locale)
    if translation is None:
        translation = page.copy_for_translation(locale, copy_parents=True)
    translation = translation.specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    translation.save_revision().publish()
    return translation


def swedish_demo_load(*, course):
    """The dual-leadership module of the orientation course in Swedish, so a Swedish-speaking councillor can
    study it start to finish in Swedish with progress shared with the Finnish original."""
    data = importlib.import_module("courses.demo_content.orientation_2021_sv").COURSE_SV
    swedish = Locale.objects.get(language_code="sv")
    home_sv = _translate(
        course.get_parent().get_parent().specific,
        swedish,
        {"title": "Nya fullmäktige – USO-nätverkets introduktion", "lead": SWEDISH_HOME_LEAD, "slug": "hem"},
    )
    _translate(
        course.get_parent().specific,
        swedish,
        {
            "title": "Kurser",
            "slug": "kurser",
            "intro": "<p>Webbkurser för introduktionen av fullmäktige 2021–2025.</p>",
        },
    )
    course_sv = _translate(
        course,
        swedish,
        {
            "title": data["title"],
            "slug": data["slug"],
            "summary": data["summary"],
            "learning_objectives": data["learning_objectives"],
            "body": _stream(IntroStreamBlock(), data.get("intro", [])),
        },
    )
    for module_slug, module_data in data["modules"].items():
        module = ModulePage.objects.child_of(course).get(slug=module_slug)
        _translate(
            module,
            swedish,
            {
                "title": module_data["title"],
                "slug": module_data["slug"],
                "summary": module_data.get("summary", ""),
                "learning_objectives": module_data.get("learning_objectives") or OBJECTIVES_SV.get(module_slug, ""),
                "body": _stream(IntroStreamBlock(), module_data.get("intro", [])),
            },
        )
        for lesson_slug, lesson_data in module_data["lessons"].items():
            lesson = LessonPage.objects.child_of(module).get(slug=lesson_slug)
            _translate(
                lesson,
                swedish,
                {
                    "title": lesson_data["title"],
                    "slug": lesson_data["slug"],
                    "summary": lesson_data.get("summary", ""),
                    "body": _stream(LessonStreamBlock(), lesson_data["body"]),
                },
            )
    return home_sv, course_sv


SWEDISH_HOME_LEAD = (
    "Introduktion för de förtroendevalda som valdes i kommunalvalet 2021 och för tjänsteinnehavarna som arbetar "
    "med dem: dubbelt ledarskap, roller och goda samarbetsformer, i korta lektioner på telefonen eller datorn."
)
