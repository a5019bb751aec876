"""Quiz statistics follow the content: a person sees the statistics (page and CSV file) of the quizzes used in
pages they may edit, a superuser those of every quiz; a quiz elsewhere is not found, and someone who may edit
no page is refused."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission

from courses.models import LessonPage
from courses.setup import PAGE_PERMISSIONS
from supplements.models import LocalLessonPage
from supplements.services import content_editor_grant
from tests.builders import make_course, make_leader, make_module, make_user
from tests.refusals import assert_refused
from tests.supplements.builders import make_supplement

from .builders import make_quiz, make_quiz_lesson

pytestmark = pytest.mark.django_db

DETAIL_URLS = ["assessments_admin:statistics", "assessments_admin:statistics_csv"]


def course_editor(course):
    """Someone whose group may edit this one course's pages (and use the admin), nothing else."""
    group = Group.objects.create(name=f"Kurssin {course.pk} toimittajat")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in PAGE_PERMISSIONS:
        GroupPagePermission.objects.create(
            group=group,
            page=course,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )
    user = make_user()
    user.groups.add(group)
    return user


def with_quiz(local_lesson, quiz):
    local_lesson = LocalLessonPage.objects.get(pk=local_lesson.pk)
    local_lesson.body = LocalLessonPage.body.field.stream_block.to_python(
        [{"type": "paragraph", "value": "<p>Oma testi.</p>"}, {"type": "quiz", "value": quiz.pk}]
    )
    local_lesson.save_revision().publish()


@pytest.fixture
def two_courses():
    own, other = make_course(), make_course()
    own_quiz, other_quiz = make_quiz(title="Oman kurssin testi"), make_quiz(title="Toisen kurssin testi")
    make_quiz_lesson(make_module(own), own_quiz)
    make_quiz_lesson(make_module(other), other_quiz)
    return own, other, own_quiz, other_quiz


def titles(response):
    return [quiz.title for quiz in response.context["quizzes"]]


def test_a_course_editor_sees_the_quizzes_of_their_course_only(client, two_courses):
    own, _other, own_quiz, other_quiz = two_courses
    client.force_login(course_editor(own))

    index = client.get(reverse("assessments_admin:statistics_index"))

    assert index.status_code == 200 and titles(index) == ["Oman kurssin testi"]
    assert "Toisen kurssin testi" not in index.content.decode()
    for name in DETAIL_URLS:
        assert client.get(reverse(name, args=[own_quiz.id])).status_code == 200
        # Another course's quiz is answered as if it did not exist, the CSV file too.
        assert client.get(reverse(name, args=[other_quiz.id])).status_code == 404


def test_the_permission_to_edit_quizzes_alone_shows_no_statistics(client, two_courses):
    _own, _other, own_quiz, _other_quiz = two_courses
    user = make_user()
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="change_quiz")
    )
    client.force_login(user)
    assert_refused(client, client.get(reverse("assessments_admin:statistics_index")))
    for name in DETAIL_URLS:
        assert_refused(client, client.get(reverse(name, args=[own_quiz.id])))


def test_a_superuser_sees_every_quiz_even_one_used_nowhere(client, two_courses):
    make_quiz(title="Käyttämätön testi")
    client.force_login(make_user(is_superuser=True, is_staff=True))

    index = client.get(reverse("assessments_admin:statistics_index"))

    assert set(titles(index)) >= {"Oman kurssin testi", "Toisen kurssin testi", "Käyttämätön testi"}


def test_an_editor_of_pages_without_quizzes_is_told_why_the_list_is_empty(client):
    course = make_course()
    make_quiz_lesson(make_module(make_course()), make_quiz())
    client.force_login(course_editor(course))

    response = client.get(reverse("assessments_admin:statistics_index"))

    assert response.status_code == 200 and titles(response) == []
    assert "Millään oppitunnilla, jota saat muokata, ei ole testiä" in response.content.decode()


def test_a_quiz_moved_out_of_the_course_leaves_its_editors(client, two_courses):
    own, _other, own_quiz, _other_quiz = two_courses
    lesson = LessonPage.objects.descendant_of(own).get()
    lesson.body = LessonPage.body.field.stream_block.to_python([{"type": "paragraph", "value": "<p>Ei testiä.</p>"}])
    lesson.save_revision().publish()
    client.force_login(course_editor(own))

    assert client.get(reverse("assessments_admin:statistics", args=[own_quiz.id])).status_code == 404


def test_a_supplement_editor_sees_no_network_quiz(client, hameenlinna, two_courses):
    """A municipality's content editors edit only their own local lessons, which cannot hold a quiz
    (docs/local.md): the network course's quizzes stay out of their reach, list and CSV alike."""
    own, _other, own_quiz, _other_quiz = two_courses
    make_supplement(hameenlinna, own)
    editor = make_user(municipality=hameenlinna)
    content_editor_grant(leader=make_leader(hameenlinna), municipality=hameenlinna, person=editor)
    client.force_login(editor)

    index = client.get(reverse("assessments_admin:statistics_index"))

    assert index.status_code == 200 and titles(index) == []
    for name in DETAIL_URLS:
        assert client.get(reverse(name, args=[own_quiz.id])).status_code == 404


def test_the_menu_shows_quiz_statistics_to_page_editors_only(client, two_courses):
    own, *_rest = two_courses
    label = "Testien tilastot"
    client.force_login(course_editor(own))
    assert label in client.get(reverse("wagtailadmin_home")).content.decode()
    coordinator_like = make_user()
    coordinator_like.user_permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="change_quiz")
    )
    client.force_login(coordinator_like)
    assert label not in client.get(reverse("wagtailadmin_home")).content.decode()
