"""After login each role lands where its work is, a safe ?next= wins, and the header offers each role its
tasks: the leader's participants, roster import and reminders; the coordinator's overview and requests."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from courses.setup import trainers_group_ensure
from municipalities.models import Municipality, MunicipalLeader
from tests.builders import make_index, make_user

pytestmark = pytest.mark.django_db

PASSWORD = "salasana-123"


def place(code):
    return Municipality.objects.get(code=code)


def leader(*codes, **fields):
    user = make_user(**fields)
    for code in codes:
        MunicipalLeader.objects.create(user=user, municipality=place(code))
    return user


def coordinator():
    user = make_user()
    user.user_permissions.add(Permission.objects.get(content_type__app_label="municipalities", codename="view_network"))
    return user


def trainer():
    user = make_user()
    user.groups.add(trainers_group_ensure(course_index=make_index()))
    return user


def log_in(client, user, next_url=None):
    url = reverse("accounts:login") + (f"?next={next_url}" if next_url is not None else "")
    response = client.post(url, {"username": user.email, "password": PASSWORD})
    assert response.status_code == 302, response.content.decode()[:500]
    return response["Location"]


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        (lambda: make_user(), lambda: reverse("courses:my_learning")),
        (lambda: leader("109"), lambda: reverse("participation:municipality", args=["109"])),
        (lambda: leader("109", "638"), lambda: reverse("participation:index")),
        (lambda: coordinator(), lambda: reverse("participation:network")),
        (lambda: trainer(), lambda: reverse("wagtailadmin_home")),
        (lambda: make_user(is_superuser=True, is_staff=True), lambda: reverse("wagtailadmin_home")),
    ],
    ids=["learner", "leader", "leader of two", "coordinator", "trainer", "superuser"],
)
def test_each_role_lands_where_its_work_is(client, who, expected):
    assert log_in(client, who()) == expected()


def test_a_safe_next_wins_and_an_unsafe_one_is_ignored(client):
    user = leader("109")
    assert log_in(client, user, "/oma-oppiminen/") == "/oma-oppiminen/"
    client.logout()
    assert log_in(client, user, "https://evil.example/") == reverse("participation:municipality", args=["109"])
    client.logout()
    assert log_in(client, user, "//evil.example/x") == reverse("participation:municipality", args=["109"])


def test_the_landing_page_is_in_the_persons_language(client):
    user = leader("109", preferred_language="sv")
    assert log_in(client, user) == "/sv" + reverse("participation:municipality", args=["109"])


def test_a_signed_in_person_opening_the_login_page_goes_to_their_work(client):
    user = coordinator()
    client.force_login(user)
    response = client.get(reverse("accounts:login"))
    assert response.status_code == 302 and response["Location"] == reverse("participation:network")


def header(client):
    return client.get("/").content.decode().split("</header>")[0]


def test_the_leader_finds_participants_import_and_reminders_in_the_header_and_dashboard(client):
    make_index()
    client.force_login(leader("109"))
    html = header(client)
    for url in (
        reverse("participation:municipality", args=["109"]),
        reverse("rosters:import", args=["109"]),
        reverse("rosters:reminders", args=["109"]),
    ):
        assert f'href="{url}"' in html
    assert reverse("rosters:join_requests") not in html
    dashboard = client.get(reverse("participation:municipality", args=["109"])).content.decode()
    assert f'href="{reverse("rosters:import", args=["109"])}"' in dashboard
    assert f'href="{reverse("rosters:reminders", args=["109"])}"' in dashboard


def test_a_leader_of_two_chooses_the_municipality_on_the_list(client):
    make_index()
    client.force_login(leader("109", "638"))
    assert f'href="{reverse("participation:index")}"' in header(client)
    listing = client.get(reverse("participation:index")).content.decode()
    for code in ("109", "638"):
        assert reverse("rosters:import", args=[code]) in listing
        assert reverse("rosters:reminders", args=[code]) in listing


def test_the_coordinator_finds_the_overview_and_the_join_requests(client):
    make_index()
    client.force_login(coordinator())
    html = header(client)
    assert f'href="{reverse("participation:network")}"' in html
    assert f'href="{reverse("rosters:join_requests")}"' in html
    assert 'href="/admin/"' not in html  # no admin rights are needed for either


def test_the_learner_sees_no_operator_links(client):
    make_index()
    client.force_login(make_user())
    html = header(client)
    assert "/rosterit/" not in html and "/osallistuminen/" not in html and "/koordinointi/" not in html
