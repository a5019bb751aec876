"""The demo's 2025–2029 orientation: the 2021 orientation copied for the new term, as a trainer would copy it
in the Wagtail admin (the whole tree, Wagtail's CopyPageAction), with the facts that changed updated.

What changed (../shared/CONTENT-FACTS.md, checked 2026-12-03): elections on 13.4.2025 with the regional
elections, the term 1.6.2025–31.5.2029 (kuntalaki 15 §, no exception this time), and the welfare areas that
have organised health, social and rescue services since 1.1.2023 (acts 611/2021 and 616/2021), so the new
councils no longer organise them; nor are the bodies elected in August 2021, nor is the term short. The
Swedish translation of the copy (demo_content/orientation_2025_sv.py) makes the same changes, one for one. The
2021 course stays as it is, marked as the 2021–2025 term's, with its learners' progress; the copy starts with
none.

Idempotent: the copy is found by slug; the changed texts are set again on every run.
"""

from wagtail.actions.copy_page import CopyPageAction

from municipalities.models import CouncilTerm

from .blocks import IntroStreamBlock
from .demo import _stream
from .demo_content.module_objectives import _ul
from .models import CoursePage, LessonPage, ModulePage

SLUG_2021 = "valtuustokauden-2021-2025-perehdytys"
TERM_2021_SLUGS = [SLUG_2021, "kestava-kunnan-johtaminen"]
SLUG_2025 = "valtuustokauden-2025-2029-perehdytys"
TITLE_2025 = "Valtuustokauden 2025–2029 perehdytys"

SUMMARY_2025 = (
    "Perehdytys uusille valtuutetuille, muille luottamushenkilöille ja viranhaltijoille huhtikuun 2025 "
    "kuntavaalien jälkeen: kaksoisjohtaminen, roolit ja hyvät yhteistyön käytännöt kuntalain pohjalta."
)

INTRO_2025 = [
    ("heading", {"text": "Kenelle kurssi on tarkoitettu", "level": "h2"}),
    (
        "paragraph",
        "<p>Kurssi on tarkoitettu 13.4.2025 pidetyissä kuntavaaleissa valituille valtuutetuille ja "
        "varavaltuutetuille sekä niille, jotka valtuusto on valinnut kunnanhallitukseen, tarkastuslautakuntaan "
        "ja muihin lautakuntiin. Se sopii myös kunnanjohtajille, pormestareille ja muille viranhaltijoille, "
        "jotka valmistelevat asioita ja tekevät työtä luottamushenkilöiden kanssa.</p>",
    ),
    ("heading", {"text": "Valtuustokausi 2025–2029", "level": "h2"}),
    (
        "paragraph",
        "<p>Kuntavaalit pidettiin 13.4.2025 samana päivänä kuin aluevaalit. Kuntalain 15 §:n mukaan valtuuston "
        "toimikausi on neljä vuotta ja alkaa vaalivuoden kesäkuun alussa: uudet valtuustot aloittivat "
        "1.6.2025, ja kausi jatkuu 31.5.2029 asti. Edellinen, poikkeuksellisesti lyhennetty kausi päättyi "
        "31.5.2025.</p>",
    ),
    ("heading", {"text": "Kunta hyvinvointialueiden aikana", "level": "h2"}),
    (
        "paragraph",
        "<p>Sosiaali- ja terveydenhuollon sekä pelastustoimen järjestämisvastuu siirtyi kunnilta ja "
        "kuntayhtymiltä hyvinvointialueille 1.1.2023 (laki hyvinvointialueesta 611/2021 ja "
        "voimaanpanolaki 616/2021); Helsinki järjestää palvelut itse. Kunta ei siis enää järjestä näitä "
        "palveluja. Kunnan tehtäviin kuuluvat edelleen muun muassa asukkaiden hyvinvoinnin ja terveyden "
        "edistäminen, sivistys, elinvoima ja yhdyskuntarakenne, ja yhteistyö hyvinvointialueen kanssa on osa "
        "kunnan johtamista.</p>",
    ),
    ("heading", {"text": "Näin opiskelet", "level": "h2"}),
    (
        "paragraph",
        "<p>Kurssissa on kolme moduulia ja kaksitoista lyhyttä oppituntia. Yksi oppitunti vie noin 10–15 "
        "minuuttia. Merkitse oppitunti tehdyksi, kun olet lukenut sen. Näet silloin, mitä sinulla on vielä "
        "jäljellä.</p>",
    ),
]

