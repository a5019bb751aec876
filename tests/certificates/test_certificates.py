"""PDF certificates: only for a completed course, only for their holder; the public verification page
confirms a genuine one and shows nothing more."""

import io
import re

import pytest
from django.urls import reverse
from pypdf import PdfReader

from certificates.models import Certificate
from courses.models import Enrolment
from municipalities.models import Municipality
from tests.builders import make_course, make_user
from tests.i18n import tr

from .builders import completed_learner

pytestmark = pytest.mark.django_db


def download(client, course):
    response = client.get(reverse("certificates:certificate_for_course", args=[course.id]))
    if response.status_code != 302:
        return response
    return client.get(response.url)


def pdf_text(response):
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)


def test_completed_learner_downloads_a_pdf_with_name_course_municipality_date_and_code(client):
    municipality, _created = Municipality.objects.get_or_create(code="494", defaults={"name_fi": "Muhos"})
    user, course = completed_learner(first_name="Aino", last_name="Virtanen", municipality=municipality)
    client.force_login(user)

    response = download(client, course)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    certificate = Certificate.objects.get(user=user, course=course)
    assert re.fullmatch(r"[A-Z2-9]{4}(-[A-Z2-9]{4}){3}", certificate.code)
    text = pdf_text(response)
    for expected in [
        "Aino Virtanen",
        course.title,
        municipality.name_fi,
        certificate.code,
        f"/todistukset/{certificate.code}/",
    ]:
        assert expected in text
    completed_on = Enrolment.objects.get(user=user).completed_at
    assert f"{completed_on.day}.{completed_on.month}.{completed_on.year}" in text


def test_downloading_twice_keeps_one_certificate(client):
    user, course = completed_learner()
    client.force_login(user)
    download(client, course)
    download(client, course)
    assert Certificate.objects.filter(user=user).count() == 1


def test_no_certificate_for_an_incomplete_course(client):
    course = make_course()
    user = make_user()
    Enrolment.objects.create(user=user, course=course)
    client.force_login(user)

    response = download(client, course)

    assert response.status_code == 404
    assert not Certificate.objects.exists()
    not_enrolled = make_course()
    assert download(client, not_enrolled).status_code == 404
    assert not Certificate.objects.exists()


def test_another_users_certificate_pdf_is_not_found(client):
    owner, course = completed_learner()
    client.force_login(owner)
    download(client, course)
    certificate = Certificate.objects.get(user=owner)

    client.force_login(make_user())
    response = client.get(reverse("certificates:certificate_pdf", args=[certificate.code]))
    assert response.status_code == 404
    client.logout()
    assert client.get(reverse("certificates:certificate_pdf", args=[certificate.code])).status_code == 302


def test_verification_page_confirms_a_genuine_certificate_and_nothing_else(client):
    municipality, _created = Municipality.objects.get_or_create(code="494", defaults={"name_fi": "Muhos"})
    user, course = completed_learner(
        first_name="Aino", last_name="Virtanen", email="aino.virtanen@example.fi", municipality=municipality
    )
    client.force_login(user)
    download(client, course)
    certificate = Certificate.objects.get(user=user)
    client.logout()

    response = client.get(reverse("certificates:verify", args=[certificate.code]))

    page = response.content.decode()
    assert response.status_code == 200
    assert "Aino Virtanen" in page and course.title in page
    assert certificate.completed_on.strftime("%Y") in page
    assert "aino.virtanen@example.fi" not in page
    assert "Muhos" not in page


def test_unknown_code_says_so(client):
    response = client.get(reverse("certificates:verify", args=["AAAA-BBBB-CCCC-DDDD"]))
    assert response.status_code == 404
    assert "AAAA-BBBB-CCCC-DDDD" in response.content.decode()
    assert 'role="alert"' in response.content.decode()


def test_code_typed_by_hand_is_normalised(client):
    user, course = completed_learner()
    client.force_login(user)
    download(client, course)
    code = Certificate.objects.get(user=user).code

    response = client.get(reverse("certificates:verify_lookup"), {"koodi": code.replace("-", " ").lower()})

    assert response.status_code == 302
    assert response.url == reverse("certificates:verify", args=[code])


def test_a_revoked_certificate_is_not_confirmed_or_downloadable(client):
    user, course = completed_learner()
    client.force_login(user)
    download(client, course)
    certificate = Certificate.objects.get(user=user)
    Certificate.objects.filter(pk=certificate.pk).update(revoked=True)

    page = client.get(reverse("certificates:verify", args=[certificate.code])).content.decode()
    assert tr("This certificate has been revoked and is no longer valid.") in page
    assert tr("This certificate is genuine") not in page
    assert client.get(reverse("certificates:certificate_pdf", args=[certificate.code])).status_code == 404


def test_my_certificates_lists_completed_courses_only(client):
    user, course = completed_learner()
    unfinished = make_course()
    Enrolment.objects.create(user=user, course=unfinished)
    client.force_login(user)

    page = client.get(reverse("certificates:mine")).content.decode()

    assert course.title in page
    assert unfinished.title not in page
