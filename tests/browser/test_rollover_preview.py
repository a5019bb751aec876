"""The leader's rollover in a real browser: from the roster page to the new term's roster, a file uploaded,
the preview listing who continues, who is new and who leaves, and the file discarded with nothing saved."""

import re

import pytest

from municipalities.models import MunicipalLeader, RoleAssignment
from rosters.models import RosterImport
from tests.builders import make_user
from tests.rosters.builders import FINNISH_HEADER, csv_bytes

from .conftest import sign_in

pytestmark = pytest.mark.browser

NEW_ROSTER = [
    FINNISH_HEADER,
    ["Aino Aaltonen", "aino.aaltonen@hameenlinna.example.fi", "valtuutettu", "Kaupunginvaltuusto"],
    ["Bertta Berg", "bertta.berg@hameenlinna.example.fi", "tarkastuslautakunnan jäsen", "Tarkastuslautakunta"],
    ["Uuno Uusi", "uuno.uusi@hameenlinna.example.fi", "valtuutettu", "Kaupunginvaltuusto"],
]


def test_the_leader_previews_the_new_term_and_discards_it(context, site, live_server, tmp_path):
    # A leader of their own: an upload replaces the uploader's pending file, and the shared data set's
    # leader has one that other browser tests look at.
    leader = make_user(email="rollover.leader@example.fi", first_name="Riitta", last_name="Rollaaja")
    MunicipalLeader.objects.create(user=leader, municipality=site.people["leader"].municipality)
    sign_in(context, live_server, leader)
    roles_before = RoleAssignment.objects.count()
    file = tmp_path / "valtuusto-2025.csv"
    file.write_bytes(csv_bytes(NEW_ROSTER))

    page = context.new_page()
    page.goto("/en/rosterit/109/")
    page.get_by_role("link", name="Roster of the new council term").click()
    page.get_by_label("Roster file").set_input_files(str(file))
    page.get_by_role("button", name="Upload and preview").click()

    page.get_by_role("heading", name="Check the new term's roster before saving").wait_for()
    continues = page.get_by_role("table", name="People who continue (2)")
    assert "Aaltonen" in continues.inner_text() and "Audit committee member" in continues.inner_text()
    assert "Uusi" in page.get_by_role("table", name="New people (1)").inner_text()
    leaves = page.get_by_role("table", name=re.compile(r"People who leave \(\d+\)")).inner_text()
    assert all(name in leaves for name in ("Carlsson", "Dahl", "Eskola", "Forsman"))
    assert RoleAssignment.objects.count() == roles_before  # the preview saves nothing

    page.get_by_role("button", name="Discard the file").click()
    page.get_by_text("The file was discarded. Nothing was saved.").wait_for()
    assert not RosterImport.objects.filter(uploaded_by=leader).exists()
    assert RoleAssignment.objects.count() == roles_before
