"""On a demo site the network page and the header say that the members, people and dates are illustrative."""

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db

NOTICES = {
    "fi": "ovat kuvitteellisia esimerkkejä",
    "sv": "är påhittade exempel",
    "en": "are illustrative, not real data",
}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_demo_says_its_network_data_is_illustrative(client, settings, language):
    settings.DEMO_CONTENT = True
    with translation.override(language):
        html = client.get(reverse("rosters:network")).content.decode()
    assert html.count(NOTICES[language]) == 2  # in the header and beside the member list


def test_a_real_site_shows_no_demo_notice(client, settings):
    settings.DEMO_CONTENT = False
    assert "demo-notice" not in client.get(reverse("rosters:network")).content.decode()
