"""Issue 18 on the learner's pages: where the learner is at the top of a lesson, the done button kept in
reach, the rewards offered where completion shows, and course cards with cover, progress, languages and themes."""

import pytest
from django.urls import reverse

from tests.builders import make_course_tree, make_index, make_user, translate

pytestmark = pytest.mark.django_db


def enrolled(client, course, done=()):
    user = make_user()
    client.force_login(user)
    client.post(reverse("courses:enrol", args=[course.id]))
    for lesson in done:
        client.post(reverse("courses:lesson_complete", args=[lesson.id]))
    return user


def test_the_top_of_a_lesson_says_module_n_of_m_and_lesson_n_of_m(client):
    course, lessons = make_course_tree(modules=2, lessons=3)
    enrolled(client, course, done=lessons[:1])

    response = client.get(lessons[4].url)  # the second lesson of the second module

    context = response.context
    assert (context["module_number"], context["module_count"]) == (2, 2)
    assert (context["lesson_number"], context["lesson_count"]) == (2, 3)
    page = response.content.decode()
    status = page.index('class="lesson-where"')
    assert status < page.index("<h1")  # at the top, before the lesson's text
    assert "17 %" in page[status : page.index("<h1")]  # the course's progress: 1 of 6
    assert 'href="#lesson-done"' in page and 'id="lesson-done"' in page
    assert "lesson-done-sticky" in page  # kept in reach on a phone while not done


def test_a_done_lesson_offers_the_next_one_and_is_not_sticky(client):
    course, lessons = make_course_tree(modules=1, lessons=2)
    enrolled(client, course, done=lessons[:1])

    page = client.get(lessons[0].url).content.decode()

    assert "lesson-done-sticky" not in page
    assert f'<a class="button" href="{lessons[1].url}">' in page


def test_completion_offers_the_certificate_and_badge_not_continue(client):
    course, lessons = make_course_tree(modules=1, lessons=1)
    enrolled(client, course, done=lessons)
    certificates = reverse("certificates:mine")

    course_page = client.get(course.url).content.decode()
    my_learning = client.get(reverse("courses:my_learning")).content.decode()
    lesson_page = client.get(lessons[0].url).content.decode()

    for page in (course_page, my_learning, lesson_page):
        assert f'href="{certificates}"' in page
    assert "Jatka siitä, mihin jäit" not in course_page and "Jatka siitä, mihin jäit" not in my_learning


def test_catalogue_cards_show_cover_progress_languages_and_theme_links(client):
    index = make_index()
    course, lessons = make_course_tree(modules=1, lessons=4, index=index)
    course.tags.add("kuntalaki")
    course.save_revision().publish()
    translate(course, "sv", title="Kurs på svenska")
    enrolled(client, course, done=lessons[:1])

    page = client.get(index.url).content.decode()

    assert "/static/img/covers/documents.svg" in page  # the theme's illustration, decorative
    assert 'alt=""' in page
    assert "25 %" in page  # 1 of 4 lessons
    assert '<span lang="fi">suomi</span>, <span lang="sv">svenska</span>' in page  # each in its own language
    assert f'href="{index.url}?tag=kuntalaki"' in page


def test_my_learning_suggests_a_next_course(client):
    index = make_index()
    first, _lessons = make_course_tree(modules=1, lessons=1, index=index)
    second, _more = make_course_tree(modules=1, lessons=1, index=index)
    enrolled(client, first)

    response = client.get(reverse("courses:my_learning"))

    assert response.context["next_course"].course.pk == second.pk
    assert f'href="{second.url}"' in response.content.decode()


def test_the_admin_does_not_autosave_a_new_lesson_into_a_stray_draft(client):
    from courses.models import LessonPage
    from tests.builders import make_module

    course, _lessons = make_course_tree(modules=1, lessons=1)
    module = make_module(course)
    client.force_login(make_user(is_superuser=True, is_staff=True))
    before = LessonPage.objects.count()

    page = client.get(reverse("wagtailadmin_pages:add", args=("courses", "lessonpage", module.id)))

    assert page.status_code == 200
    assert "data-w-autosave-interval-value" not in page.content.decode()
    assert LessonPage.objects.count() == before
