"""The words municipalities use in their roster files, in Finnish, Swedish and English.

Column headers and role names are matched after `normalize_label`, so case, hyphens, punctuation and
parenthesised notes ("Sähköposti (pakollinen)", "Valtuutettu (kok.)") do not matter.
"""

import difflib
import re
import unicodedata

from municipalities.models import Role

_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_SEPARATORS = re.compile(r"[\s\-_/.,:;*'\"`´’]+")


def normalize_label(text):
    text = unicodedata.normalize("NFC", str(text)).casefold()
    text = _PARENTHESES.sub(" ", text)
    return _SEPARATORS.sub(" ", text).strip()


def _index(aliases_by_key):
    return {normalize_label(alias): key for key, aliases in aliases_by_key.items() for alias in aliases}


HEADER_ALIASES = _index(
    {
        "full_name": ["nimi", "koko nimi", "henkilö", "namn", "fullständigt namn", "name", "full name", "person"],
        "first_name": ["etunimi", "etunimet", "kutsumanimi", "förnamn", "first name", "firstname", "given name"],
        "last_name": ["sukunimi", "efternamn", "släktnamn", "last name", "lastname", "surname", "family name"],
        "email": [
            "sähköposti",
            "sähköpostiosoite",
            "sähköposti-osoite",
            "s-posti",
            "e-post",
            "epost",
            "e-postadress",
            "email",
            "e-mail",
            "email address",
            "e-mail address",
            "mail",
        ],
        "role": ["rooli", "tehtävä", "luottamustehtävä", "asema", "roll", "uppdrag", "förtroendeuppdrag", "role"],
        "body": ["toimielin", "elin", "organ", "body", "committee"],
        "language": ["kieli", "asiointikieli", "språk", "language"],
    }
)

ROLE_ALIASES = _index(
    {
        Role.COUNCILLOR: [
            "valtuutettu",
            "kunnanvaltuutettu",
            "kaupunginvaltuutettu",
            "varsinainen valtuutettu",
            "valtuuston jäsen",
            "kunnanvaltuuston jäsen",
            "kaupunginvaltuuston jäsen",
            "fullmäktigeledamot",
            "ledamot i fullmäktige",
            "ledamot i kommunfullmäktige",
            "ledamot i stadsfullmäktige",
            "councillor",
            "councilor",
            "council member",
            "member of the council",
            "municipal councillor",
        ],
        Role.DEPUTY_COUNCILLOR: [
            "varavaltuutettu",
            "valtuuston varajäsen",
            "ersättare i fullmäktige",
            "fullmäktigeersättare",
            "suppleant",
            "deputy councillor",
            "deputy councilor",
            "substitute councillor",
            "alternate councillor",
        ],
        Role.BOARD_MEMBER: [
            "kunnanhallituksen jäsen",
            "kaupunginhallituksen jäsen",
            "hallituksen jäsen",
            "styrelseledamot",
            "kommunstyrelsens ledamot",
            "stadsstyrelsens ledamot",
            "ledamot i kommunstyrelsen",
            "ledamot i stadsstyrelsen",
            "board member",
            "executive board member",
            "member of the executive board",
        ],
        Role.COMMITTEE_MEMBER: [
            "lautakunnan jäsen",
            "jaoston jäsen",
            "nämndledamot",
            "nämndens ledamot",
            "ledamot i nämnden",
            "committee member",
            "member of the committee",
        ],
        Role.COUNCIL_CHAIR: [
            "valtuuston puheenjohtaja",
            "kunnanvaltuuston puheenjohtaja",
            "kaupunginvaltuuston puheenjohtaja",
            "fullmäktiges ordförande",
            "kommunfullmäktiges ordförande",
            "stadsfullmäktiges ordförande",
            "council chair",
            "chair of the council",
            "chairman of the council",
        ],
        Role.BOARD_CHAIR: [
            "kunnanhallituksen puheenjohtaja",
            "kaupunginhallituksen puheenjohtaja",
            "hallituksen puheenjohtaja",
            "kommunstyrelsens ordförande",
            "stadsstyrelsens ordförande",
            "styrelseordförande",
            "board chair",
            "chair of the executive board",
            "chair of the board",
        ],
        Role.COMMITTEE_CHAIR: [
            "lautakunnan puheenjohtaja",
            "jaoston puheenjohtaja",
            "nämndens ordförande",
            "nämndordförande",
            "committee chair",
            "chair of the committee",
        ],
        Role.MANAGER: [
            "kunnanjohtaja",
            "kaupunginjohtaja",
            "pormestari",
            "kommundirektör",
            "stadsdirektör",
            "borgmästare",
            "municipal manager",
            "city manager",
            "mayor",
            "municipal manager or mayor",
        ],
        Role.DIRECTOR: [
            "toimialajohtaja",
            "johtaja",
            "sivistysjohtaja",
            "sivistystoimenjohtaja",
            "tekninen johtaja",
            "hallintojohtaja",
            "talousjohtaja",
            "elinvoimajohtaja",
            "perusturvajohtaja",
            "sosiaali- ja terveysjohtaja",
            "ympäristöjohtaja",
            "direktör",
            "sektordirektör",
            "sektorchef",
            "bildningsdirektör",
            "förvaltningsdirektör",
            "ekonomidirektör",
            "teknisk direktör",
            "director",
            "head of department",
        ],
        Role.OFFICE_HOLDER: [
            "viranhaltija",
            "muu viranhaltija",
            "kunnansihteeri",
            "hallintosihteeri",
            "tjänsteinnehavare",
            "annan tjänsteinnehavare",
            "tjänsteman",
            "office holder",
            "other office holder",
            "official",
            "civil servant",
        ],
    }
)
# The stored values themselves ("deputy_councillor") are accepted too, so an exported file re-imports.
ROLE_ALIASES.update({normalize_label(role.value): role for role in Role})

