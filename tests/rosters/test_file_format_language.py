"""How a roster file was read ("CSV, semicolon, UTF-8 with BOM") is kept as a code and shown in the language of
whoever reads it: a file uploaded by a leader reading Finnish is described in Swedish to a leader reading Swedish
(issue 13)."""

import importlib

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import translation

from rosters.models import RosterImport
from tests.builders import make_user

from .builders import FINNISH_HEADER, csv_bytes, make_leader

pytestmark = pytest.mark.django_db

ROWS = [FINNISH_HEADER, ["Mäkelä, Aino", "aino.makela@example.fi", "valtuutettu", "Kunnanvaltuusto"]]


def described(language):
    """The description of a semicolon-separated UTF-8 file with a byte-order mark, as `language` writes it."""
    with translation.override(language):
        return f"CSV, {translation.gettext('semicolon')}, {translation.gettext('UTF-8 with BOM')}"


def url(name, language, *args):
    with translation.override(language):
        return reverse(name, args=args)


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def test_a_file_uploaded_in_finnish_is_described_in_swedish_to_a_swedish_reader(
    hameenlinna, django_capture_on_commit_callbacks
):
    finnish_leader = make_leader(hameenlinna, email="johtaja@example.fi", preferred_language="fi")
    swedish_leader = make_leader(hameenlinna, email="direktor@example.fi", preferred_language="sv")
    uploader = signed_in(finnish_leader)
    upload = uploader.post(
        url("rosters:import", "fi", hameenlinna.code),
        {"file": SimpleUploadedFile("rosteri.csv", csv_bytes(ROWS, bom=True), "text/csv")},
    )
    assert upload.status_code == 302
    roster_import = RosterImport.objects.get()
    assert roster_import.file_format == "csv:semicolon:utf-8-bom"  # no language in the database

    preview = url("rosters:import_preview", "fi", hameenlinna.code, roster_import.pk)
    assert described("fi") in uploader.get(preview).content.decode()
    # The uploader switches to Swedish: the same file, described in Swedish.
    swedish_preview = uploader.get(url("rosters:import_preview", "sv", hameenlinna.code, roster_import.pk))
    assert described("sv") in swedish_preview.content.decode()
    assert described("fi") not in swedish_preview.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        uploader.post(preview, {"confirm": "", "faulty_count": 0})
    assert RosterImport.objects.get().status == RosterImport.Status.CONFIRMED

    # Another leader of the municipality, reading Swedish, sees the saved file in the list of saved files.
    page = signed_in(swedish_leader).get(url("rosters:roster", "sv", hameenlinna.code)).content.decode()
    assert f"rosteri.csv ({described('sv')})" in page
    assert described("fi") not in page
    finnish_page = uploader.get(url("rosters:roster", "fi", hameenlinna.code)).content.decode()
    assert f"rosteri.csv ({described('fi')})" in finnish_page


def test_the_migration_turns_stored_texts_of_every_language_into_codes(hameenlinna):
    leader = make_user(email="vanha@example.fi")
    stored = {
        "CSV, puolipiste, UTF-8 (BOM)": "csv:semicolon:utf-8-bom",
        "CSV, semikolon, Windows-1252": "csv:semicolon:windows-1252",
        "CSV, tab, UTF-16": "csv:tab:utf-16",
        "CSV, kommatecken, UTF-8 med BOM": "csv:comma:utf-8-bom",
        "XLSX": "xlsx",
        "something else": "something else",  # not recognised: kept, and shown as written
    }
    for number, text in enumerate(stored):
        RosterImport.objects.create(
            municipality=hameenlinna,
            uploaded_by=leader,
            file_name=f"{number}.csv",
            file_format=text,
            status=RosterImport.Status.CONFIRMED,
        )

    migration = importlib.import_module("rosters.migrations.0005_file_format_codes")
    migration.texts_to_codes(apps, schema_editor=None)

    found = dict(RosterImport.objects.order_by("file_name").values_list("file_name", "file_format"))
    assert found == {f"{number}.csv": code for number, code in enumerate(stored.values())}
    with translation.override("sv"):
        labels = {item.file_format: item.file_format_label for item in RosterImport.objects.all()}
    assert labels["csv:semicolon:utf-8-bom"] == described("sv")
    assert labels["something else"] == "something else"
    assert labels["xlsx"] == "XLSX"
