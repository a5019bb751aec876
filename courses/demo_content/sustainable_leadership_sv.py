"""Hållbart kommunalt ledarskap: Swedish (Finland Swedish) translation of sustainable_leadership.py.

The course-level texts live here; the modules in sustainable_leadership_sv_strategi.py and
sustainable_leadership_sv_vardag.py, keyed by their Finnish slugs.
"""

from .orientation_2021_sv import _h2, _key, _p
from .sustainable_leadership_sv_strategi import MODULE_BUDGET, MODULE_STRATEGI
from .sustainable_leadership_sv_vardag import MODULE_FRAMSYN, MODULE_VARDAG

COURSE_SV = {
    "slug": "hallbart-kommunalt-ledarskap",
    "title": "Hållbart kommunalt ledarskap",
    "summary": (
        "Kursen visar hur social, ekonomisk och ekologisk hållbarhet förs in i kommunstrategin, budgeten och "
        "beredningen av besluten. Den bygger på USO-nätverkets tema hållbart kommunalt ledarskap 2021–2022 och på "
        "framsynsarbetet Kestävät kunnat 2030 (Hållbara kommuner 2030)."
    ),
    "learning_objectives": (
        "<ul>"
        "<li>Efter kursen känner du till hållbarhetens tre dimensioner och kan berätta hur de syns i kommunens "
        "beslut.</li>"
        "<li>Efter kursen vet du vad kommunallagen kräver av kommunstrategin och kan bedöma hur hållbarheten har "
        "skrivits in i din egen kommuns strategi.</li>"
        "<li>Efter kursen förstår du hur budgeten och ekonomiplanen genomför strategin och vad ekonomisk hållbarhet "
        "betyder på lång sikt.</li>"
        "<li>Efter kursen kan du fråga efter de sociala, ekonomiska och ekologiska konsekvenserna av ärenden som "
        "bereds och göra motsättningarna synliga.</li>"
        "<li>Efter kursen känner du till framsynsarbetet Kestävät kunnat 2030 och kan använda scenarier i "
        "fullmäktiges strategiarbete.</li>"
        "</ul>"
    ),
    "intro": [
        _h2("Hållbarhet som en del av kommunens ledning"),
        _p(
            "<p>Fullmäktigeperioden 2021–2025 började undantagsvis 1.8.2021, eftersom kommunalvalet på grund av "
            "coronaepidemin flyttades från april till 13.6.2021. De nya fullmäktiges beslut måste hålla både med "
            "tanke på invånarnas välfärd, kommunens ekonomi och miljön, och många av dem verkar långt efter den här "
            "fullmäktigeperioden.</p>"
        ),
        _p(
            "<p>Kursen bygger på USO-nätverkets verksamhetsperiod 2021–2022. Nätverkets sjätte omgång genomfördes "
            "av Kommunförbundet, FCG Finnish Consulting Group och miljöministeriets program Hållbar stad. Omgångens "
            "tema var hållbart kommunalt ledarskap: hur social, ekonomisk och ekologisk hållbarhet görs till en del "
            "av ramen för kommunens strategiska ledning och av kommunens vardagliga arbete. De andra temana var "
            "strategiskt ledarskap och ett fungerande dubbelt ledarskap.</p>"
        ),
        _p(
            "<p>I nätverkets program ingick sex gemensamma seminarier, två utbildnings- och kamratstödstillfällen "
            "för förtroendevalda och fem workshoppar som medlemskommunerna kunde använda för sin egen utveckling. "
            "Inför hösten 2021 väntades introduktions- och utvecklingsseminarier för de nya fullmäktige samt "
            "strategiworkshoppar bli mest populära.</p>"
        ),
        _h2("Kursens uppbyggnad"),
        _p(
            "<p>Kursen består av fyra moduler. Den första behandlar hållbarhetens tre dimensioner och "
            "kommunstrategin som sammanför dem. Den andra för strategin in i budgeten och beredningen av besluten. "
            "Den tredje granskar välfärd, delaktighet, markanvändning och klimatarbete i kommunens vardag. Den fjärde "
            "presenterar framsynsarbetet Kestävät kunnat 2030 från våren 2021 och hur fullmäktige kan använda "
            "scenarier i sitt strategiarbete.</p>"
        ),
        _p(
            "<p>Kursen är avsedd både för förtroendevalda och för tjänsteinnehavare. Ett hållbart ledarskap lyckas "
            "bara om den politiska och den professionella ledningen arbetar tillsammans och förstår varandras "
            "roller. Varje lektion avslutas med en reflektionsfråga eller en minneslista som du kan använda i ditt "
            "eget förtroendeuppdrag eller arbete.</p>"
        ),
        _key(
            "Kursens kärntanke",
            "<p>Hållbarhet är inte ett separat projekt vid sidan av kommunens övriga verksamhet. Det är ett "
            "perspektiv som finns med i strategin, i budgeten och i beredningen av varje beslut.</p>",
        ),
    ],
    "modules": {
        "kestavyys-strategiassa": MODULE_STRATEGI,
        "talousarvio-ja-paatokset": MODULE_BUDGET,
        "sosiaalinen-ja-ekologinen": MODULE_VARDAG,
        "kestavat-kunnat-2030": MODULE_FRAMSYN,
    },
}
