"""Learners save and revisit reflection answers; trainers read only the shared ones, anonymised."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from assessments.models import ReflectionAnswer
from courses.models import LessonPage
from municipalities.models import Municipality
from tests.builders import make_course, make_lesson, make_module, make_user
from tests.refusals import assert_refused

pytestmark = pytest.mark.django_db

QUESTION = "Mistä yhteistyön onnistumisesta haluaisit kertoa kauden lopussa?"


@pytest.fixture
def lesson():
    made = make_lesson(
        make_module(make_course()),
        body=[
            ("paragraph", "<p>Teksti.</p>"),
            ("reflection", {"question": QUESTION, "guidance": "Kirjoita muistiin."}),
            ("reflection", {"question": "Toinen kysymys?", "guidance": ""}),
        ],
    )
    return LessonPage.objects.get(pk=made.pk)


def block_ids(lesson):
    return [block["id"] for block in lesson.body.raw_data if block["type"] == "reflection"]


def save(client, lesson, block_id, text, share=False):
    prefix = f"reflection-{block_id[:8]}"
    data = {f"{prefix}-text": text}
    if share:
        data[f"{prefix}-share_with_trainers"] = "on"
    return client.post(reverse("assessments:reflection_save", args=[lesson.id, block_id]), data)


def test_learner_saves_and_revisits_an_answer(client, lesson):
    user = make_user()
    client.force_login(user)
    first, second = block_ids(lesson)

    response = save(client, lesson, first, "Sovimme pelisäännöt yhdessä.")
    assert response.status_code == 302
    assert response.url.endswith(f"#reflection-{first}")
    page = client.get(lesson.url).content.decode()
    assert "Sovimme pelisäännöt yhdessä." in page
    assert page.count("<textarea") == 2

    save(client, lesson, first, "Päivitetty vastaus.", share=True)
    answer = ReflectionAnswer.objects.get(user=user, lesson=lesson, block_id=first)
    assert (answer.text, answer.share_with_trainers) == ("Päivitetty vastaus.", True)
    assert not ReflectionAnswer.objects.filter(block_id=second).exists()


def test_an_empty_answer_is_shown_again_with_an_error(client, lesson):
    client.force_login(make_user())
    response = save(client, lesson, block_ids(lesson)[0], "")
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert not ReflectionAnswer.objects.exists()


def test_a_too_long_answer_keeps_the_text(client, lesson):
    client.force_login(make_user())
    text = "pitkä " * 1000
    response = save(client, lesson, block_ids(lesson)[0], text)
    assert response.status_code == 400
    assert text.strip()[:200] in response.content.decode()
    assert not ReflectionAnswer.objects.exists()


def test_unknown_block_is_refused(client, lesson):
    client.force_login(make_user())
    response = save(client, lesson, "0b7a1f3e-6a57-4c1e-9d2b-000000000000", "Teksti")
    assert response.status_code == 404
    assert not ReflectionAnswer.objects.exists()


def test_anonymous_visitors_are_sent_to_log_in(client, lesson):
    response = save(client, lesson, block_ids(lesson)[0], "Teksti")
    assert response.status_code == 302
    assert "/tili/" in response.url
    assert not ReflectionAnswer.objects.exists()


def trainer(client):
    user = make_user(is_staff=False)
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_shared_reflections"),
    )
    client.force_login(user)
    return user


def test_trainers_see_only_shared_answers_without_names(client, lesson):
    first = block_ids(lesson)[0]
    small, _created = Municipality.objects.get_or_create(code="494", defaults={"name_fi": "Muhos"})
    large, _created = Municipality.objects.get_or_create(code="091", defaults={"name_fi": "Helsinki"})
    people = [make_user(first_name="Aino", last_name=f"Salainen{n}", municipality=large) for n in range(5)]
    people.append(make_user(first_name="Olli", last_name="Pieni", municipality=small))
    for index, person in enumerate(people):
        ReflectionAnswer.objects.create(
            user=person, lesson=lesson, block_id=first, text=f"Jaettu vastaus {index}", share_with_trainers=True
        )
    ReflectionAnswer.objects.create(
        user=make_user(municipality=large), lesson=lesson, block_id=first, text="Yksityinen", share_with_trainers=False
    )
    trainer(client)

    index = client.get(reverse("assessments_admin:reflections_index"))
    assert lesson.title in index.content.decode()
    response = client.get(reverse("assessments_admin:reflections", args=[lesson.id]))
    page = response.content.decode()

    assert response.status_code == 200
    assert all(f"Jaettu vastaus {n}" in page for n in range(6))
    assert "Yksityinen" not in page
    assert "Salainen" not in page and "Pieni" not in page
    assert "Helsinki" in page  # five people shared from it
    assert "Muhos" not in page  # one person: the name would point at them
    assert QUESTION in page


def test_shared_reflections_need_the_permission(client, lesson):
    user = make_user()
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(reverse("assessments_admin:reflections", args=[lesson.id]))
    assert_refused(client, response)


def test_anonymous_visitors_see_the_question_and_a_login_link(client, lesson):
    quiz_free_page = client.get(lesson.url)
    page = quiz_free_page.content.decode()
    assert quiz_free_page.status_code == 200
    assert QUESTION in page
    assert "<textarea" not in page
    assert reverse("accounts:login") in page
