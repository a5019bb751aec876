"""The leadership pair: its members come from the roster of the current term; a task is done when every
member has marked it; the pair's notes are read by the pair alone, not even by the site's administrators;
the leader's dashboard says how far the pathway is, never its content."""

import datetime

import pytest
import time_machine
from django.urls import reverse

from accounts.privacy import person_erase, personal_data_export
from municipalities.models import Role, RoleAssignment
from municipalities.terms import term_named
from pairs.models import PairNote, PairPathway, PairTask
from tests.builders import make_coordinator, make_leader, make_user
from tests.participation.builders import make_person

pytestmark = pytest.mark.django_db

IN_2024 = datetime.datetime(2024, 3, 1, 12, tzinfo=datetime.UTC)
NEXT_TERM = datetime.datetime(2025, 6, 2, 12, tzinfo=datetime.UTC)
NOTE = "Luottamuksellinen: budjettiriihen linja"


@pytest.fixture
def pathway(db):
    pathway = PairPathway.objects.create(title="Kaksoisjohtamisen polku")
    tasks = [
        PairTask.objects.create(pathway=pathway, title="Johtajasopimus yhdessä", sort_order=0),
        PairTask.objects.create(pathway=pathway, title="Pelisäännöt", sort_order=1),
    ]
    return pathway, tasks


@pytest.fixture
def pair(hameenlinna):
    chair = make_person(hameenlinna, Role.COUNCIL_CHAIR)
    manager = make_person(hameenlinna, Role.MANAGER)
    return chair, manager


def _mark(client, user, task, done="1"):
    client.force_login(user)
    return client.post(reverse("pairs:task_mark", args=[task.id]), {"done": done})


def test_a_task_is_done_only_when_every_member_has_marked_it(client, pathway, pair, hameenlinna):
    _pathway, tasks = pathway
    chair, manager = pair
    _mark(client, chair, tasks[0])
    state = client.get(reverse("pairs:space")).context["pathways"][0]
    assert not state.tasks[0].is_done and state.done == 0
    _mark(client, manager, tasks[0])
    state = client.get(reverse("pairs:space")).context["pathways"][0]
    assert state.tasks[0].is_done and state.done == 1 and not state.is_done
    _mark(client, manager, tasks[0], done="0")  # taken back
    assert client.get(reverse("pairs:space")).context["pathways"][0].done == 0


def test_notes_are_seen_by_the_pair_only(client, pathway, pair, hameenlinna):
    chair, manager = pair
    client.force_login(chair)
    client.post(reverse("pairs:note_create"), {"text": NOTE})
    client.force_login(manager)
    assert NOTE in client.get(reverse("pairs:space")).content.decode()
    admin = make_user(is_superuser=True, is_staff=True)
    outsiders = [
        make_user(municipality=hameenlinna),
        make_leader(hameenlinna),
        make_coordinator(),
        admin,
        make_person(hameenlinna, Role.COUNCILLOR),
    ]
    for user in outsiders:
        client.force_login(user)
        response = client.get(reverse("pairs:space"))
        assert response.status_code == 403 and NOTE not in response.content.decode()
        # Not on the leader's dashboard, nor anywhere in the admin (the notes are not registered there).
        page = client.get(reverse("participation:municipality", args=[hameenlinna.code]))
        assert NOTE not in page.content.decode()
    client.force_login(admin)
    for url in ("/admin/", "/admin/snippets/", "/admin/pages/search/?q=budjettiriihen"):
        assert NOTE not in client.get(url).content.decode()
    note = PairNote.objects.get()
    assert client.get(f"/admin/snippets/pairs/pairnote/edit/{note.pk}/").status_code == 404


def test_an_outsider_cannot_write_into_the_pairs_space(client, pathway, pair, hameenlinna):
    _pathway, tasks = pathway
    outsider = make_user(municipality=hameenlinna)
    assert _mark(client, outsider, tasks[0]).status_code == 403
    assert client.post(reverse("pairs:note_create"), {"text": "x"}).status_code == 403
    assert not PairNote.objects.exists()


def test_hostile_ids_and_empty_notes(client, pathway, pair):
    chair, _manager = pair
    client.force_login(chair)
    assert client.post(reverse("pairs:task_mark", args=[999999999])).status_code == 404
    assert client.post("/johtajapari/tehtavat/99999999999999999999999/").status_code == 404
    assert client.post(reverse("pairs:note_create"), {"text": "   "}).status_code == 400
    assert client.post(reverse("pairs:note_delete", args=[123456])).status_code == 404
    assert client.get(reverse("pairs:task_mark", args=[1])).status_code == 405


def test_one_person_alone_is_no_pair(client, hameenlinna):
    lone = make_person(hameenlinna, Role.MANAGER)
    client.force_login(lone)
    assert client.get(reverse("pairs:space")).status_code == 403


