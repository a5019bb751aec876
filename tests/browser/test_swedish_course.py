"""A councillor who reads Swedish completes a Swedish course in a real browser: enrols on the Swedish course
page, studies every lesson, passes the Swedish quiz, gets the certificate in Swedish and the badge; the leader's
dashboard counts the completion in the same course as the Finnish learners' and names it in Swedish."""

import io

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from assessments.models import Quiz
from courses.models import Enrolment, LessonPage
from home.locales import locale_trees_sync
from municipalities.models import Role
from tests.assessments.builders import ids, make_quiz, make_quiz_lesson, question
from tests.builders import make_course, make_lesson, make_module, translate
from tests.certificates.builders import make_badge_class
from tests.participation.builders import make_person

from .conftest import sign_in

pytestmark = pytest.mark.browser


def sv(message):
    """The Swedish interface text the page shows (in Swedish once the catalogues are compiled)."""
    with translation.override("sv"):
        return translation.gettext(message)


def swedish_course():
    """A course of two modules (two lessons, then a quiz lesson), all in Swedish, with the quiz's Swedish copy
    in the Swedish lesson (same block, same question ids) and a badge."""
    quiz = make_quiz(
        title="Vem gör vad? (fi)",
        questions=[
            question("Kuka valmistelee valtuuston asiat?", (("Kunnanhallitus", True), ("Tarkastuslautakunta", False)))
        ],
    )
    course = make_course(title="Kaksikielinen perehdytys", slug="kaksikielinen-perehdytys")
    first, second = make_module(course, title="Roolit"), make_module(course, title="Tarkistus")
    lessons = [make_lesson(first, title="Valtuusto"), make_lesson(first, title="Hallitus")]
    quiz_lesson = make_quiz_lesson(second, quiz, title="Tietovisa")
    quiz_sv = Quiz.objects.create(
        title="Vem gör vad?", questions=quiz.questions.raw_data, pass_mark_percent=quiz.pass_mark_percent
    )
    quiz_sv.questions[0].value["text"] = "Vem bereder fullmäktiges ärenden?"
    quiz_sv.save()
    course_sv = translate(course, title="Tvåspråkig introduktion", slug="tvasprakig-introduktion")
    translate(first, title="Roller", slug="roller")
    translate(second, title="Kontroll", slug="kontroll")
    lessons_sv = [
        translate(lessons[0], title="Fullmäktige", slug="fullmaktige"),
        translate(lessons[1], title="Styrelsen", slug="styrelsen"),
    ]
    quiz_lesson_sv = translate(quiz_lesson, title="Quiz", slug="quiz")
    body = quiz_lesson_sv.body.raw_data
    for block in body:
        if block["type"] == "quiz":
            block["value"] = quiz_sv.pk  # the same block holds the Swedish copy
    quiz_lesson_sv = LessonPage.objects.get(pk=quiz_lesson_sv.pk)
    quiz_lesson_sv.body = body
    quiz_lesson_sv.save_revision().publish()
    make_badge_class(course, name="Tvåspråkig introduktion – slutförd")
    locale_trees_sync()
    return course, course_sv, lessons_sv, quiz, quiz_sv


def test_a_swedish_reader_completes_the_course_with_certificate_and_badge(context, site, live_server):
    course, course_sv, lessons_sv, quiz, quiz_sv = swedish_course()
    hameenlinna = site.people["leader"].municipality
    learner = make_person(  # a councillor of Hämeenlinna, so the leader's figures count her
        hameenlinna,
        Role.COUNCILLOR,
        email="svensk.larare@example.fi",
        first_name="Sara",
        last_name="Svensk",
        preferred_language="sv",
    )
    sign_in(context, live_server, learner)
    page = context.new_page()

    page.goto(course_sv.url)
    assert page.locator("html").get_attribute("lang") == "sv"
    page.get_by_role("button", name=sv("Enrol in the course")).click()
    page.get_by_role("link", name="Fullmäktige").first.click()
    for title in ("Styrelsen", "Quiz"):  # every lesson, "mark as done and continue"
        page.get_by_role("button", name=sv("Mark as done and continue")).click()
        page.get_by_role("heading", name=title, level=1).wait_for()

    ((question_id, options),) = ids(quiz_sv)
    assert page.get_by_text("Vem bereder fullmäktiges ärenden?").count() == 0  # not started yet
    page.locator(f"form[action*='/kokeet/{quiz_sv.pk}/aloita/'] button[type=submit]").click()
    page.get_by_text("Vem bereder fullmäktiges ärenden?").wait_for()
    page.locator(f"#option-{options[0]}").check()
    page.locator(".quiz-form button[type=submit]").click()
    page.get_by_text(sv("Well done! You have completed the whole course.")).wait_for()

    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.course_id == course.pk and enrolment.completed_at is not None  # the Finnish course of record

    page.goto("/sv/todistukset/")
    mine = page.locator("main").inner_text()
    assert "Tvåspråkig introduktion" in mine
    with translation.override("sv"):
        certificate_url = reverse("certificates:certificate_for_course", args=[course.pk])
        badge_url = reverse("certificates:badge_for_course", args=[course.pk])
    pdf = page.request.get(certificate_url)
    assert pdf.headers["content-type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(pdf.body()))
    assert reader.trailer["/Root"]["/Lang"] == "sv"
    text = " ".join(" ".join(pdf_page.extract_text().split()) for pdf_page in reader.pages)
    assert "Tvåspråkig introduktion" in text and "Sara Svensk" in text
    badge = page.request.get(badge_url)
    assert badge.ok and badge.headers["content-type"] == "image/png"

    leader = Client()
    leader.force_login(site.people["leader"])
    with translation.override("sv"):
        url = reverse("participation:municipality", args=[hameenlinna.code])
    response = leader.get(url, {"course": course.pk})
    assert "Tvåspråkig introduktion" in response.content.decode()
    assert response.context["figures"].by_course[course.pk].completed >= 1
    assert course_sv.pk not in response.context["figures"].by_course
