"""Login throttling and the Content-Security-Policy, through the public surface."""

import re

import pytest
from django.urls import reverse

from tests.builders import make_course_tree, make_user
from tests.i18n import tr

pytestmark = pytest.mark.django_db


@pytest.fixture
def axes_on(settings):
    settings.AXES_ENABLED = True


def log_in(client, email, password):
    return client.post(reverse("accounts:login"), {"username": email, "password": password}, REMOTE_ADDR="10.1.2.3")


def test_five_wrong_passwords_lock_the_account_for_that_address(client, axes_on):
    make_course_tree(modules=1, lessons=1)
    make_user(email="aino@example.fi", password="oikea-salasana-1")
    for _ in range(4):
        assert log_in(client, "aino@example.fi", "väärä").status_code == 200
    assert log_in(client, "aino@example.fi", "väärä").status_code == 429  # the fifth failure locks
    locked = log_in(client, "aino@example.fi", "oikea-salasana-1")
    assert locked.status_code == 429
    assert tr("Too many failed attempts") in locked.content.decode()
    assert "_auth_user_id" not in client.session
    other_address = client.post(
        reverse("accounts:login"),
        {"username": "aino@example.fi", "password": "oikea-salasana-1"},
        REMOTE_ADDR="10.9.9.9",
    )
    assert other_address.status_code == 302  # the lock is for this email from that address only


def test_a_successful_login_resets_the_count(client, axes_on):
    make_course_tree(modules=1, lessons=1)
    make_user(email="aino@example.fi", password="oikea-salasana-1")
    for _ in range(4):
        log_in(client, "aino@example.fi", "väärä")
    assert log_in(client, "aino@example.fi", "oikea-salasana-1").status_code == 302
    client.logout()
    for _ in range(4):
        log_in(client, "aino@example.fi", "väärä")
    assert log_in(client, "aino@example.fi", "oikea-salasana-1").status_code == 302


SPELLINGS = ["aino@example.fi", "AINO@example.fi", "Aino@Example.fi", " aino@EXAMPLE.FI ", "aINO@example.FI"]


def test_changing_the_case_of_the_address_gives_no_extra_guesses(client, axes_on):
    make_course_tree(modules=1, lessons=1)
    make_user(email="aino@example.fi", password="oikea-salasana-1")
    statuses = [log_in(client, spelling, "väärä").status_code for spelling in SPELLINGS]
    assert statuses == [200, 200, 200, 200, 429]  # five failures in all, whatever the spelling
    for spelling in ["AiNo@example.fi", "aino@example.fi"]:
        locked = log_in(client, spelling, "oikea-salasana-1")
        assert locked.status_code == 429
        assert tr("Too many failed attempts") in locked.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_admin_login_counts_every_spelling_against_the_same_account(client, axes_on):
    make_course_tree(modules=1, lessons=1)
    make_user(email="aino@example.fi", password="oikea-salasana-1", is_staff=True, is_superuser=True)
    admin_login = reverse("wagtailadmin_login")
    for spelling in SPELLINGS[:4]:
        client.post(admin_login, {"username": spelling, "password": "väärä"}, REMOTE_ADDR="10.1.2.3")
    # The fifth failure on the site's own form locks, counted together with the four made in the admin.
    assert log_in(client, "AINO@EXAMPLE.FI", "väärä").status_code == 429
    response = client.post(
        admin_login, {"username": "Aino@example.fi", "password": "oikea-salasana-1"}, REMOTE_ADDR="10.1.2.3"
    )
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_success_in_another_spelling_resets_the_count(client, axes_on):
    make_course_tree(modules=1, lessons=1)
    make_user(email="aino@example.fi", password="oikea-salasana-1")
    for spelling in SPELLINGS[:4]:
        log_in(client, spelling, "väärä")
    assert log_in(client, "AINO@EXAMPLE.FI", "oikea-salasana-1").status_code == 302
    client.logout()
    for spelling in SPELLINGS[:4]:
        assert log_in(client, spelling, "väärä").status_code == 200
    assert log_in(client, "aino@example.fi", "oikea-salasana-1").status_code == 302


def test_unknown_addresses_are_counted_without_regard_to_case(client, axes_on):
    make_course_tree(modules=1, lessons=1)
    unknown = ["eino@example.fi", "EINO@example.fi", "Eino@Example.fi", " eino@EXAMPLE.FI ", "eINO@example.FI"]
    statuses = [log_in(client, spelling, "väärä").status_code for spelling in unknown]
    assert statuses == [200, 200, 200, 200, 429]


def test_public_pages_send_a_strict_content_security_policy(client):
    course, lessons = make_course_tree(modules=1, lessons=1)
    response = client.get(lessons[0].url)
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy


@pytest.mark.parametrize("page", ["home", "catalogue", "course", "module", "lesson", "login", "my_learning"])
def test_core_pages_have_no_inline_scripts_or_styles(client, page):
    course, lessons = make_course_tree(modules=1, lessons=1)
    client.force_login(make_user())
    client.post(reverse("courses:enrol", args=[course.id]))
    url = {
        "home": "/",
        "catalogue": course.get_parent().url,
        "course": course.url,
        "module": lessons[0].get_parent().url,
        "lesson": lessons[0].url,
        "login": reverse("accounts:login"),
        "my_learning": reverse("courses:my_learning"),
    }[page]
    if page == "login":
        client.logout()
    html = client.get(url).content.decode()
    inline_scripts = [tag for tag in re.findall(r"<script\b[^>]*>", html) if "src=" not in tag]
    assert inline_scripts == []
    assert not re.search(r"\sstyle=\"", html)
