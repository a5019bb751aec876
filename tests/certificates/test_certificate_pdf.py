"""The certificate PDF as a document: Sámi, Finnish and Swedish letters in an embedded font, readable as
text, and tagged (PDF/UA) with a title and the reader's language, as Act 306/2019 asks of public documents."""

import io

import pytest
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from certificates.models import Certificate

from .builders import completed_learner

pytestmark = pytest.mark.django_db

FIRST_NAME = "Ánte Ŋuolga Đ đ Č č Š š Ž ž Ǯ ǯ"
LAST_NAME = "Ǥ ǥ Ǧ ǧ Ǩ ǩ Ŧ ŧ á Åsa Ärä Öljy"


def pdf_of(client, course, language="fi"):
    with translation.override(language):
        issue = client.get(reverse("certificates:certificate_for_course", args=[course.id]))
        response = client.get(issue.url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    return PdfReader(io.BytesIO(response.content))


def fonts(reader):
    """Every font the pages use, with its descriptor (the descendant font's, for composite fonts)."""
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            described = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            yield font["/BaseFont"], described.get("/FontDescriptor")


def test_a_sami_name_is_in_the_text_layer_in_an_embedded_font(client):
    user, course = completed_learner(first_name=FIRST_NAME, last_name=LAST_NAME)
    client.force_login(user)

    reader = pdf_of(client, course)

    text = " ".join(page.extract_text() for page in reader.pages)
    # Every letter, not a box or a question mark (a line may break between words).
    assert f"{FIRST_NAME} {LAST_NAME}" in " ".join(text.split()), text
    assert Certificate.objects.get(user=user).recipient_name == f"{FIRST_NAME} {LAST_NAME}"
    used = list(fonts(reader))
    assert used
    for name, descriptor in used:
        assert "Helvetica" not in name
        descriptor = descriptor.get_object()
        assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")), f"{name} not embedded"


def test_the_pdf_is_tagged_with_a_title_and_the_readers_language(client):
    user, course = completed_learner(first_name=FIRST_NAME, last_name=LAST_NAME)
    client.force_login(user)

    for language in ("fi", "sv"):
        reader = pdf_of(client, course, language)

        catalog = reader.trailer["/Root"]
        assert catalog["/MarkInfo"]["/Marked"].value is True
        assert "/StructTreeRoot" in catalog
        assert catalog["/Lang"] == language
        assert catalog["/ViewerPreferences"]["/DisplayDocTitle"].value is True  # the title, not the file name
        assert course.title in reader.metadata.title
        kinds = _structure(catalog["/StructTreeRoot"]["/K"])
        assert "H1" in kinds and "P" in kinds  # headings and paragraphs, for a screen reader


def _structure(node):
    node = node.get_object()
    if isinstance(node, list):
        return [kind for child in node for kind in _structure(child)]
    if not isinstance(node, dict) or "/S" not in node:
        return []
    return [node["/S"][1:]] + (_structure(node["/K"]) if "/K" in node else [])
