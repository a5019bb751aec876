"""Demo quizzes in Swedish (Finland Swedish), keyed by the key of the Finnish quiz they translate.

Questions and options are in the Finnish order, with the same correct answers, so they share the Finnish
quiz's question and option ids (assessments/demo_sv.py). Pass mark and attempts come from the Finnish quiz.
Two Finnish items are corrected here against CONTENT-FACTS: the right to take up a matter (92 §) is not only a
body's right, and act 419/2021 relaxed the conditions for electronic meetings rather than making them permanent.
"""

QUIZZES_SV = {
    "kaksoisjohtaminen": {
        "title": "Kunskapstest: dubbelt ledarskap",
        "intro": "Fyra frågor om det centrala i modulen. För att bli godkänd behöver du 75 % av poängen.",
        "questions": [
            {
                "text": "Vad säger 38 § 1 mom. i kommunallagen om ledningen av kommunen?",
                "options": [
                    (
                        "Kommunens verksamhet leds i enlighet med den kommunstrategi som fullmäktige godkänt.",
                        True,
                        "Rätt. Det är paragrafens första moment ordagrant. Det binder både förtroendevalda och "
                        "tjänsteinnehavare till samma strategi.",
                    ),
                    (
                        "Kommundirektören leder kommunen självständigt och rapporterar till fullmäktige en gång om "
                        "året.",
                        False,
                        "Nej. Kommundirektören leder förvaltningen, skötseln av ekonomin och den övriga "
                        "verksamheten underställd kommunstyrelsen, inte självständigt.",
                    ),
                    (
                        "Kommunstyrelsen beslutar om kommunstrategin och leder kommunen enligt den.",
                        False,
                        "Inte riktigt. Kommunstyrelsen leder kommunens verksamhet, förvaltning och ekonomi, men "
                        "fullmäktige beslutar om kommunstrategin (14 § och 37 §).",
                    ),
                ],
            },
            {
                "text": "Vad ska enligt 37 § i kommunallagen beaktas i kommunstrategin? Välj alla rätta svar.",
                "options": [
                    (
                        "Främjandet av kommuninvånarnas välfärd",
                        True,
                        "Rätt. Främjandet av välfärden är det första som räknas upp i 37 §.",
                    ),
                    (
                        "Ordnandet och produktionen av tjänster",
                        True,
                        "Rätt. I strategin beaktas ordnandet och produktionen av tjänster och de lagstadgade "
                        "servicemålen.",
                    ),
                    (
                        "Personalpolitiken",
                        True,
                        "Rätt. Också personalpolitiken och ägarpolitiken hör till förteckningen i 37 §.",
                    ),
                    (
                        "Fullmäktigegruppernas valfinansiering",
                        False,
                        "Nej. Valfinansieringen hör inte till kommunstrategin. Strategin gäller de långsiktiga "
                        "målen för kommunens verksamhet och ekonomi.",
                    ),
                ],
            },
            {
                "text": "Vem godkänner kommundirektörens direktörsavtal från och med 26.5.2021?",
                "options": [
                    (
                        "Kommunstyrelsen",
                        True,
                        "Rätt. Ändringen 419/2021 av kommunallagen trädde i kraft 26.5.2021, och därefter "
                        "godkänns direktörsavtalet av kommunstyrelsen (42 §).",
                    ),
                    (
                        "Fullmäktige",
                        False,
                        "Nej. Fullmäktige väljer kommundirektören (41 §), men direktörsavtalet godkänns från och med "
                        "26.5.2021 av kommunstyrelsen (42 §, lag 419/2021).",
                    ),
                    (
                        "Kommundirektören själv",
                        False,
                        "Nej. Avtalet ingås mellan kommunen och kommundirektören, så kommundirektören kan inte "
                        "godkänna det för kommunens del. Det godkänns av kommunstyrelsen.",
                    ),
                ],
            },
            {
                "text": "Vem leder, underställd kommunstyrelsen, kommunens förvaltning, skötseln av ekonomin och den "
                "övriga verksamheten?",
                "options": [
                    (
                        "Kommundirektören, eller borgmästaren om fullmäktige har beslutat så",
                        True,
                        "Rätt. Så säger 38 § i kommunallagen. Om borgmästarmodellen föreskrivs i 44 §.",
                    ),
                    (
                        "Fullmäktiges ordförande",
                        False,
                        "Nej. Fullmäktiges ordförande leder fullmäktiges arbete. Kommunstyrelsens ordförande leder "
                        "det politiska samarbetet (40 §).",
                    ),
                    (
                        "Revisionsnämnden",
                        False,
                        "Nej. Revisionsnämnden (121 §) utvärderar och övervakar, den leder inte kommunens verksamhet.",
                    ),
                ],
            },
        ],
    },
    "roolit": {
        "title": "Kunskapstest: roller, bindningar och jäv",
        "intro": "Fem frågor. För att bli godkänd behöver du 80 % av poängen. Du har tre försök.",
        "questions": [
            {
                "text": "Högsta förvaltningsdomstolen upphävde fullmäktiges beslut i Muhos (HFD 2021:141). Varför?",
                "options": [
                    (
                        "En jävig ledamot av kommunstyrelsen var närvarande i fullmäktigesalen medan ärendet "
                        "behandlades.",
                        True,
                        "Rätt. Ledamoten förde inte fram sitt jäv och flyttade inte tydligt till publikplatserna. "
                        "Jäv gäller också närvaro, inte bara inlägg och omröstning.",
                    ),
                    (
                        "Beslutet fattades vid ett elektroniskt sammanträde.",
                        False,
                        "Nej. Avgörandet gällde inte sammanträdets form utan den jäviga ledamotens närvaro.",
                    ),
                    (
                        "Fullmäktiges presidium var jävigt.",
                        False,
                        "Nej. HFD ansåg att de fullmäktigeledamöter som hörde till presidiet inte var jäviga: "
                        "ärendet gällde inte dem personligen på det sätt som avses i 97 § i kommunallagen.",
                    ),
                ],
            },
            {
                "text": "När är en fullmäktigeledamot enligt 97 § i kommunallagen jävig vid fullmäktiges sammanträde?",
                "options": [
                    (
                        "När ärendet gäller ledamoten själv eller en närstående personligen",
                        True,
                        "Rätt. I fullmäktige tillämpas denna snäva regel.",
                    ),
                    (
                        "Alltid när ledamoten också sitter i kommunstyrelsen",
                        False,
                        "Nej. Medlemskap i kommunstyrelsen gör inte ensamt en fullmäktigeledamot jävig i "
                        "fullmäktige. Det avgörande är om ärendet gäller ledamoten eller en närstående "
                        "personligen.",
                    ),
                    (
                        "När ledamoten har en stark politisk åsikt i frågan",
                        False,
                        "Nej. En politisk ståndpunkt gör ingen jävig. Fullmäktigeledamotens uppgift är just att ta "
                        "ställning.",
                    ),
                ],
            },
            {
                "text": "Enligt vilken lag bedöms jäv för ledamöterna i kommunstyrelsen och nämnderna?",
                "options": [
                    (
                        "Enligt 27–30 § i förvaltningslagen",
                        True,
                        "Rätt. 97 § i kommunallagen hänvisar i fråga om jäv för andra förtroendevalda och för "
                        "tjänsteinnehavare till förvaltningslagen. Så bedömdes också fallet i Muhos.",
                    ),
                    (
                        "På samma sätt som för fullmäktigeledamöter, enligt den snäva regeln i 97 § i kommunallagen",
                        False,
                        "Nej. Den snäva regeln gäller fullmäktigeledamöter i fullmäktige. På andra tillämpas "
                        "förvaltningslagen.",
                    ),
                    (
                        "Enligt varje kommuns förvaltningsstadga",
                        False,
                        "Nej. Förvaltningsstadgan (90 §) kan inte ändra de jävsgrunder som föreskrivs i lag.",
                    ),
                ],
            },
            {
                "text": "Vilka ska enligt 84 § i kommunallagen lämna en redogörelse för sina bindningar? Välj alla "
                "rätta svar.",
                "options": [
                    (
                        "Ledamöterna i kommunstyrelsen",
                        True,
                        "Rätt. Kommunstyrelsens ledamöter hör till dem som ska lämna en redogörelse.",
                    ),
                    (
                        "Ordförandena och vice ordförandena i fullmäktige och nämnderna",
                        True,
                        "Rätt. Ordförandena och vice ordförandena hör till dem som ska lämna en redogörelse.",
                    ),
                    (
                        "Kommundirektören",
                        True,
                        "Rätt. Också kommundirektören eller borgmästaren och de biträdande borgmästarna samt de "
                        "föredragande lämnar en redogörelse för sina bindningar.",
                    ),
                    (
                        "Varje fullmäktigeledamot, även utan andra förtroendeuppdrag",
                        False,
                        "Nej. Enbart uppdraget som fullmäktigeledamot medför enligt 84 § ingen skyldighet att "
                        "redogöra för bindningar. Skyldigheten följer till exempel av medlemskap i kommunstyrelsen "
                        "eller av ett ordförandeskap.",
                    ),
                ],
            },
            {
                "text": "Till vem lämnas redogörelsen för bindningar, och inom vilken tid?",
                "options": [
                    (
                        "Till revisionsnämnden inom två månader från valet",
                        True,
                        "Rätt. Ändringar anmäls utan dröjsmål, och redogörelserna publiceras på internet.",
                    ),
                    (
                        "Till kommunstyrelsen inom ett år från valet",
                        False,
                        "Nej. Redogörelsen lämnas till revisionsnämnden, och tiden är två månader.",
                    ),
                    (
                        "Till fullmäktiges ordförande före det första sammanträdet",
                        False,
                        "Nej. Redogörelserna tas emot av revisionsnämnden, som övervakar skyldigheten.",
                    ),
                ],
            },
        ],
    },
    "yhteistyon-kaytannot": {
        "title": "Kunskapstest: goda samarbetsformer",
        "intro": "Fyra frågor om beredningen, sammanträdena och fullmäktigeperioden.",
        "questions": [
            {
                "text": "Vilken uppgift har kommunstyrelsen i fråga om fullmäktiges beslut enligt 39 § i "
                "kommunallagen?",
                "options": [
                    (
                        "Den bereder fullmäktiges ärenden, verkställer besluten och övervakar deras laglighet.",
                        True,
                        "Rätt. Dessa hör till de uppgifter för kommunstyrelsen som räknas upp i 39 §.",
                    ),
                    (
                        "Den fastställer fullmäktiges beslut innan de träder i kraft.",
                        False,
                        "Nej. Kommunstyrelsen fastställer inte fullmäktiges beslut. Den övervakar deras laglighet "
                        "och verkställer dem.",
                    ),
                    (
                        "Den kan ändra fullmäktiges beslut om ekonomin kräver det.",
                        False,
                        "Nej. Fullmäktige utövar kommunens beslutanderätt (14 §). Kommunstyrelsen kan inte ändra "
                        "dess beslut.",
                    ),
                ],
            },
            {
                "text": "Vad innebär rätten att ta upp ett ärende till behandling (kommunallagen 92 §)?",
                "options": [
                    (
                        "Ett ärende som en underställd myndighet har avgjort kan tas upp till behandling i ett "
                        "högre organ.",
                        True,
                        "Rätt. Ett ärende som en nämnd eller tjänsteinnehavare har avgjort kan tas upp till "
                        "behandling i kommunstyrelsen av kommunstyrelsen, dess ordförande, kommundirektören och de "
                        "tjänsteinnehavare som anges i förvaltningsstadgan.",
                    ),
                    (
                        "Varje fullmäktigeledamot kan föra vilket ärende som helst till fullmäktiges "
                        "föredragningslista.",
                        False,
                        "Nej. Rätten tillkommer inte en enskild fullmäktigeledamot, utan kommunstyrelsen, dess "
                        "ordförande, kommundirektören och tjänsteinnehavare som anges i förvaltningsstadgan (och på "
                        "motsvarande sätt en nämnd och dess ordförande).",
                    ),
                    (
                        "Kommundirektören kan flytta ett ärende från fullmäktige till en nämnd för beslut.",
                        False,
                        "Nej. Rätten fungerar åt andra hållet: ett ärende som avgjorts längre ner tas upp till "
                        "behandling i ett högre organ.",
                    ),
                ],
            },
            {
                "text": "Vad säger 99 § i kommunallagen om elektroniska sammanträden från och med 1.6.2021?",
                "options": [
                    (
                        "Ett elektroniskt sammanträde kan hållas som videokonferens eller på annat lämpligt tekniskt "
                        "sätt, när deltagarna kan verifieras och var och en kan följa och delta i behandlingen.",
                        True,
                        "Rätt. Lag 419/2021 skrev om 99 § från 1.6.2021 och lättade villkoren. Elektroniska "
                        "sammanträden var möjliga redan tidigare, men då krävdes likvärdig ljud- och "
                        "bildförbindelse för alla.",
                    ),
                    (
                        "Elektroniska sammanträden var tillåtna endast under coronaepidemin.",
                        False,
                        "Nej. Elektroniska sammanträden var tillåtna redan enligt den ursprungliga 99 § "
                        "(410/2015). Lag 419/2021 lättade villkoren från 1.6.2021.",
                    ),
                    (
                        "Fullmäktige får sammanträda elektroniskt bara en gång om året.",
                        False,
                        "Nej. I lagen finns ingen sådan gräns. Det avgörande är villkoren i 99 §.",
                    ),
                ],
            },
            {
                "text": "Vilka påståenden om fullmäktigeperioden 2021–2025 stämmer? Välj alla rätta svar.",
                "options": [
                    (
                        "Kommunalvalet hölls 13.6.2021.",
                        True,
                        "Rätt. Valet flyttades från april till juni på grund av epidemin (lag 256/2021).",
                    ),
                    ("Fullmäktigeperioden började 1.8.2021.", True, "Rätt. Perioden började undantagsvis i augusti."),
                    (
                        "Perioden började i början av juni, så som 15 § i kommunallagen normalt föreskriver.",
                        False,
                        "Nej. Normalt börjar perioden i början av juni valåret, men år 2021 började den "
                        "undantagsvis 1.8.2021.",
                    ),
                    (
                        "Perioden slutade vid utgången av maj 2025.",
                        True,
                        "Rätt. Perioden var därför kortare än vanligt.",
                    ),
                ],
            },
        ],
    },
    "kestavyys-strategiassa": {
        "title": "Kunskapstest: hållbarhet i kommunstrategin",
        "intro": "Fyra frågor. För att bli godkänd behöver du 75 % av poängen.",
        "questions": [
            {
                "text": "Vilka är hållbarhetens tre dimensioner? Välj alla rätta svar.",
                "options": [
                    ("Social hållbarhet", True, "Rätt. Social hållbarhet är en av de tre."),
                    ("Ekonomisk hållbarhet", True, "Rätt. Ekonomisk hållbarhet är en av de tre."),
                    ("Ekologisk hållbarhet", True, "Rätt. Ekologisk hållbarhet är en av de tre."),
                    (
                        "Partipolitisk hållbarhet",
                        False,
                        "Nej. I USO-nätverkets tema 2021–2022 är dimensionerna social, ekonomisk och ekologisk "
                        "hållbarhet.",
                    ),
                ],
            },
            {
                "text": "Vem beslutar om kommunstrategin?",
                "options": [
                    ("Fullmäktige", True, "Rätt. Kommunstrategin är fullmäktiges uppgift (14 § och 37 §)."),
                    (
                        "Kommunstyrelsen",
                        False,
                        "Nej. Kommunstyrelsen bereder och leder enligt strategin, men beslutet fattas av fullmäktige.",
                    ),
                    (
                        "Kommundirektören",
                        False,
                        "Nej. Kommundirektören leder organisationen enligt strategin, men beslutar inte om den.",
                    ),
                ],
            },
            {
                "text": "Hur ofta ska kommunstrategin ses över enligt 37 § i kommunallagen?",
                "options": [
                    (
                        "Minst en gång per fullmäktigeperiod",
                        True,
                        "Rätt. Början av de nya fullmäktiges period är en naturlig tidpunkt att se över strategin.",
                    ),
                    (
                        "Varje år i samband med budgeten",
                        False,
                        "Nej. Budgeten genomför strategin år för år, men lagen kräver att strategin ses över minst "
                        "en gång per fullmäktigeperiod.",
                    ),
                    (
                        "Bara när kommundirektören byts",
                        False,
                        "Nej. Strategin är fullmäktiges verktyg, och översynen beror inte på kommundirektören.",
                    ),
                ],
            },
            {
                "text": "Vad ingår enligt 37 § i kommunstrategin utöver målen?",
                "options": [
                    (
                        "Bedömning och uppföljning: hur genomförandet av strategin bedöms och följs upp",
                        True,
                        "Rätt. Utan uppföljning blir strategin lätt stående på hyllan.",
                    ),
                    (
                        "En detaljerad budget för varje tjänst",
                        False,
                        "Nej. Anslagen beslutas i budgeten (110 §), inte i strategin.",
                    ),
                    (
                        "En förteckning över fullmäktigeledamöternas bindningar",
                        False,
                        "Nej. Redogörelser för bindningar lämnas till revisionsnämnden (84 §), inte i strategin.",
                    ),
                ],
            },
        ],
    },
    "talousarvio-ja-paatokset": {
        "title": "Kunskapstest: hållbarhet i budgeten och besluten",
        "intro": "Tre frågor. För att bli godkänd behöver du alla poäng.",
        "questions": [
            {
                "text": "Vem godkänner kommunens budget och ekonomiplan?",
                "options": [
                    ("Fullmäktige", True, "Rätt. Budgeten och ekonomiplanen hör till fullmäktiges uppgifter (14 §)."),
                    (
                        "Kommunstyrelsen",
                        False,
                        "Nej. Kommunstyrelsen bereder budgeten, men den godkänns av fullmäktige.",
                    ),
                    (
                        "Revisionsnämnden",
                        False,
                        "Nej. Revisionsnämnden bedömer i efterhand om målen nåddes.",
                    ),
                ],
            },
            {
                "text": "Varför lönar det sig att läsa budgeten vid sidan av kommunstrategin?",
                "options": [
                    (
                        "Budgeten genomför strategin: av den ser man vad kommunen verkligen satsar på.",
                        True,
                        "Rätt. Om strategins mål inte syns i anslagen eller målen lönar det sig att fråga varför.",
                    ),
                    (
                        "Därför att strategin ersätter budgeten de år då den ses över",
                        False,
                        "Nej. Budgeten godkänns varje år, också det år då strategin ses över.",
                    ),
                    (
                        "Det lönar sig inte: budgeten är tjänsteinnehavarnas tekniska dokument.",
                        False,
                        "Nej. Budgeten är fullmäktiges beslut och ett av dess viktigaste styrmedel.",
                    ),
                ],
            },
            {
                "text": "Vad lönar det sig att fråga om ett ärende som bereds innan beslutet fattas? Välj alla rätta "
                "svar.",
                "options": [
                    ("Vilka är beslutets sociala konsekvenser?", True, "Rätt. Vems vardag förändras?"),
                    (
                        "Vad kostar beslutet på lång sikt?",
                        True,
                        "Rätt. Den ekonomiska hållbarheten ser längre än ett års budget.",
                    ),
                    (
                        "Vilka är beslutets ekologiska konsekvenser?",
                        True,
                        "Rätt. Till exempel utsläppen och markanvändningen.",
                    ),
                    (
                        "Räcker det att vi känner till kostnaderna för det första året?",
                        False,
                        "Nej. Enbart det första året lämnar de långsiktiga kostnaderna och konsekvenserna i skymundan.",
                    ),
                ],
            },
        ],
    },
    "sosiaalinen-ja-ekologinen": {
        "title": "Kunskapstest: social och ekologisk hållbarhet",
        "intro": "Tre frågor om välfärd, delaktighet och den förtroendevaldas uppgift.",
        "questions": [
            {
                "text": "Vad ska enligt 37 § beaktas i kommunstrategin? Välj alla rätta svar.",
                "options": [
                    (
                        "Invånarnas möjligheter att delta och påverka",
                        True,
                        "Rätt. De finns i förteckningen i 37 §.",
                    ),
                    ("Livsmiljön och områdets livskraft", True, "Rätt. Också de finns i förteckningen i 37 §."),
                    ("Främjandet av invånarnas välfärd", True, "Rätt. Det är den första punkten i förteckningen."),
                    (
                        "Kandidatuppställningen i kommunalvalet",
                        False,
                        "Nej. Kandidatuppställningen är en sak för partierna och valmansföreningarna, inte för "
                        "kommunstrategin.",
                    ),
                ],
            },
            {
                "text": "När lönar det sig att höra invånarna i ett ärende som gäller servicenätet?",
                "options": [
                    (
                        "Redan i början av beredningen, medan alternativen ännu är öppna",
                        True,
                        "Rätt. Då hinner responsen påverka förslaget.",
                    ),
                    (
                        "När beslutsförslaget är klart",
                        False,
                        "Nej. Då hinner responsen i regel inte längre påverka, och invånarna upplever att de inte "
                        "blev lyssnade på.",
                    ),
                    (
                        "Först efter beslutet, när förändringen genomförs",
                        False,
                        "Nej. Då handlar det om information, inte om hörande.",
                    ),
                ],
            },
            {
                "text": "Vad kräver 69 § i kommunallagen av en förtroendevald?",
                "options": [
                    (
                        "Hon eller han ska främja kommunens och invånarnas bästa.",
                        True,
                        "Rätt. Dessutom ska hon eller han sköta uppdraget värdigt, på det sätt som uppdraget "
                        "förutsätter.",
                    ),
                    (
                        "Hon eller han ska i första hand främja sitt eget partis mål.",
                        False,
                        "Nej. Lagen talar om kommunens och invånarnas bästa.",
                    ),
                    (
                        "Hon eller han ska driva sitt eget bostadsområdes intressen på andra områdens bekostnad.",
                        False,
                        "Nej. En förtroendevald främjar hela kommunens och alla invånares bästa.",
                    ),
                ],
            },
        ],
    },
    "kestavat-kunnat-2030": {
        "title": "Kunskapstest: Kestävät kunnat 2030 (Hållbara kommuner 2030)",
        "intro": "Tre frågor om framsynsarbetet våren 2021 och om USO-nätverket.",
        "questions": [
            {
                "text": "Vilket var det önskade scenariet i framsynsarbetet Kestävät kunnat 2030?",
                "options": [
                    (
                        "Vähähiiliset hyvinvointiverkostot (koldioxidsnåla välfärdsnätverk)",
                        True,
                        "Rätt. Det var den önskade framtiden.",
                    ),
                    (
                        "Yksinäisten kestämätön kunta (de ensammas ohållbara kommun)",
                        False,
                        "Nej. Det var scenariernas hotbild.",
                    ),
                    (
                        "Loittoneva kunta",
                        False,
                        "Nej. Loittoneva kunta var ett av scenarierna, men inte den önskade framtiden.",
                    ),
                ],
            },
            {
                "text": "Hur många kommuner deltog våren 2021 i framsynsarbetet Kestävät kunnat 2030?",
                "options": [
                    ("34", True, "Rätt. Med var 34 kommuner, och framtidsworkshopparna var fyra."),
                    ("309", False, "Nej. 309 var antalet kommuner i Finland år 2021."),
                    ("6", False, "Nej. Sex var antalet gemensamma seminarier i USO-nätverket."),
                ],
            },
            {
                "text": "Vilka drev USO-nätverket 2021–2022? Välj alla rätta svar.",
                "options": [
                    ("Kommunförbundet", True, "Rätt."),
                    ("FCG Finnish Consulting Group", True, "Rätt."),
                    ("Miljöministeriets program Hållbar stad", True, "Rätt."),
                    ("Finansministeriet", False, "Nej. Finansministeriet drev inte nätverket."),
                ],
            },
        ],
    },
}
