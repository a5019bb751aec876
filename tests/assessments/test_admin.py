"""Trainers write quizzes and completion rules in the Wagtail admin; certificates cannot be made by hand."""

import pytest
from django.urls import reverse

from assessments.models import CourseCompletionRule, Quiz
from tests.builders import make_course, make_user, translate
from tests.i18n import tr
from tests.refusals import assert_refused

from .builders import quiz_admin_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(make_user(is_superuser=True, is_staff=True))
    return client


@pytest.mark.parametrize(
    "url_name",
    [
        "wagtailsnippets_assessments_quiz:add",
        "wagtailsnippets_assessments_coursecompletionrule:add",
        "wagtailsnippets_certificates_badgeclass:add",
        "wagtailsnippets_assessments_quiz:list",
        "wagtailsnippets_certificates_certificate:list",
        "assessments_admin:statistics_index",
        "assessments_admin:reflections_index",
    ],
)
def test_admin_pages_open(admin_client, url_name):
    assert admin_client.get(reverse(url_name)).status_code == 200


def test_certificates_and_awarded_badges_cannot_be_created_by_hand(admin_client):
    assert_refused(admin_client, admin_client.get(reverse("wagtailsnippets_certificates_certificate:add")))
    assert_refused(admin_client, admin_client.get(reverse("wagtailsnippets_certificates_badgeassertion:add")))


def test_a_single_choice_question_needs_exactly_one_right_option(admin_client):
    data = quiz_admin_form(right=(0, 1))
    response = admin_client.post(reverse("wagtailsnippets_assessments_quiz:add"), data)

    assert response.status_code == 200  # the form is shown again with the error
    # The admin hands block errors to its JavaScript as JSON, so check the error itself rather than the HTML.
    error = response.context["form"].errors["questions"].as_data()[0]
    assert error.as_json_data() == {
        "blockErrors": {0: {"messages": [tr("A single choice question has exactly one right option.")]}}
    }
    assert not Quiz.objects.exists()


def test_a_completion_rule_goes_on_the_finnish_course_not_on_a_translation(admin_client):
    course = make_course(title="Perehdytys")
    swedish = translate(course, "sv", title="Introduktion")
    url = reverse("wagtailsnippets_assessments_coursecompletionrule:add")
    fields = {"require_quizzes_passed": "on", "sequential_modules": "on"}

    refused = admin_client.post(url, {"course": swedish.pk, **fields})
    assert refused.status_code == 200
    assert refused.context["form"].errors["course"] == [
        tr("Set the rule on the course in the default language; its translations follow it.")
    ]
    assert not CourseCompletionRule.objects.exists()

    assert admin_client.post(url, {"course": course.pk, **fields}).status_code == 302
    assert CourseCompletionRule.objects.get().course_id == course.pk
