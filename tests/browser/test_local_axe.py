"""axe-core finds no WCAG 2.1 A/AA violation on the course page with a municipality's supplement and a
workshop requirement, on the supplement and its lesson, and in the leadership pair's space; each reflows into
a 390 px wide phone window without horizontal scrolling."""

import pytest

from events.models import EventKind, WorkshopRequirement
from municipalities.models import Role, RoleAssignment
from municipalities.terms import current_term
from pairs.models import PairPathway, PairTask
from pairs.services import pair_note_create, pair_task_mark
from tests.builders import make_user
from tests.supplements.builders import make_supplement

from .axe import axe_violations, violations_report
from .conftest import sign_in
from .test_pages_axe import horizontal_overflow

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 800}


@pytest.fixture
def local_data(site):
    place = site.people["learner"].municipality
    supplement, lessons = make_supplement(place, site.course, title="Hämeenlinnan oma osa")
    WorkshopRequirement.objects.get_or_create(course=site.course, kind=EventKind.ORIENTATION_SEMINAR)
    pathway = PairPathway.objects.create(title="Kaksoisjohtamisen polku")
    task = PairTask.objects.create(pathway=pathway, title="Johtajasopimus yhdessä", sort_order=0)
    chair = make_user(email="pj-axe@example.fi", municipality=place)
    manager = make_user(email="kj-axe@example.fi", municipality=place)
    for person, role in ((chair, Role.COUNCIL_CHAIR), (manager, Role.MANAGER)):
        RoleAssignment.objects.create(user=person, municipality=place, term=current_term(), role=role)
    pair_task_mark(user=chair, task_id=task.pk)
    pair_note_create(user=chair, text="Maanantaisin puhelu.")
    yield {"supplement": supplement, "lesson": lessons[0], "chair": chair}
    WorkshopRequirement.objects.filter(course=site.course).delete()


def _check(page, address):
    response = page.goto(address)
    assert response is not None and response.status == 200, address
    violations = axe_violations(page)
    assert not violations, violations_report(violations)
    page.set_viewport_size(PHONE)
    overflow = horizontal_overflow(page)
    assert overflow["excess"] <= 0, f"{address} is wider than a phone: {overflow['wide']}"


def test_local_pages_have_no_accessibility_violations(browser, live_server, site, local_data):
    context = browser.new_context(base_url=live_server.url, bypass_csp=True)
    try:
        sign_in(context, live_server, site.people["learner"])
        page = context.new_page()
        for address in (site.course.url, local_data["supplement"].url, local_data["lesson"].url):
            page.set_viewport_size({"width": 1280, "height": 900})
            _check(page, address)
        context.clear_cookies()
        sign_in(context, live_server, local_data["chair"])
        page.set_viewport_size({"width": 1280, "height": 900})
        _check(page, "/johtajapari/")
    finally:
        context.close()