def test_leader_sees_progress_never_content(client, pathway, pair, hameenlinna):
    _pathway, tasks = pathway
    chair, manager = pair
    for user in pair:
        _mark(client, user, tasks[0])
    _mark(client, chair, tasks[1])
    client.force_login(chair)
    client.post(reverse("pairs:note_create"), {"text": NOTE})
    client.force_login(make_leader(hameenlinna))
    html = client.get(reverse("participation:municipality", args=[hameenlinna.code])).content.decode()
    assert "Johtajapari on tehnyt polkunsa tehtävistä 1/2." in html
    assert NOTE not in html and "Pelisäännöt" not in html
    _mark(client, manager, tasks[1])
    client.force_login(make_leader(hameenlinna))
    html = client.get(reverse("participation:municipality", args=[hameenlinna.code])).content.decode()
    assert "Johtajapari on kulkenut polkunsa." in html
    assert reverse("pairs:space") not in html  # the leader is not in the pair: no link to its space


def test_a_member_who_leads_the_municipality_gets_a_link_to_the_space(client, pathway, pair, hameenlinna):
    from municipalities.models import MunicipalLeader

    _chair, manager = pair
    MunicipalLeader.objects.create(user=manager, municipality=hameenlinna)
    client.force_login(manager)
    html = client.get(reverse("participation:municipality", args=[hameenlinna.code])).content.decode()
    assert reverse("pairs:space") in html


def test_the_pair_follows_the_roster_of_the_new_term(client, pathway, hameenlinna):
    _pathway, tasks = pathway
    old_term, new_term = term_named("2021–2025"), term_named("2025–2029")
    chair = make_person(hameenlinna, Role.COUNCIL_CHAIR, term=old_term)
    manager = make_person(hameenlinna, Role.MANAGER, term=old_term)
    with time_machine.travel(IN_2024, tick=False):
        for user in (chair, manager):
            assert _mark(client, user, tasks[0]).status_code == 302
        assert client.get(reverse("pairs:space")).context["pathways"][0].done == 1
    new_chair = make_person(hameenlinna, Role.COUNCIL_CHAIR, term=new_term)
    RoleAssignment.objects.create(user=manager, municipality=hameenlinna, term=new_term, role=Role.MANAGER)
    with time_machine.travel(NEXT_TERM, tick=False):
        client.force_login(chair)  # no longer chair: out of the pair
        assert client.get(reverse("pairs:space")).status_code == 403
        client.force_login(new_chair)
        page = client.get(reverse("pairs:space"))
        assert page.status_code == 200
        assert {member.pk for member in page.context["members"]} == {new_chair.pk, manager.pk}
        assert page.context["pathways"][0].done == 0  # the new pair starts afresh


def test_personal_data_export_and_erasure(client, pathway, pair):
    _pathway, tasks = pathway
    chair, _manager = pair
    _mark(client, chair, tasks[0])
    client.post(reverse("pairs:note_create"), {"text": NOTE})
    data = personal_data_export(user=chair)["leadership_pair"]
    assert data["notes"][0]["text"] == NOTE and data["task_marks"][0]["task"] == "Johtajasopimus yhdessä"
    person_erase(user=chair)
    assert not PairNote.objects.exists()


def test_the_header_links_the_pair_space_for_the_pair_only(client, pair, hameenlinna):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    chair, manager = pair
    space = f'href="{reverse("pairs:space")}"'
    for member in (chair, manager):
        client.force_login(member)
        assert space in client.get(reverse("courses:my_learning")).content.decode()
    leader = make_leader(hameenlinna)  # leads the municipality, holds no pair role
    for person in (leader, make_user(municipality=hameenlinna), make_coordinator()):
        client.force_login(person)
        assert space not in client.get(reverse("courses:my_learning")).content.decode()
        # Asked once per person and cached with the header's other roles: no roster query on the next page.
        with CaptureQueriesContext(connection) as queries:
            client.get(reverse("courses:my_learning"))
        # (My learning reads the person's own roles for its recommendations; the pair check asks for pair roles.)
        pair_queries = [query for query in queries if '"municipalities_roleassignment"."role" IN' in query["sql"]]
        assert not pair_queries


def test_a_new_role_shows_the_pair_link_at_once(client, pair, hameenlinna):
    from municipalities.terms import current_term

    person = make_user(municipality=hameenlinna)
    client.force_login(person)
    space = f'href="{reverse("pairs:space")}"'
    assert space not in client.get(reverse("courses:my_learning")).content.decode()
    RoleAssignment.objects.create(user=person, municipality=hameenlinna, term=current_term(), role=Role.BOARD_CHAIR)
    assert space in client.get(reverse("courses:my_learning")).content.decode()
