"""Trainers write evaluation surveys in the admin; the list shows them in both languages."""

import pytest

from tests.builders import make_trainer

pytestmark = pytest.mark.django_db

LIST = "/admin/snippets/evaluations/evaluationsurvey/"


def test_a_trainer_opens_the_survey_editor_with_questions_and_themes(client, survey):
    client.force_login(make_trainer())
    listing = client.get(LIST)
    assert listing.status_code == 200
    assert "Yhteistyön arviointi" in listing.content.decode()
    form = client.get(f"{LIST}add/").content.decode()
    assert "items-TOTAL_FORMS" in form and "theme_sv" in form and "text_sv" in form
    edit = client.get(f"{LIST}edit/{survey.pk}/")
    assert edit.status_code == 200 and "Väite 1" in edit.content.decode()
