"""Signed-in readers share the rendered lesson body (courses/templatetags/lesson_body_tags.py); each still sees
only their own answers in it, and previews and new revisions never meet an old copy."""

import pytest
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from assessments.services import reflection_save
from courses.models import LessonPage
from tests.builders import make_course_tree, make_lesson, make_user

pytestmark = pytest.mark.django_db


def stream(*blocks):
    return LessonPage.body.field.stream_block.to_python([{"type": t, "value": v} for t, v in blocks])


@pytest.fixture
def lesson(db):
    course, lessons = make_course_tree(modules=1, lessons=1)
    image = get_image_model().objects.create(title="Valtuustosali", file=get_test_image_file())
    lesson = make_lesson(
        lessons[0].get_parent(),
        body=[
            ("paragraph", "<p>Yhteinen teksti.</p>"),
            ("image", {"image": image.pk, "alt_text": "Valtuustosali", "caption": "Sali"}),
            ("reflection", {"question": "Mitä ajattelet?", "guidance": ""}),
            ("paragraph", "<p>Toinen kappale.</p>"),
        ],
    )
    lesson.course = course
    return lesson


def signed_in(client, user, course):
    client.force_login(user)
    client.post(reverse("courses:enrol", args=[course.id]))


def reflection_block_id(lesson):
    return next(block.id for block in lesson.body if block.block_type == "reflection")


def test_each_reader_sees_their_own_answer_in_the_shared_body(client, lesson):
    aino, bertil = make_user(), make_user()
    block_id = reflection_block_id(lesson)
    reflection_save(user=aino, lesson_id=lesson.id, block_id=block_id, text="Ainon ajatus", share_with_trainers=False)
    reflection_save(
        user=bertil, lesson_id=lesson.id, block_id=block_id, text="Bertilin ajatus", share_with_trainers=False
    )

    signed_in(client, aino, lesson.course)
    first = client.get(lesson.url).content.decode()
    signed_in(client, bertil, lesson.course)
    second = client.get(lesson.url).content.decode()
    client.logout()
    anonymous = client.get(lesson.url).content.decode()

    assert "Ainon ajatus" in first and "Bertilin ajatus" not in first
    assert "Bertilin ajatus" in second and "Ainon ajatus" not in second
    assert "Ainon ajatus" not in anonymous and "Bertilin ajatus" not in anonymous
    for page in (first, second, anonymous):
        assert page.index("Yhteinen teksti.") < page.index("Mitä ajattelet?") < page.index("Toinen kappale.")
        assert "Valtuustosali" in page


def test_the_shared_blocks_are_rendered_once_per_revision_the_personal_ones_every_time(client, lesson):
    def block_templates(response):
        return {template.name for template in response.templates if template.name.startswith(("blocks/", "assess"))}

    signed_in(client, make_user(), lesson.course)
    first = block_templates(client.get(lesson.url))
    signed_in(client, make_user(), lesson.course)
    second = block_templates(client.get(lesson.url))
    LessonPage.objects.get(pk=lesson.pk).save_revision().publish()  # the same text, a new revision
    after_publish = block_templates(client.get(lesson.url))

    assert {"blocks/image.html", "blocks/reflection.html", "assessments/reflection_answer.html"} <= first
    assert second == {"blocks/reflection.html", "assessments/reflection_answer.html"}
    assert after_publish == first


def test_a_new_revision_replaces_the_cached_body_at_once(client, lesson):
    signed_in(client, make_user(), lesson.course)
    assert "Yhteinen teksti." in client.get(lesson.url).content.decode()

    page = LessonPage.objects.get(pk=lesson.pk)
    page.body = stream(("paragraph", "<p>Korjattu teksti.</p>"))
    page.save_revision().publish()

    page = client.get(lesson.url).content.decode()
    assert "Korjattu teksti." in page
    assert "Yhteinen teksti." not in page


def test_a_preview_of_a_draft_neither_reads_nor_fills_the_cache(client, lesson):
    signed_in(client, make_user(), lesson.course)
    client.get(lesson.url)  # the live body is cached

    draft = LessonPage.objects.get(pk=lesson.pk)
    draft.body = stream(("paragraph", "<p>Keskeneräinen luonnos.</p>"))
    revision = draft.save_revision()  # saved, not published
    preview = revision.as_object().make_preview_request()

    assert "Keskeneräinen luonnos." in preview.content.decode()
    assert "Yhteinen teksti." not in preview.content.decode()
    live = client.get(lesson.url).content.decode()
    assert "Keskeneräinen luonnos." not in live
    assert "Yhteinen teksti." in live