# The roles of the other bodies (issue 12: committees, the audit committee, vice chairs and deputies), named
# in full; the generic words below keep their meaning.
ROLE_ALIASES.update(
    _index(
        {
            Role.COUNCIL_VICE_CHAIR: [
                "valtuuston varapuheenjohtaja",
                "kunnanvaltuuston varapuheenjohtaja",
                "kaupunginvaltuuston varapuheenjohtaja",
                "fullmäktiges vice ordförande",
                "vice chair of the council",
            ],
            Role.BOARD_VICE_CHAIR: [
                "kunnanhallituksen varapuheenjohtaja",
                "kaupunginhallituksen varapuheenjohtaja",
                "kommunstyrelsens vice ordförande",
                "stadsstyrelsens vice ordförande",
                "vice chair of the executive board",
            ],
            Role.DEPUTY_BOARD_MEMBER: [
                "kunnanhallituksen varajäsen",
                "kaupunginhallituksen varajäsen",
                "ersättare i kommunstyrelsen",
                "ersättare i stadsstyrelsen",
                "deputy member of the executive board",
            ],
            Role.COMMITTEE_VICE_CHAIR: [
                "lautakunnan varapuheenjohtaja",
                "nämndens vice ordförande",
                "vice chair of the committee",
            ],
            Role.DEPUTY_COMMITTEE_MEMBER: [
                "lautakunnan varajäsen",
                "ersättare i nämnden",
                "deputy member of the committee",
            ],
            Role.AUDIT_MEMBER: [
                "tarkastuslautakunnan jäsen",
                "revisionsnämndens ledamot",
                "ledamot i revisionsnämnden",
                "audit committee member",
            ],
            Role.AUDIT_CHAIR: [
                "tarkastuslautakunnan puheenjohtaja",
                "revisionsnämndens ordförande",
                "audit committee chair",
                "chair of the audit committee",
            ],
            Role.AUDIT_VICE_CHAIR: [
                "tarkastuslautakunnan varapuheenjohtaja",
                "revisionsnämndens vice ordförande",
                "vice chair of the audit committee",
            ],
            Role.DEPUTY_AUDIT_MEMBER: [
                "tarkastuslautakunnan varajäsen",
                "ersättare i revisionsnämnden",
                "deputy member of the audit committee",
            ],
        }
    )
)

# A role title is read as a role word and a body, in whichever form a municipality writes them: the genitive
# phrase ("valtuuston puheenjohtaja", "fullmäktiges ordförande"), the one-word compound ("valtuustonpuheenjohtaja",
# "fullmäktigeordförande"), an abbreviation ("valtuuston pj.", "kh:n vpj", "vice ordf."), with or without the
# body's name (then the body column, or else the council, decides). Stems are matched inside words, so every
# case ending and compound is found; abbreviations only as whole words. Checked in order: "varapuheenjohtaja"
# holds "puheenjohtaja", "varajäsen" holds "jäsen", "tarkastuslautakunta" holds "lautakunta".
ROLE_WORDS = [
    (
        "vice_chair",
        ["varapuheenjohtaj", "vicepuheenjohtaj", "viceordf", "vice ordf", "vice chair", "vicechair", "deputy chair"],
        ["vpj", "varapj", "vara pj", "vice", "vordf", "v ordf"],
    ),
    ("chair", ["puheenjohtaj", "ordförande", "chair"], ["pj", "puh joht", "puheenj", "ordf"]),
    (
        "deputy",
        ["varajäsen", "varavaltuutet", "ersättare", "suppleant", "deputy", "substitute", "alternate"],
        ["vj", "varaj", "ers"],
    ),
    ("member", ["jäsen", "valtuutet", "ledamot", "member", "councillor", "councilor"], ["jäs", "led"]),
]

