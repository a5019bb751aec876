"""Uploads by trainers: only safe types and sizes; documents are served through Wagtail's permission check."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from courses.setup import trainers_group_ensure
from tests.builders import make_index, make_user

pytestmark = pytest.mark.django_db

SVG_WITH_SCRIPT = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'


@pytest.fixture
def trainer(client):
    user = make_user()
    user.groups.add(trainers_group_ensure(course_index=make_index()))
    client.force_login(user)
    return user


def png_bytes():
    buffer = io.BytesIO()
    PILImage.new("RGB", (4, 4), "white").save(buffer, "PNG")
    return buffer.getvalue()


def upload_image(client, name, content, content_type):
    return client.post(
        "/admin/images/add/",
        {"title": name, "file": SimpleUploadedFile(name, content, content_type=content_type), "collection": 1},
    )


def upload_document(client, name, content):
    return client.post(
        "/admin/documents/add/",
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": Collection.get_first_root_node().pk},
    )


def test_a_png_image_is_accepted(client, trainer):
    response = upload_image(client, "kuva.png", png_bytes(), "image/png")
    assert response.status_code == 302
    assert get_image_model().objects.filter(title="kuva.png").exists()


@pytest.mark.parametrize(
    "name, content, content_type",
    [
        ("kuva.svg", SVG_WITH_SCRIPT, "image/svg+xml"),
        ("kuva.png", SVG_WITH_SCRIPT, "image/png"),  # an SVG pretending to be a PNG
        ("sivu.html", b"<script>alert(1)</script>", "text/html"),
    ],
)
def test_unsafe_images_are_refused_and_nothing_is_saved(client, trainer, name, content, content_type):
    response = upload_image(client, name, content, content_type)
    assert response.status_code == 200  # the form again, with its error
    assert response.context["form"].errors
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize("name", ["kuva.svg", "sivu.html", "ohjelma.exe", "skripti.js"])
def test_unsafe_documents_are_refused(client, trainer, name):
    response = upload_document(client, name, SVG_WITH_SCRIPT)
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not get_document_model().objects.exists()


def test_a_pdf_document_is_accepted(client, trainer):
    response = upload_document(client, "ohje.pdf", b"%PDF-1.4\n%%EOF\n")
    assert response.status_code == 302
    assert get_document_model().objects.filter(title="ohje.pdf").exists()


def test_too_large_images_are_refused(client, trainer, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 100
    response = upload_image(client, "iso.png", png_bytes() + b"\0" * 200, "image/png")
    assert response.status_code == 200
    assert not get_image_model().objects.exists()


def test_documents_of_a_restricted_collection_need_login(client):
    make_index()
    private = Collection.get_first_root_node().add_child(name="Vain kirjautuneille")
    CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
    document = get_document_model().objects.create(
        title="Luottamuksellinen", file=SimpleUploadedFile("luottamuksellinen.pdf", b"%PDF-1.4\n"), collection=private
    )
    response = client.get(document.url)
    assert response.status_code == 302  # to the login page, not the file
    assert "login" in response["Location"] or "kirjaudu" in response["Location"]

    client.force_login(make_user())
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def bomb_png(width=20_000, height=20_000):
    """A PNG of `width`×`height` black-and-white pixels, a few tens of kilobytes on disk: 400 million
    pixels once decoded (1.2 GB as RGB). Written chunk by chunk, so the test never holds the pixels."""
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    compressor = zlib.compressobj(9)
    row = b"\x00" + b"\x00" * ((width + 7) // 8)
    body = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def test_a_decompression_bomb_is_refused_with_a_clear_message(client, trainer):
    data = bomb_png()
    assert len(data) < 200_000
    response = upload_image(client, "pommi.png", data, "image/png")
    assert response.status_code == 200
    # In the trainer's language: the admin is in Finnish.
    assert "Kuvassa on liikaa pikseleitä (enintään 40 miljoonaa)" in response.content.decode()
    assert not get_image_model().objects.filter(title="pommi.png").exists()
