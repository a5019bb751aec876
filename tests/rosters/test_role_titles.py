"""Role titles as municipalities write them in Finnish and Swedish: the genitive phrase, the one-word compound,
abbreviations, deputies, with and without the body's name. An unknown title is kept with the closest known roles
to choose from, and the leader chooses in the preview."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import given, settings
from hypothesis import strategies as st

from municipalities.models import Role, RoleAssignment
from rosters.models import RosterImport
from rosters.parsing import parse_roster
from rosters.vocabulary import closest_roles, role_from_text

from .builders import FINNISH_HEADER, csv_bytes, make_leader

R = Role

REAL_WORLD_TITLES = [
    # Council, Finnish: genitive phrase, compound, abbreviations, deputies
    ("valtuuston puheenjohtaja", "", R.COUNCIL_CHAIR),
    ("Valtuustonpuheenjohtaja", "", R.COUNCIL_CHAIR),
    ("valtuuston pj.", "", R.COUNCIL_CHAIR),
    ("Kaupunginvaltuuston puheenjohtaja", "", R.COUNCIL_CHAIR),
    ("kv:n pj", "", R.COUNCIL_CHAIR),
    ("valtuuston I varapuheenjohtaja", "", R.COUNCIL_VICE_CHAIR),
    ("Valtuuston 2. varapuheenjohtaja", "", R.COUNCIL_VICE_CHAIR),
    ("valtuuston vpj.", "", R.COUNCIL_VICE_CHAIR),
    ("Kunnanvaltuuston jäsen", "", R.COUNCILLOR),
    ("kaupunginvaltuutettu", "", R.COUNCILLOR),
    ("Valtuutettu (vihr.)", "", R.COUNCILLOR),
    ("varavaltuutettu", "", R.DEPUTY_COUNCILLOR),
    ("valtuuston varajäsen", "", R.DEPUTY_COUNCILLOR),
    ("pj.", "Kunnanvaltuusto", R.COUNCIL_CHAIR),
    ("1. vpj.", "Kaupunginvaltuusto", R.COUNCIL_VICE_CHAIR),
    ("puheenjohtaja", "", R.COUNCIL_CHAIR),
    # Council, Swedish
    ("fullmäktiges ordförande", "", R.COUNCIL_CHAIR),
    ("Fullmäktigeordförande", "", R.COUNCIL_CHAIR),
    ("stadsfullmäktiges ordförande", "", R.COUNCIL_CHAIR),
    ("ordförande i fullmäktige", "", R.COUNCIL_CHAIR),
    ("ordf.", "Kommunfullmäktige", R.COUNCIL_CHAIR),
    ("ordf.", "", R.COUNCIL_CHAIR),
    ("fullmäktiges I vice ordförande", "", R.COUNCIL_VICE_CHAIR),
    ("vice ordf.", "Stadsfullmäktige", R.COUNCIL_VICE_CHAIR),
    ("viceordförande", "Fullmäktige", R.COUNCIL_VICE_CHAIR),
    ("fullmäktigeledamot", "", R.COUNCILLOR),
    ("ledamot", "Kommunfullmäktige", R.COUNCILLOR),
    ("fullmäktigeersättare", "", R.DEPUTY_COUNCILLOR),
    ("ersättare", "Fullmäktige", R.DEPUTY_COUNCILLOR),
    ("ersättare i stadsfullmäktige", "", R.DEPUTY_COUNCILLOR),
    # Executive board
    ("kunnanhallituksen puheenjohtaja", "", R.BOARD_CHAIR),
    ("kaupunginhallituksenpuheenjohtaja", "", R.BOARD_CHAIR),
    ("kh:n pj.", "", R.BOARD_CHAIR),
    ("Kh:n 1. vpj", "", R.BOARD_VICE_CHAIR),
    ("kaupunginhallituksen varapuheenjohtaja", "", R.BOARD_VICE_CHAIR),
    ("kunnanhallituksen varajäsen", "", R.DEPUTY_BOARD_MEMBER),
    ("varajäsen", "Kunnanhallitus", R.DEPUTY_BOARD_MEMBER),
    ("henkilökohtainen varajäsen", "Kaupunginhallitus", R.DEPUTY_BOARD_MEMBER),
    ("jäsen", "Kaupunginhallitus", R.BOARD_MEMBER),
    ("kommunstyrelsens ordförande", "", R.BOARD_CHAIR),
    ("styrelseordförande", "", R.BOARD_CHAIR),
    ("ordf.", "Kommunstyrelsen", R.BOARD_CHAIR),
    ("stadsstyrelsens vice ordförande", "", R.BOARD_VICE_CHAIR),
    ("vice ordf.", "Kommunstyrelsen", R.BOARD_VICE_CHAIR),
    ("styrelseledamot", "", R.BOARD_MEMBER),
    ("ledamot i kommunstyrelsen", "", R.BOARD_MEMBER),
    ("ersättare i kommunstyrelsen", "", R.DEPUTY_BOARD_MEMBER),
    ("ersättare", "Stadsstyrelsen", R.DEPUTY_BOARD_MEMBER),
    # Committees
    ("sivistyslautakunnan puheenjohtaja", "", R.COMMITTEE_CHAIR),
    ("Sivistyslautakunnanpuheenjohtaja", "", R.COMMITTEE_CHAIR),
    ("teknisen lautakunnan pj.", "", R.COMMITTEE_CHAIR),
    ("ympäristölautakunnan vpj", "", R.COMMITTEE_VICE_CHAIR),
    ("rakennusjaoston jäsen", "", R.COMMITTEE_MEMBER),
    ("lautakunnan varajäsen", "", R.DEPUTY_COMMITTEE_MEMBER),
    ("pj", "Perusturvalautakunta", R.COMMITTEE_CHAIR),
    ("bildningsnämndens ordförande", "", R.COMMITTEE_CHAIR),
    ("nämndordförande", "", R.COMMITTEE_CHAIR),
    ("ordförande", "Tekniska nämnden", R.COMMITTEE_CHAIR),
    ("vice ordförande", "Socialnämnden", R.COMMITTEE_VICE_CHAIR),
    ("nämndledamot", "", R.COMMITTEE_MEMBER),
    ("ledamot i tekniska nämnden", "", R.COMMITTEE_MEMBER),
    ("ersättare i bildningsnämnden", "", R.DEPUTY_COMMITTEE_MEMBER),
    ("ersättare", "Miljönämnden", R.DEPUTY_COMMITTEE_MEMBER),
    # Audit committee (its name holds "lautakunta"/"nämnd": it is still the audit committee)
    ("tarkastuslautakunnan puheenjohtaja", "", R.AUDIT_CHAIR),
    ("Tarkastuslautakunnan vpj.", "", R.AUDIT_VICE_CHAIR),
    ("tarkastuslautakunnan varajäsen", "", R.DEPUTY_AUDIT_MEMBER),
    ("jäsen", "Tarkastuslautakunta", R.AUDIT_MEMBER),
    ("revisionsnämndens ordförande", "", R.AUDIT_CHAIR),
    ("ordf.", "Revisionsnämnden", R.AUDIT_CHAIR),
    ("ersättare i revisionsnämnden", "", R.DEPUTY_AUDIT_MEMBER),
    # Office-holders
    ("kunnanjohtaja", "", R.MANAGER),
    ("stadsdirektör", "", R.MANAGER),
    ("rakennusvalvontajohtaja", "", R.DIRECTOR),
    ("bildningsdirektör", "", R.DIRECTOR),
    ("socialdirektör", "", R.DIRECTOR),
]


@pytest.mark.parametrize(("text", "body", "role"), REAL_WORLD_TITLES)
def test_real_world_role_titles(text, body, role):
    assert role_from_text(text, body) == role


# The property: every body in either language, in either form, with every role word and its abbreviation,
# in any case and with trailing punctuation or a party in brackets, names the role of that body.
FINNISH_GENITIVES = {
    "council": ["valtuuston", "kunnanvaltuuston", "kaupunginvaltuuston"],
    "board": ["hallituksen", "kunnanhallituksen", "kaupunginhallituksen"],
    "committee": ["lautakunnan", "sivistyslautakunnan", "teknisen lautakunnan", "elinvoimajaoston"],
    "audit": ["tarkastuslautakunnan"],
}
FINNISH_WORDS = {
    "member": ["jäsen", "varsinainen jäsen"],
    "deputy": ["varajäsen", "henkilökohtainen varajäsen"],
    "chair": ["puheenjohtaja", "pj."],
    "vice_chair": ["varapuheenjohtaja", "1. varapuheenjohtaja", "vpj."],
}
SWEDISH_GENITIVES = {
    "council": ["fullmäktiges", "kommunfullmäktiges", "stadsfullmäktiges"],
    "board": ["kommunstyrelsens", "stadsstyrelsens"],
    "committee": ["nämndens", "bildningsnämndens", "tekniska nämndens", "socialnämndens"],
    "audit": ["revisionsnämndens"],
}
SWEDISH_WORDS = {
    "member": ["ledamot", "ordinarie ledamot"],
    "deputy": ["ersättare", "personlig ersättare"],
    "chair": ["ordförande", "ordf."],
    "vice_chair": ["vice ordförande", "viceordförande", "vice ordf.", "I vice ordförande"],
}
# One-word compounds: "valtuustonpuheenjohtaja", "fullmäktigeordförande", "styrelseledamot", "nämndersättare".
FINNISH_COMPOUND_STEMS = {
    "council": "valtuuston",
    "board": "kunnanhallituksen",
    "committee": "sivistyslautakunnan",
    "audit": "tarkastuslautakunnan",
}
SWEDISH_COMPOUND_STEMS = {
    "council": "fullmäktige",
    "board": "styrelse",
    "committee": "nämnd",
    "audit": "revisionsnämnd",
}
ROLES = {
    ("member", "council"): R.COUNCILLOR,
    ("deputy", "council"): R.DEPUTY_COUNCILLOR,
    ("chair", "council"): R.COUNCIL_CHAIR,
    ("vice_chair", "council"): R.COUNCIL_VICE_CHAIR,
    ("member", "board"): R.BOARD_MEMBER,
    ("deputy", "board"): R.DEPUTY_BOARD_MEMBER,
    ("chair", "board"): R.BOARD_CHAIR,
    ("vice_chair", "board"): R.BOARD_VICE_CHAIR,
    ("member", "committee"): R.COMMITTEE_MEMBER,
    ("deputy", "committee"): R.DEPUTY_COMMITTEE_MEMBER,
    ("chair", "committee"): R.COMMITTEE_CHAIR,
    ("vice_chair", "committee"): R.COMMITTEE_VICE_CHAIR,
    ("member", "audit"): R.AUDIT_MEMBER,
    ("deputy", "audit"): R.DEPUTY_AUDIT_MEMBER,
    ("chair", "audit"): R.AUDIT_CHAIR,
    ("vice_chair", "audit"): R.AUDIT_VICE_CHAIR,
}


@st.composite
def role_titles(draw):
    word_key, body_key = draw(st.sampled_from(sorted(ROLES)))
    language = draw(st.sampled_from(["fi", "sv"]))
    genitives, words = (FINNISH_GENITIVES, FINNISH_WORDS) if language == "fi" else (SWEDISH_GENITIVES, SWEDISH_WORDS)
    word = draw(st.sampled_from(words[word_key]))
    form = draw(st.sampled_from(["genitive", "compound", "word and body column"]))
    if form == "genitive":
        text, body = f"{draw(st.sampled_from(genitives[body_key]))} {word}", ""
    elif form == "compound" and not word.endswith(".") and " " not in word:
        stems = FINNISH_COMPOUND_STEMS if language == "fi" else SWEDISH_COMPOUND_STEMS
        text, body = f"{stems[body_key]}{word}", ""
    else:
        body = {
            "council": ["Kunnanvaltuusto", "Kommunfullmäktige"],
            "board": ["Kaupunginhallitus", "Stadsstyrelsen"],
            "committee": ["Sivistyslautakunta", "Bildningsnämnden"],
            "audit": ["Tarkastuslautakunta", "Revisionsnämnden"],
        }[body_key][language == "sv"]
        text = word
    text = draw(st.sampled_from([text, text.upper(), text.capitalize(), f"  {text} ", f"{text} (kok.)", f"{text},"]))
    return text, body, ROLES[(word_key, body_key)]


@settings(max_examples=400, deadline=None)
@given(role_titles())
def test_every_body_and_role_word_in_both_languages(case):
    text, body, role = case
    assert role_from_text(text, body) == role, (text, body)


def test_an_unknown_title_gets_the_closest_known_roles():
    assert closest_roles("valtuuston puheenjohtja")[0] == R.COUNCIL_CHAIR  # a typo
    assert closest_roles("styrelseordf")[0] == R.BOARD_CHAIR
    parsed = parse_roster(csv_bytes([FINNISH_HEADER, ["Cecilia Berg", "c@example.fi", "Valtuuston puheenjohtja", ""]]))
    (problem,) = parsed.rows[0].problems
    assert problem["code"] == "unknown_role"
    assert problem["choices"][0] == R.COUNCIL_CHAIR


# Through the leader's preview: the unknown title is shown with the closest roles, and the leader chooses one.


@pytest.mark.django_db
def test_the_leader_chooses_the_role_of_an_unknown_title_in_the_preview(
    client, hameenlinna, django_capture_on_commit_callbacks
):
    client.force_login(make_leader(hameenlinna))
    rows = [
        FINNISH_HEADER,
        ["Aino Virtanen", "aino@example.fi", "fullmäktigeordförande", ""],
        ["Cecilia Berg", "cecilia@example.fi", "Valtuuston puheenjohtja", ""],
    ]
    client.post(
        reverse("rosters:import", args=[hameenlinna.code]),
        {"file": SimpleUploadedFile("roster.csv", csv_bytes(rows), "text/csv")},
    )
    roster_import = RosterImport.objects.get()
    url = reverse("rosters:import_preview", args=[hameenlinna.code, roster_import.pk])
    html = client.get(url).content.decode()
    assert "Valtuuston puheenjohtja" in html
    assert "Closest known roles: Chair of the council" in html
    assert '<select name="role-3" id="role-3">' in html

    assert client.post(url, {"choose_roles": "", "role-3": "not-a-role"}).status_code == 302
    roster_import.refresh_from_db()
    assert roster_import.rows[1]["role"] == ""  # bad input changes nothing

    client.post(url, {"choose_roles": "", "role-3": R.COUNCIL_CHAIR})
    preview = client.get(url)
    assert preview.context["preview"].faulty_count == 0
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"confirm": "", "faulty_count": 0})
    roles = dict(RoleAssignment.objects.values_list("user__email", "role"))
    assert roles == {"aino@example.fi": R.COUNCIL_CHAIR, "cecilia@example.fi": R.COUNCIL_CHAIR}