# Sentences of the 2021 lessons that the new term changes: (what the 2021 text says, what the copy says).
LESSON_CHANGES = [
    (
        "<p>Valtuustokausi 2021–2025 on tavallista lyhyempi. Jos strategia tarkistetaan vasta kauden "
        "puolivälissä, sen toteuttamiseen jää vähän aikaa. USO-verkoston kunnissa syksyn 2021 suosituimmiksi "
        "työpajoiksi odotetaan uuden valtuuston perehdytys- ja kehittämisseminaareja sekä "
        "strategiatyöpajoja.</p>",
        "<p>Strategia tarkistetaan vähintään kerran valtuustokaudessa. Jos se tarkistetaan vasta kauden "
        "puolivälissä, sen toteuttamiseen jää vähän aikaa: kausi 2025–2029 alkoi 1.6.2025. Strategiassa "
        "kannattaa myös sopia, miten kunta tekee yhteistyötä hyvinvointialueen kanssa, joka on järjestänyt "
        "sosiaali- ja terveyspalvelut 1.1.2023 alkaen.</p>",
    ),
    ("Lyhyellä kaudella 2021–2025 tämä korostuu: jos", "Neljän vuoden kaudella 2025–2029 tämä pätee yhtä lailla: jos"),
    (
        "1.1.2025. Tämä oppitunti kuvaa valtuustokauden alussa voimassa ollutta sääntelyä. Tarkista "
        "ajantasainen sanamuoto Finlexistä.</p>",
        "1.1.2025, ennen tämän valtuustokauden alkua. Tarkista ajantasainen sanamuoto Finlexistä.</p>",
    ),
    # The bodies of 2021 were elected in August 2021; the sheet does not date those of 2025, so the copy says
    # what holds every term.
    (
        "Tällä kaudella kunnanhallituksen, tarkastuslautakunnan ja muiden lautakuntien jäsenet "
        "valittiin elokuun 2021 valtuuston kokouksessa.</p>",
        "Kauden alussa valtuusto valitsee kunnanhallituksen, tarkastuslautakunnan ja muiden lautakuntien jäsenet.</p>",
    ),
    (
        "Kun kunnanhallitus ja lautakunnat valittiin elokuussa 2021, "
        "ensimmäiset ilmoitukset oli siis tehtävä syksyn 2021 aikana.</p>",
        "Kauden ensimmäiset ilmoitukset on siis tehtävä kahden kuukauden kuluessa siitä, kun valtuusto on "
        "valinnut kunnanhallituksen ja lautakunnat.</p>",
    ),
    ("Lyhyellä kaudella hyvä hetki on esimerkiksi kauden puoliväli,", "Hyvä hetki on esimerkiksi kauden puoliväli,"),
    (
        "Syksyllä 2021 suosituimmiksi odotetaan uuden valtuuston "
        "perehdytys- ja kehittämisseminaareja sekä strategiatyöpajoja.",
        "Syksylle 2021 USO-verkosto suunnitteli uuden valtuuston perehdytys- ja kehittämisseminaareja sekä "
        "strategiatyöpajoja.",
    ),
]


def _replace_in_lesson(lesson, changes):
    """Apply the text changes to the lesson's blocks; True when something changed."""
    raw = lesson.body.raw_data
    changed = False
    for block in raw:
        value = block.get("value")
        if isinstance(value, str):
            new = value
            for old, replacement in changes:
                new = new.replace(old, replacement)
            if new != value:
                block["value"] = new
                changed = True
    if changed:
        lesson.body = LessonPage.body.field.stream_block.to_python(list(raw))
    return changed


# The 2021 lesson on the coming sote reform speaks of it as ahead; the 2025 course says in its introduction
# what the welfare areas have done since 2023, so its copy of that lesson is removed.
LESSONS_LEFT_OUT_2025 = ["sote-uudistus-ja-valtuuston-tyo"]

# ... and its roles module no longer promises that lesson among its objectives.
ROLES_MODULE = "roolit"
ROLES_OBJECTIVES_2025 = _ul(
    "Tiedät, mistä valtuusto päättää ja mitä muita toimielimiä kunnassa on.",
    "Tunnet luottamushenkilön velvollisuudet ja tiedonsaantioikeuden (69 ja 83 §).",
    "Osaat tehdä sidonnaisuusilmoituksen ja arvioida omaa esteellisyyttäsi (84 ja 97 §).",
)


def orientation_2025_ensure(*, index):
    """The 2025–2029 copy of the orientation, created once and its changed facts set on every run."""
    original = CoursePage.objects.child_of(index).get(slug=SLUG_2021)
    old_term, new_term = (CouncilTerm.objects.get(name=name) for name in ("2021–2025", "2025–2029"))
    # Both autumn 2021 courses stay in the catalogue as the 2021–2025 term's.
    CoursePage.objects.child_of(index).filter(slug__in=TERM_2021_SLUGS).update(council_term=old_term)
    copy = CoursePage.objects.child_of(index).filter(slug=SLUG_2025).first()
    if copy is None:
        copy = CopyPageAction(
            page=original, to=index, recursive=True, update_attrs={"title": TITLE_2025, "slug": SLUG_2025}
        ).execute(skip_permission_checks=True)
        copy = CoursePage.objects.get(pk=copy.pk)
    copy.title, copy.summary, copy.council_term = TITLE_2025, SUMMARY_2025, new_term
    copy.body = _stream(IntroStreamBlock(), INTRO_2025)
    copy.save_revision().publish()
    for lesson in LessonPage.objects.descendant_of(copy).filter(slug__in=LESSONS_LEFT_OUT_2025):
        lesson.delete()
    roles = ModulePage.objects.child_of(copy).get(slug=ROLES_MODULE)
    if roles.learning_objectives != ROLES_OBJECTIVES_2025:
        roles.learning_objectives = ROLES_OBJECTIVES_2025
        roles.save_revision().publish()
    for lesson in LessonPage.objects.descendant_of(copy):
        if _replace_in_lesson(lesson, LESSON_CHANGES):
            lesson.save_revision().publish()
    return copy
