"""Builders for supplement tests: a municipality's supplement to a course, with local lessons."""

import itertools

from supplements.models import LocalLessonPage, LocalSupplementPage
from supplements.setup import municipality_folder_ensure

_counter = itertools.count(1)


def make_supplement(place, course, *, after_module=None, lessons=(True,), language="fi", **fields):
    """A published supplement of `place` to `course`, with one local lesson per item of `lessons` (True:
    required). Returns (supplement, [lessons])."""
    n = next(_counter)
    folder = municipality_folder_ensure(municipality=place)
    fields.setdefault("title", f"Oma osa {n}")
    fields.setdefault("slug", f"oma-osa-{n}")
    supplement = folder.add_child(
        instance=LocalSupplementPage(course=course, after_module=after_module, language=language, **fields)
    )
    supplement.save_revision().publish()
    made = [add_local_lesson(supplement, required=required) for required in lessons]
    return LocalSupplementPage.objects.get(pk=supplement.pk), made


def add_local_lesson(supplement, *, required=True, body=None):
    """A published local lesson at the end of `supplement`; `body` as StreamField JSON (default a paragraph)."""
    m = next(_counter)
    lesson = LocalLessonPage(title=f"Paikallinen oppitunti {m}", slug=f"paikallinen-{m}", is_required=required)
    lesson.body = LocalLessonPage.body.field.stream_block.to_python(
        body or [{"type": "paragraph", "value": "<p>Hallintosääntömme.</p>"}]
    )
    lesson = supplement.add_child(instance=lesson)
    lesson.save_revision().publish()
    return lesson
