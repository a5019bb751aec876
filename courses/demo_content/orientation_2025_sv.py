"""Introduktion för fullmäktigeperioden 2025–2029: the Swedish translation of the demo's 2025–2029 orientation.

The Finnish 2025 course is the 2021 orientation copied and changed (courses/demo_new_term.py: a new introduction,
the sote lesson left out, a few sentences of the lessons replaced). This file does the same to the Swedish 2021
translation, change for change, so the two languages say the same thing: the new term 1.6.2025–31.5.2029 after
the elections of 13.4.2025, held together with the välfärdsområdesval, and the välfärdsområden that have organised
social welfare, health care and rescue services since 1.1.2023 (acts 611/2021 and 616/2021). The Swedish 2021
course itself is not touched: everything here works on copies of its data.
"""

import copy

from .module_objectives import _ul
from .orientation_2021_sv import COURSE_SV as _ORIENTATION_2021_MODULE_1
from .orientation_2021_sv import _h2, _p
from .orientation_2021_sv_roller import MODULE_ROLLER
from .orientation_2021_sv_samarbete import MODULE_SAMARBETE

SLUG_2025_SV = "introduktion-for-fullmaktige-2025-2029"
TITLE_2025_SV = "Introduktion för fullmäktigeperioden 2025–2029"

SUMMARY_2025_SV = (
    "Introduktion för nya fullmäktigeledamöter, andra förtroendevalda och tjänsteinnehavare efter kommunalvalet i "
    "april 2025: dubbelt ledarskap, roller och god praxis för samarbetet utifrån kommunallagen."
)

# Block for block the Finnish INTRO_2025 (same types in the same order, so the blocks share their ids).
INTRO_2025_SV = [
    _h2("Vem kursen är avsedd för"),
    _p(
        "<p>Kursen är avsedd för de fullmäktigeledamöter och ersättare som valdes i kommunalvalet 13.4.2025 och "
        "för dem som fullmäktige har valt till kommunstyrelsen, revisionsnämnden och andra nämnder. Den passar "
        "också kommundirektörer, borgmästare och andra tjänsteinnehavare som bereder ärenden och arbetar tillsammans "
        "med förtroendevalda.</p>"
    ),
    _h2("Fullmäktigeperioden 2025–2029"),
    _p(
        "<p>Kommunalvalet hölls 13.4.2025, samma dag som välfärdsområdesvalet. Enligt 15 § i kommunallagen är "
        "fullmäktiges mandattid fyra år, och den börjar vid ingången av juni valåret: de nya fullmäktige inledde "
        "sitt arbete 1.6.2025, och perioden pågår till 31.5.2029. Den föregående perioden, som undantagsvis var "
        "kortare, upphörde 31.5.2025.</p>"
    ),
    _h2("Kommunen i välfärdsområdenas tid"),
    _p(
        "<p>Organiseringsansvaret för social- och hälsovården och räddningsväsendet överfördes från kommunerna och "
        "samkommunerna till välfärdsområdena 1.1.2023 (lagen om välfärdsområden 611/2021 och införandelagen "
        "616/2021); Helsingfors ordnar tjänsterna själv. Kommunen ordnar alltså inte längre de här tjänsterna. Till "
        "kommunens uppgifter hör fortfarande bland annat att främja invånarnas välfärd och hälsa, bildning, "
        "livskraft och samhällsstruktur, och samarbetet med välfärdsområdet är en del av kommunens ledning.</p>"
    ),
    _h2("Så här studerar du"),
    _p(
        "<p>Kursen består av tre moduler och tolv korta lektioner. En lektion tar cirka 10–15 minuter. Markera "
        "lektionen som klar när du har läst den. Då ser du vad du har kvar.</p>"
    ),
]

