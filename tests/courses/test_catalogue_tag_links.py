"""Theme tags on the course cards and the course page link to the catalogue filtered by that theme."""

import pytest

from tests.builders import make_course, make_index

pytestmark = pytest.mark.django_db


def test_a_theme_tag_links_to_the_catalogue_filtered_by_it(client):
    index = make_index()
    tagged = make_course(index=index, title="Strategiakurssi")
    tagged.tags.set(["strategia"])
    tagged.save_revision().publish()
    make_course(index=index, title="Muu kurssi")
    link = f'href="{index.url}?tag=strategia"'

    assert link in client.get(index.url).content.decode()
    assert link in client.get(tagged.url).content.decode()
    filtered = client.get(index.url, {"tag": "strategia"})
    assert [course.title for course in filtered.context["courses"]] == ["Strategiakurssi"]