BODY_WORDS = [
    ("audit", ["tarkastuslautakun", "tarkastuslautakunn", "revisionsnämnd", "audit"], ["tarkltk", "tark ltk"]),
    (
        "committee",
        [
            "lautakun",
            "lautakunn",
            "jaosto",
            "toimikun",
            "toimikunn",
            "johtokun",
            "johtokunn",
            "nämnd",
            "sektion",
            "direktion",
            "committee",
        ],
        ["ltk"],
    ),
    ("board", ["hallitu", "styrelse", "board"], ["kh", "khall", "kh n", "ks"]),
    ("council", ["valtuusto", "valtuuston", "valtuutet", "fullmäktig", "council"], ["kv", "kvalt", "kv n", "kf", "sf"]),
]

# Kept for the body column ("Kunnanhallitus", "Bildningsnämnden"): the kind of body it names.
BODY_KINDS = [(kind, stems) for kind, stems, _abbreviations in BODY_WORDS]

ROLE_BY_WORD_AND_BODY = {
    ("member", "council"): Role.COUNCILLOR,
    ("deputy", "council"): Role.DEPUTY_COUNCILLOR,
    ("chair", "council"): Role.COUNCIL_CHAIR,
    ("vice_chair", "council"): Role.COUNCIL_VICE_CHAIR,
    ("member", "board"): Role.BOARD_MEMBER,
    ("deputy", "board"): Role.DEPUTY_BOARD_MEMBER,
    ("chair", "board"): Role.BOARD_CHAIR,
    ("vice_chair", "board"): Role.BOARD_VICE_CHAIR,
    ("member", "committee"): Role.COMMITTEE_MEMBER,
    ("deputy", "committee"): Role.DEPUTY_COMMITTEE_MEMBER,
    ("chair", "committee"): Role.COMMITTEE_CHAIR,
    ("vice_chair", "committee"): Role.COMMITTEE_VICE_CHAIR,
    ("member", "audit"): Role.AUDIT_MEMBER,
    ("deputy", "audit"): Role.DEPUTY_AUDIT_MEMBER,
    ("chair", "audit"): Role.AUDIT_CHAIR,
    ("vice_chair", "audit"): Role.AUDIT_VICE_CHAIR,
}

# Office-holders' titles end in these words ("rakennusvalvontajohtaja", "bildningsdirektör").
DIRECTOR_ENDINGS = ("johtaja", "direktör", "chef", "director")

LANGUAGE_ALIASES = _index(
    {
        "fi": ["fi", "suomi", "suomeksi", "finska", "finnish"],
        "sv": ["sv", "ruotsi", "ruotsiksi", "svenska", "på svenska", "swedish"],
        "en": ["en", "englanti", "englanniksi", "engelska", "english"],
    }
)


def _found(normalized, stems, abbreviations):
    padded = f" {normalized} "
    return any(stem in normalized for stem in stems) or any(f" {word} " in padded for word in abbreviations)


def _first_match(normalized, table):
    return next((key for key, stems, abbreviations in table if _found(normalized, stems, abbreviations)), None)


def body_kind(body):
    return _first_match(normalize_label(body), BODY_WORDS)


def role_from_text(role_text, body=""):
    """The Role a cell names, or None when it names none we know. The body named in the title wins over the body
    column; a role word with no body at all is the council's (a councillor's roster names no body)."""
    normalized = normalize_label(role_text)
    if normalized in ROLE_ALIASES:
        return Role(ROLE_ALIASES[normalized])
    word = _first_match(normalized, ROLE_WORDS)
    if word is None:
        if normalized.endswith(DIRECTOR_ENDINGS) and "puheenjohtaja" not in normalized:
            return Role.DIRECTOR
        return None
    kind = _first_match(normalized, BODY_WORDS) or (body_kind(body) if body else None) or "council"
    return Role(ROLE_BY_WORD_AND_BODY[(word, kind)])


def closest_roles(role_text, limit=3):
    """The known roles whose names come closest to an unknown title, best first, for the leader to choose from."""
    names = list(ROLE_ALIASES)
    roles = []
    for name in difflib.get_close_matches(normalize_label(role_text), names, n=20, cutoff=0.5):
        role = Role(ROLE_ALIASES[name])
        if role not in roles:
            roles.append(role)
    return roles[:limit]


def language_from_text(text):
    return LANGUAGE_ALIASES.get(normalize_label(text))
