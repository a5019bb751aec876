"""The demo loader builds the orientation courses and the demo users, and can run any number of times."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Locale

from courses.models import CoursePage, Enrolment, LessonCompletion, LessonPage, ModulePage

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module", autouse=True)
def demo(module_transaction):
    """The demo, loaded once for the module: the tests read it (what one writes is rolled back after it)."""
    call_command("load_demo", stdout=io.StringIO())


def counts():
    return {
        "courses": CoursePage.objects.count(),
        "modules": ModulePage.objects.count(),
        "lessons": LessonPage.objects.count(),
        "users": get_user_model().objects.count(),
        "enrolments": Enrolment.objects.count(),
        "completions": LessonCompletion.objects.count(),
    }


def test_demo_loads_again_without_duplicates(capsys):
    first = counts()
    call_command("load_demo")
    assert counts() == first
    output = capsys.readouterr().out
    assert "valtuutettu@example.fi" in output and "kouluttaja@example.fi" in output


def test_demo_has_the_orientation_course_with_substantive_finnish_lessons(client):
    # The Swedish and English trees hold aliases with the same slug; the course itself is the Finnish page.
    orientation = CoursePage.objects.get(locale=Locale.get_default(), slug="valtuustokauden-2021-2025-perehdytys")
    assert orientation.title == "Valtuustokauden 2021–2025 perehdytys"
    modules = ModulePage.objects.child_of(orientation).live()
    assert modules.count() >= 3
    for module in modules:
        lessons = LessonPage.objects.child_of(module).live()
        assert lessons.count() >= 3
        for lesson in lessons:
            text = " ".join(str(block.render()) for block in lesson.body)
            assert len(text.split()) > 300, lesson.title
    assert CoursePage.objects.filter(slug="kestava-kunnan-johtaminen").exists()

    html = client.get(orientation.url).content.decode()
    assert "Kaksoisjohtaminen" in html


def test_demo_councillor_can_log_in_and_has_started(client):
    assert client.login(email="valtuutettu@example.fi", password="Valtuusto2021!")
    entries = client.get("/oma-oppiminen/").context["entries"]
    assert entries[0].progress.done == 2


def test_demo_trainer_reaches_the_admin_and_can_add_a_lesson(client):
    assert client.login(email="kouluttaja@example.fi", password="Koulutus2021!")
    module = ModulePage.objects.first()
    assert client.get("/admin/").status_code == 200
    response = client.get(f"/admin/pages/add/courses/lessonpage/{module.id}/")
    assert response.status_code == 200


def test_demo_copies_the_orientation_for_2025_with_the_changed_facts(client):
    call_command("load_demo")
    old = CoursePage.objects.get(locale=Locale.get_default(), slug="valtuustokauden-2021-2025-perehdytys")
    new = CoursePage.objects.get(locale=Locale.get_default(), slug="valtuustokauden-2025-2029-perehdytys")
    assert old.council_term.name == "2021–2025" and new.council_term.name == "2025–2029" and new.live
    # The same lessons but the 2021 one on the coming sote reform (courses/demo_new_term.py).
    assert LessonPage.objects.descendant_of(new).count() == LessonPage.objects.descendant_of(old).count() - 1
    intro = " ".join(str(block.render()) for block in new.body)
    assert "13.4.2025" in intro and "1.6.2025" in intro and "31.5.2029" in intro
    assert "hyvinvointialueille 1.1.2023" in intro and "toukokuun 2025 loppuun" not in intro
    new_text = " ".join(
        str(block.render()) for lesson in LessonPage.objects.descendant_of(new) for block in lesson.body
    )
    assert "Valtuustokausi 2021–2025 on tavallista lyhyempi" not in new_text and "kausi 2025–2029" in new_text
    old_text = " ".join(
        str(block.render()) for lesson in LessonPage.objects.descendant_of(old) for block in lesson.body
    )
    assert "Valtuustokausi 2021–2025 on tavallista lyhyempi" in old_text  # the 2021 course is unchanged
    assert not Enrolment.objects.filter(course=new, user__email="valtuutettu@example.fi").exists()
    catalogue = client.get(old.get_parent().url).content.decode()
    assert "Valtuustokausi 2021–2025" in catalogue and "Valtuustokausi 2025–2029" in catalogue