# The Swedish sentences of the 2021 lessons that the new term changes, in the order of the Finnish
# LESSON_CHANGES (courses/demo_new_term.py): (what the 2021 text says, what the 2025 copy says).
LESSON_CHANGES_SV = [
    (
        "<p>Fullmäktigeperioden 2021–2025 är kortare än vanligt. Om strategin ses över först mitt i perioden "
        "blir det lite tid kvar att genomföra den. I USO-nätverkets kommuner väntas introduktions- och "
        "utvecklingsseminarier för de nya fullmäktige samt strategiworkshoppar bli de populäraste "
        "workshopparna hösten 2021.</p>",
        "<p>Strategin ses över minst en gång per fullmäktigeperiod. Om den ses över först mitt i perioden blir "
        "det lite tid kvar att genomföra den: perioden 2025–2029 inleddes 1.6.2025. I strategin lönar det sig "
        "också att komma överens om hur kommunen samarbetar med välfärdsområdet, som har ordnat social- och "
        "hälsovårdstjänsterna sedan 1.1.2023.</p>",
    ),
    (
        "Under den korta perioden 2021–2025 blir det här extra viktigt: om",
        "Under den fyraåriga perioden 2025–2029 gäller det här lika mycket: om",
    ),
    (
        "1.1.2025. Den här lektionen beskriver bestämmelserna som gällde i början av fullmäktigeperioden. "
        "Kontrollera den gällande lydelsen i Finlex.</p>",
        "1.1.2025, före den här fullmäktigeperiodens början. Kontrollera den gällande lydelsen i Finlex.</p>",
    ),
    (
        "Under den här perioden valdes ledamöterna i kommunstyrelsen, revisionsnämnden och de övriga nämnderna "
        "vid fullmäktiges sammanträde i augusti 2021.</p>",
        "I början av perioden väljer fullmäktige ledamöterna i kommunstyrelsen, revisionsnämnden och de övriga "
        "nämnderna.</p>",
    ),
    (
        "Eftersom kommunstyrelsen och nämnderna valdes i augusti 2021 skulle de första redogörelserna alltså "
        "lämnas under hösten 2021.</p>",
        "Periodens första redogörelser ska alltså lämnas inom två månader från det att fullmäktige har valt "
        "kommunstyrelsen och nämnderna.</p>",
    ),
    (
        "Under en kort period är till exempel mitten av perioden en bra tidpunkt,",
        "En bra tidpunkt är till exempel mitten av perioden,",
    ),
    (
        "Hösten 2021 väntas introduktions- och "
        "utvecklingsseminarier för de nya fullmäktige samt strategiworkshoppar bli mest populära.",
        "Inför hösten 2021 planerade USO-nätverket introduktions- och utvecklingsseminarier för de nya "
        "fullmäktige samt strategiworkshoppar.",
    ),
]

# The Finnish copy leaves the 2021 lesson on the coming sote reform out (LESSONS_LEFT_OUT_2025); so does this one,
# and the roles module no longer promises it among its objectives.
LESSONS_LEFT_OUT_2025 = ["sote-uudistus-ja-valtuuston-tyo"]

ROLES_OBJECTIVES_2025_SV = _ul(
    "Du vet vad fullmäktige beslutar om och vilka andra organ kommunen har.",
    "Du känner till den förtroendevaldas skyldigheter och rätt till information (69 och 83 §).",
    "Du kan lämna en redogörelse för bindningar och bedöma om du är jävig (84 och 97 §).",
)


def _changed(value, changes, applied):
    for number, (old, new) in enumerate(changes):
        if old in value:
            value = value.replace(old, new)
            applied.add(number)
    return value


def course_2025_sv():
    """The Swedish 2021 orientation with the 2025 changes, as a new dict (the 2021 data stays as it is).

    Raises if a change no longer finds its sentence: the Swedish 2021 text was edited and the 2025 copy would
    silently keep a 2021 fact."""
    modules = copy.deepcopy(
        {
            **_ORIENTATION_2021_MODULE_1["modules"],
            "roolit": MODULE_ROLLER,
            "yhteistyon-kaytannot": MODULE_SAMARBETE,
        }
    )
    applied = set()
    for module in modules.values():
        for slug in LESSONS_LEFT_OUT_2025:
            module["lessons"].pop(slug, None)
        for lesson in module["lessons"].values():
            lesson["body"] = [
                (kind, _changed(value, LESSON_CHANGES_SV, applied) if isinstance(value, str) else value)
                for kind, value in lesson["body"]
            ]
    missing = set(range(len(LESSON_CHANGES_SV))) - applied
    if missing:
        raise ValueError(f"2025 Swedish changes that found no 2021 sentence: {sorted(missing)}")
    modules["roolit"]["learning_objectives"] = ROLES_OBJECTIVES_2025_SV
    return {
        **_ORIENTATION_2021_MODULE_1,
        "slug": SLUG_2025_SV,
        "title": TITLE_2025_SV,
        "summary": SUMMARY_2025_SV,
        "intro": INTRO_2025_SV,
        "modules": modules,
    }


ORIENTATION_2025_SV = course_2025_sv()
