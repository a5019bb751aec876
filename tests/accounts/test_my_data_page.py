"""'My data' is readable on the page, not only as the JSON download (issue 18)."""

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
