"""The words municipalities use in their roster files, in Finnish, Swedish and English.

Column headers and role names are matched after `normalize_label`, so case, hyphens, punctuation and
parenthesised notes ("Sähköposti (pakollinen)", "Valtuutettu (kok.)") do not matter.
"""

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

# Words that name a role only together with the body ("jäsen" of "Kunnanhallitus").
GENERIC_ROLE_WORDS = _index(
    {
        "member": [
            "jäsen",
            "varsinainen jäsen",
            "varapuheenjohtaja",
            "ledamot",
            "ordinarie ledamot",
            "vice ordförande",
            "viceordförande",
            "member",
            "vice chair",
        ],
        "chair": ["puheenjohtaja", "pj", "ordförande", "chair", "chairperson", "chairman"],
        "deputy": ["varajäsen", "ersättare", "deputy", "deputy member", "substitute"],
    }
)

# Checked in this order: "kunnanhallitus" is a board, "valtuusto" a council, anything with "lautakunta" a committee.
BODY_KINDS = [
    ("committee", ["lautakunta", "jaosto", "toimikunta", "nämnd", "sektion", "committee"]),
    ("board", ["hallitus", "styrelse", "board"]),
    ("council", ["valtuusto", "fullmäktige", "council"]),
]

ROLE_BY_GENERIC_WORD_AND_BODY = {
    ("member", "council"): Role.COUNCILLOR,
    ("member", None): Role.COUNCILLOR,
    ("member", "board"): Role.BOARD_MEMBER,
    ("member", "committee"): Role.COMMITTEE_MEMBER,
    ("chair", "council"): Role.COUNCIL_CHAIR,
    ("chair", None): Role.COUNCIL_CHAIR,
    ("chair", "board"): Role.BOARD_CHAIR,
    ("chair", "committee"): Role.COMMITTEE_CHAIR,
    ("deputy", "council"): Role.DEPUTY_COUNCILLOR,
    ("deputy", None): Role.DEPUTY_COUNCILLOR,
}

LANGUAGE_ALIASES = _index(
    {
        "fi": ["fi", "suomi", "suomeksi", "finska", "finnish"],
        "sv": ["sv", "ruotsi", "ruotsiksi", "svenska", "på svenska", "swedish"],
        "en": ["en", "englanti", "englanniksi", "engelska", "english"],
    }
)


def body_kind(body):
    normalized = normalize_label(body)
    for kind, words in BODY_KINDS:
        if any(word in normalized for word in words):
            return kind
    return None


def role_from_text(role_text, body=""):
    """The Role a cell names, or None when it names none we know."""
    normalized = normalize_label(role_text)
    if normalized in ROLE_ALIASES:
        return Role(ROLE_ALIASES[normalized])
    generic = GENERIC_ROLE_WORDS.get(normalized)
    if generic is None:
        return None
    role = ROLE_BY_GENERIC_WORD_AND_BODY.get((generic, body_kind(body) if body else None))
    return Role(role) if role else None


def language_from_text(text):
    return LANGUAGE_ALIASES.get(normalize_label(text))
