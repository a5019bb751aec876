"""'My data' is readable on the page, not only as the JSON download (issue 18)."""

import re

import pytest
from django.urls import reverse

from tests.builders import make_course_tree, make_user

pytestmark = pytest.mark.django_db


def test_my_data_page_shows_the_stored_data_and_offers_the_json(client):
    course, _lessons = make_course_tree(modules=1, lessons=1)
    user = make_user(first_name="Aino", last_name="Lukija")
    client.force_login(user)
    client.post(reverse("courses:enrol", args=[course.id]))

    page = client.get(reverse("accounts:my_data")).content.decode()

    assert "?download=json" in page
    assert 'class="data-tree"' in page
    assert user.email in page and "Lukija" in page
    assert course.title in page


@pytest.mark.parametrize(
    ("language", "headings"),
    [
        ("fi", ["Käyttäjätilisi", "Kurssit", "Kunta ja roolit", "Tapahtumat", "Todistukset"]),
        ("sv", ["Ditt konto", "Kurser", "Kommun och roller", "Evenemang", "Intyg"]),
    ],
)
def test_my_data_sections_have_translated_headings_not_internal_keys(client, language, headings):
    from django.utils import translation

    from accounts.privacy import _providers

    client.force_login(make_user())
    with translation.override(language):
        page = client.get(reverse("accounts:my_data")).content.decode()

    main = page[page.index("<main") : page.index("</main>")]  # the header has menus of its own (<summary>)
    summaries = re.findall(r"<summary>(.*?)</summary>", main)
    assert len(summaries) == len(_providers)  # one section per provider, each with its own title
    for heading in headings:
        assert heading in summaries
    for key in _providers:  # neither the key nor the old capitalised key ("Local supplements")
        assert key not in summaries
        assert key.replace("_", " ").capitalize() not in summaries
