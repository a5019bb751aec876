"""Answering a survey: once per person, only the round's audience, only while it is open; bad input changes
nothing."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from evaluations.models import AnswerReceipt, LikertTally, OpenAnswer
from municipalities.models import Role

from .builders import items_of, make_member, make_round

pytestmark = pytest.mark.django_db


def answer_url(round_):
    return reverse("evaluations:answer", args=[round_.pk])


def form_data(survey, value="4", text="Hyvää yhteistyötä."):
    data = {}
    for item in items_of(survey):
        data[f"item_{item.pk}"] = value if item.is_likert else text
    return data


def test_a_councillor_answers_once_and_the_answer_is_counted(client, survey, hameenlinna):
    round_ = make_round(survey, hameenlinna)
    person = make_member(hameenlinna)
    client.force_login(person)

    page = client.get(answer_url(round_))
    assert page.status_code == 200
    assert "Väite 1" in page.content.decode()

    response = client.post(answer_url(round_), form_data(survey), follow=True)
    assert "Kiitos" in response.content.decode() or "Thank you" in response.content.decode()
    assert AnswerReceipt.objects.filter(round=round_).count() == 1
    assert set(LikertTally.objects.filter(round=round_, count__gt=0).values_list("value", "count")) == {(4, 1)}
    assert list(OpenAnswer.objects.filter(round=round_).values_list("text", flat=True)) == ["Hyvää yhteistyötä."]

    # A second answer is refused and changes nothing.
    again = client.post(answer_url(round_), form_data(survey, value="1", text="Toinen"))
    assert again.status_code == 200
    assert AnswerReceipt.objects.filter(round=round_).count() == 1
    assert not LikertTally.objects.filter(round=round_, value=1, count__gt=0).exists()
    assert OpenAnswer.objects.filter(round=round_).count() == 1


def test_the_index_lists_the_round_to_answer_and_whether_it_is_answered(client, survey, hameenlinna):
    round_ = make_round(survey, hameenlinna)
    person = make_member(hameenlinna)
    client.force_login(person)
    assert answer_url(round_) in client.get(reverse("evaluations:index")).content.decode()
    client.post(answer_url(round_), form_data(survey))
    assert "(vastattu)" in client.get(reverse("evaluations:index")).content.decode()


@pytest.mark.parametrize("value", ["0", "6", "x", "4.5", "9" * 40])
def test_a_value_outside_the_scale_is_refused_with_a_message_and_nothing_saved(client, survey, hameenlinna, value):
    round_ = make_round(survey, hameenlinna)
    client.force_login(make_member(hameenlinna))
    response = client.post(answer_url(round_), form_data(survey, value=value))
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert not AnswerReceipt.objects.exists() and not LikertTally.objects.exists() and not OpenAnswer.objects.exists()


def test_people_outside_the_audience_cannot_open_the_round(client, survey, hameenlinna, porvoo):
    round_ = make_round(survey, hameenlinna)
    for outsider in [
        make_member(porvoo),  # another municipality's councillor
        make_member(hameenlinna, role=Role.DEPUTY_COUNCILLOR),  # deputies are not asked
        make_member(hameenlinna, role=Role.COMMITTEE_MEMBER),
    ]:
        client.force_login(outsider)
        assert client.get(answer_url(round_)).status_code == 404
        assert client.post(answer_url(round_), form_data(survey)).status_code == 404
    assert not AnswerReceipt.objects.exists()


def test_management_is_in_the_audience(client, survey, hameenlinna):
    round_ = make_round(survey, hameenlinna)
    client.force_login(make_member(hameenlinna, role=Role.MANAGER))
    assert client.get(answer_url(round_)).status_code == 200


def test_a_round_not_open_takes_no_answers(client, survey, hameenlinna):
    today = timezone.localdate()
    later = make_round(
        survey, hameenlinna, opens_on=today + datetime.timedelta(days=2), closes_on=today + datetime.timedelta(days=9)
    )
    person = make_member(hameenlinna)
    client.force_login(person)
    assert client.get(answer_url(later)).status_code == 410
    assert client.post(answer_url(later), form_data(survey)).status_code == 410
    assert not AnswerReceipt.objects.exists()


def test_an_unknown_or_huge_round_id_is_not_found(client, hameenlinna):
    client.force_login(make_member(hameenlinna))
    assert client.get("/arvioinnit/vastaa/987654/").status_code == 404
    assert client.get("/arvioinnit/vastaa/" + "9" * 30 + "/").status_code == 404


def test_the_survey_is_in_swedish_on_the_swedish_side(client, survey, hameenlinna):
    round_ = make_round(survey, hameenlinna)
    client.force_login(make_member(hameenlinna))
    content = client.get("/sv" + answer_url(round_)).content.decode()
    assert "Påstående 1" in content and "Utvärdering av samarbetet" in content
    assert "Helt av samma åsikt" in content
