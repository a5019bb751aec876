"""The demo courses in Swedish: every course, module and lesson a published Swedish translation of its Finnish page.

Runs after the Finnish demo and its quizzes exist (assessments/demo_sv.py calls it). Idempotent: translations are
found through the Finnish page's translation_key. A Swedish page that the language sync made as an alias of the
Finnish one is turned into a real translation the way wagtail-localize does it (same page, same id, no longer
following the Finnish text). Lesson blocks take the ids of the Finnish blocks in the same position, so reflection
answers and quiz blocks line up across the languages; a Finnish quiz block is repeated with the Swedish quiz.
"""

import uuid

from wagtail.models import Locale

from .blocks import IntroStreamBlock, LessonStreamBlock
from .demo_content.module_objectives import SV as OBJECTIVES_SV
from .demo_content.swedish import COURSES_SV
from .models import CoursePage, LessonPage, ModulePage

QUIZ_BLOCK = "quiz"

# The demo's theme tags in Swedish: each language's course carries its own themes, so the Swedish catalogue
# offers Swedish themes (courses.selectors.catalogue_for_request lists the themes of its own courses).
THEMES_SV = {
    "kaksoisjohtaminen": "dubbelt ledarskap",
    "roolit": "roller",
    "yhteistyö": "samarbete",
    "strategia": "strategi",
    "kuntalaki": "kommunallagen",
    "perehdytys": "introduktion",
    "kestävyys": "hållbarhet",
    "sosiaalinen kestävyys": "social hållbarhet",
    "taloudellinen kestävyys": "ekonomisk hållbarhet",
    "ekologinen kestävyys": "ekologisk hållbarhet",
    "ennakointi": "framsyn",
}


def _translation_of(page, locale):
    translation = page.get_translation_or_none(locale)
    if translation is None:
        return page.copy_for_translation(locale, copy_parents=True).specific
    translation = translation.specific
    if translation.alias_of_id:
        translation.alias_of_id = None
        translation.save(update_fields=["alias_of_id"], clean=False)
    return translation


def _publish(page, fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save()
    page.save_revision().publish()
    return page


def _stream(block, original, raw_blocks, *, quiz_translations=None):
    """`raw_blocks` as a stream whose ids are those of the original's blocks in the same position and type,
    followed by the original's quiz blocks (same ids), each holding the quiz's translation where there is one."""
    original_raw = list(original.body.raw_data)
    content = [item for item in original_raw if item["type"] != QUIZ_BLOCK]
    items = []
    for index, (block_type, value) in enumerate(raw_blocks):
        same = index < len(content) and content[index]["type"] == block_type
        items.append({"type": block_type, "value": value, "id": content[index]["id"] if same else str(uuid.uuid4())})
    if quiz_translations is not None:
        for item in original_raw:
            if item["type"] == QUIZ_BLOCK and item["value"]:
                quiz_id = int(item["value"])
                items.append({"type": QUIZ_BLOCK, "value": quiz_translations.get(quiz_id, quiz_id), "id": item["id"]})
    return block.to_python(items)


def course_translate(*, course, data, locale, quiz_translations):
    translation = _translation_of(course, locale)
    translation.tags.set([THEMES_SV.get(tag.name, tag.name) for tag in course.tags.all()])
    translation = _publish(
        translation,
        {
            "title": data["title"],
            "slug": data["slug"],
            "summary": data["summary"],
            "learning_objectives": data["learning_objectives"],
            "audience": course.audience,
            "estimated_minutes": course.estimated_minutes,
            "body": _stream(IntroStreamBlock(), course, data.get("intro", [])),
        },
    )
    lessons = 0
    for module in ModulePage.objects.child_of(course).order_by("path"):
        module_data = data["modules"].get(module.slug)
        if module_data is None:
            continue
        _publish(
            _translation_of(module, locale),
            {
                "title": module_data["title"],
                "slug": module_data["slug"],
                "summary": module_data.get("summary", ""),
                "learning_objectives": module_data.get("learning_objectives") or OBJECTIVES_SV.get(module.slug, ""),
                "body": _stream(IntroStreamBlock(), module, module_data.get("intro", [])),
            },
        )
        for lesson in LessonPage.objects.child_of(module).order_by("path"):
            lesson_data = module_data["lessons"].get(lesson.slug)
            if lesson_data is None:
                continue
            _publish(
                _translation_of(lesson, locale),
                {
                    "title": lesson_data["title"],
                    "slug": lesson_data["slug"],
                    "summary": lesson_data.get("summary", ""),
                    "estimated_minutes": lesson.estimated_minutes,
                    "body": _stream(
                        LessonStreamBlock(), lesson, lesson_data["body"], quiz_translations=quiz_translations
                    ),
                },
            )
            lessons += 1
    return translation, lessons


def swedish_courses_load(*, quiz_translations):
    """Translate every demo course that exists in Finnish; {Finnish quiz id: Swedish quiz id} places the
    Swedish quizzes. Returns the number of Swedish lessons written."""
    swedish = Locale.objects.get(language_code="sv")
    lessons = 0
    for slug, data in COURSES_SV.items():
        course = CoursePage.objects.filter(locale=Locale.get_default(), slug=slug).first()
        if course is None:
            continue
        _translation, count = course_translate(
            course=course, data=data, locale=swedish, quiz_translations=quiz_translations
        )
        lessons += count
    return lessons
