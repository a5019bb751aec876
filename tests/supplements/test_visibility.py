"""Who sees a municipality's supplement: its own people, leaders, editors, trainers and administrators; not
another municipality's people, the network coordinator or anonymous visitors (all 404)."""

import pytest
from django.urls import reverse

from supplements.services import content_editor_grant
from tests.builders import make_coordinator, make_course_tree, make_leader, make_trainer, make_user
from tests.supplements.builders import make_supplement

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(hameenlinna):
    course, lessons = make_course_tree(modules=2, lessons=1)
    supplement, local_lessons = make_supplement(hameenlinna, course, title="Hämeenlinnan oma osa")
    return course, supplement, local_lessons[0]


def _status(client, user, page):
    client.logout()
    if user is not None:
        client.force_login(user)
    return client.get(page.url).status_code


def test_own_people_leader_editor_trainer_and_admin_see_it(client, tree, hameenlinna):
    _course, supplement, lesson = tree
    leader = make_leader(hameenlinna)
    editor = make_user(municipality=hameenlinna)
    content_editor_grant(leader=leader, municipality=hameenlinna, person=editor)
    for user in [
        make_user(municipality=hameenlinna),
        leader,
        editor,
        make_trainer(),
        make_user(is_superuser=True),
    ]:
        assert _status(client, user, supplement) == 200
        assert _status(client, user, lesson) == 200


def test_other_municipality_coordinator_and_anonymous_get_404(client, tree, porvoo):
    _course, supplement, lesson = tree
    for user in [make_user(municipality=porvoo), make_leader(porvoo), make_coordinator(), make_user(), None]:
        assert _status(client, user, supplement) == 404
        assert _status(client, user, lesson) == 404


def test_the_course_page_shows_the_supplement_only_to_its_municipality(client, tree, hameenlinna, porvoo):
    course, supplement, _lesson = tree
    client.force_login(make_user(municipality=hameenlinna))
    assert "Hämeenlinnan oma osa" in client.get(course.url).content.decode()
    client.force_login(make_user(municipality=porvoo))
    assert "Hämeenlinnan oma osa" not in client.get(course.url).content.decode()
    client.logout()
    assert "Hämeenlinnan oma osa" not in client.get(course.url).content.decode()


def test_the_index_lists_only_the_readers_own_supplements(client, tree, hameenlinna, porvoo):
    _course, supplement, _lesson = tree
    index = supplement.get_parent().get_parent()
    client.force_login(make_user(municipality=porvoo))
    assert "Hämeenlinnan oma osa" not in client.get(index.url).content.decode()
    client.force_login(make_user(municipality=hameenlinna))
    assert "Hämeenlinnan oma osa" in client.get(index.url).content.decode()


def test_not_in_the_search_index(tree):
    from wagtail.models import Page

    _course, supplement, lesson = tree
    found = {page.pk for page in Page.objects.live().search("oma osa")}
    assert supplement.pk not in found and lesson.pk not in found


def test_documents_are_served_only_to_readers_of_the_supplement(client, tree, hameenlinna, porvoo):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    from supplements.models import SupplementDocument

    _course, supplement, _lesson = tree
    document = Document(title="Hallintosääntö")
    document.file.save("hallintosaanto.txt", ContentFile(b"hallintosaanto"), save=False)
    document.save()
    SupplementDocument.objects.create(page=supplement, kind="administrative_regulation", document=document)
    url = reverse("wagtaildocs_serve", args=[document.id, document.filename])
    client.force_login(make_user(municipality=porvoo))
    assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 404
    client.force_login(make_user(municipality=hameenlinna))
    assert client.get(url).status_code == 200
