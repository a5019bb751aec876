import pytest

from tests.builders import make_user

from .builders import make_coordinator, make_event, make_events_index, make_leader, make_trainer


@pytest.fixture
def index(db):
    return make_events_index()


@pytest.fixture
def trainer(db):
    return make_trainer(first_name="Mikko", last_name="Kouluttaja")


@pytest.fixture
def people(hameenlinna, porvoo, trainer):
    """One person in each role around an event of Hämeenlinna."""
    return {
        "learner_a": make_user(municipality=hameenlinna, first_name="Aino", last_name="Virtanen"),
        "learner_b": make_user(municipality=porvoo, first_name="Bertil", last_name="Lindqvist"),
        "leader": make_leader(hameenlinna, first_name="Liisa", last_name="Korhonen"),
        "trainer": trainer,
        "other_trainer": make_trainer(first_name="Olli", last_name="Muu"),
        "coordinator": make_coordinator(first_name="Pekka", last_name="Mäkinen"),
    }


@pytest.fixture
def event(index, hameenlinna, trainer):
    return make_event(index, municipality=hameenlinna, capacity=10, trainers=[trainer])


@pytest.fixture
def network_event(index, trainer):
    return make_event(index, capacity=None, trainers=[trainer], online_url="https://example.fi/etä?id=1")


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    """Run the after-commit hooks (the email task) as a real commit would."""

    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)

    return run
