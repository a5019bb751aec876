import pytest
from django.contrib.auth.models import Group

from courses.setup import TRAINERS_GROUP
from discussions.models import DiscussionSetting, PeerGroup, PeerGroupMembership, Scope
from tests.builders import make_coordinator, make_course_tree, make_leader, make_user


def make_trainer(**fields):
    user = make_user(**fields)
    user.groups.add(Group.objects.get_or_create(name=TRAINERS_GROUP)[0])
    return user


@pytest.fixture
def course_tree(db):
    course, lessons = make_course_tree(modules=1, lessons=2, title="Perehdytys")
    return course, lessons


@pytest.fixture
def course(course_tree):
    return course_tree[0]


@pytest.fixture
def lesson(course_tree):
    return course_tree[1][0]


@pytest.fixture
def setting(course):
    return DiscussionSetting.objects.create(course=course, scope=Scope.MUNICIPALITY)


@pytest.fixture
def people(hameenlinna, porvoo):
    """One person in each role: learners of Hämeenlinna (A) and Porvoo (B), a leader of A, the coordinator,
    a trainer and a peer group member of B."""
    return {
        "learner_a": make_user(municipality=hameenlinna, first_name="Aino", last_name="Virtanen"),
        "learner_a2": make_user(municipality=hameenlinna, first_name="Eero", last_name="Nieminen"),
        "learner_b": make_user(
            municipality=porvoo, first_name="Bertil", last_name="Lindqvist", preferred_language="sv"
        ),
        "leader_a": make_leader(hameenlinna, first_name="Liisa", last_name="Korhonen"),
        "coordinator": make_coordinator(first_name="Pekka", last_name="Mäkinen"),
        "trainer": make_trainer(first_name="Mikko", last_name="Kouluttaja"),
    }


@pytest.fixture
def peer_group(people):
    group = PeerGroup.objects.create(name="Valtuuston puheenjohtajat")
    PeerGroupMembership.objects.create(group=group, user=people["learner_a"])
    PeerGroupMembership.objects.create(group=group, user=people["learner_b"])
    return group
