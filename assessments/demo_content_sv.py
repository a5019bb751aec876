"""Demo quizzes in Swedish (Finland Swedish), keyed by the key of the Finnish quiz they translate.

Questions and options are in the Finnish order, with the same correct answers and the same scenario questions,
so they share the Finnish quiz's question and option ids (assessments/demo_sv.py). Pass mark, attempts, the
number of questions drawn and practice or graded come from the Finnish quiz. Legal claims follow
/work/shared/CONTENT-FACTS.md, like the Finnish text.
"""

RULE_97 = (
    "Kommunallagen 97 §: en fullmäktigeledamot är jävig i fullmäktige endast i ett ärende som gäller ledamoten "
    "själv eller en närstående personligen. Jäv för andra förtroendevalda, till exempel ledamöter i "
    "kommunstyrelsen och nämnderna, och för tjänsteinnehavare bedöms enligt 27–30 § i förvaltningslagen."
)
RULE_FVL = (
    "Enligt 28 § i förvaltningslagen är bland annat den jävig vars närstående (till exempel make eller maka, "
    "barn, syskon eller förälder) är part, eller som är styrelseledamot i en sammanslutning som är part. Den som "
    "är jävig får inte delta i behandlingen av ärendet och inte heller vara närvarande när det behandlas "
    "(förvaltningslagen 27 §)."
)
RULE_92 = (
    "Kommunallagen 92 §: ett ärende som en myndighet under kommunstyrelsen har avgjort kan tas upp till "
    "behandling i kommunstyrelsen av kommunstyrelsen, dess ordförande, kommundirektören (eller borgmästaren) och "
    "de tjänsteinnehavare som anges i förvaltningsstadgan. En nämnd och dess ordförande kan på motsvarande sätt "
    "ta upp ett ärende som en myndighet under nämnden har avgjort, när förvaltningsstadgan föreskriver det. "
    "Rätten tillkommer inte en enskild fullmäktigeledamot eller ledamot, men den är inte heller enbart ett organs "
    "rätt."
)
RULE_83 = (
    "Kommunallagen 83 §: en förtroendevald, till exempel en fullmäktigeledamot, har rätt att av kommunens "
    "myndigheter få de uppgifter som behövs för att sköta uppdraget, om inte uppgifterna enligt lag är "
    "sekretessbelagda. Fullmäktige ansvarar för kommunens verksamhet och ekonomi (14 §), så ledamotens uppdrag "
    "omfattar dem."
)
RULE_42 = (
    "Kommunallagen 41 §: fullmäktige väljer kommundirektören. 42 §: direktörsavtalet med kommundirektören "
    "godkänns från och med 26.5.2021 av kommunstyrelsen (lag 419/2021)."
)

QUIZZES_SV = {
    "kaksoisjohtaminen": {
        "title": "Kunskapstest: dubbelt ledarskap",
        "intro": "Fyra situationer om ledningen av kommunen. För att bli godkänd behöver du 75 % av poängen.",
        "questions": [
            {
                "case": (
                    "Fullmäktige valde i januari 2022 en ny kommundirektör. Fullmäktiges ordförande föreslår att "
                    "direktörsavtalet förs till fullmäktige för godkännande, eftersom fullmäktige också valde "
                    "direktören."
                ),
                "text": "Vem godkänner direktörsavtalet?",
                "options": [
                    (
                        "Fullmäktige, eftersom det valde kommundirektören",
                        False,
                        "Nej. Fullmäktige väljer kommundirektören (41 §), men direktörsavtalet godkänns från och "
                        "med 26.5.2021 av kommunstyrelsen (42 §).",
                    ),
                    (
                        "Kommunstyrelsen",
                        True,
                        "Rätt. Efter ändringen genom lag 419/2021 godkänns direktörsavtalet av kommunstyrelsen "
                        "(42 §). Ordförandens förslag blandar ihop valet och avtalet.",
                    ),
                    (
                        "Ingen: kommundirektören och fullmäktiges ordförande undertecknar det",
                        False,
                        "Nej. Avtalet ingås mellan kommunen och kommundirektören, och för kommunens del godkänns "
                        "det av ett organ: enligt 42 § kommunstyrelsen.",
                    ),
                    (
                        "Revisionsnämnden, eftersom den övervakar ledningen",
                        False,
                        "Nej. Revisionsnämnden (121 §) utvärderar och övervakar, men godkänner inte avtal.",
                    ),
                ],
                "explanation": RULE_42,
            },
            {
                "case": (
                    "Fullmäktigeledamoten Anna förbereder sig för ett sammanträde där fullmäktige beslutar om en "
                    "grundrenovering av en skolbyggnad. Hon ber bildningsväsendet om byggnadens konditionsutredning. "
                    "Sektordirektören svarar att utredningen bara ges till kommunstyrelsens ledamöter."
                ),
                "text": "Hur ska situationen bedömas?",
                "options": [
                    (
                        "Sektordirektören gör rätt: en fullmäktigeledamot får information bara via "
                        "föredragningslistan.",
                        False,
                        "Nej. Föredragningslistan begränsar inte ledamotens rätt att få uppgifter. Enligt 83 § har "
                        "hon rätt till de uppgifter som behövs för att sköta uppdraget.",
                    ),
                    (
                        "Anna kan få utredningen bara genom en begäran som vilken kommuninvånare som helst.",
                        False,
                        "Inte riktigt. Offentliga handlingar kan vem som helst begära, men en förtroendevald har "
                        "dessutom rätten i 83 § i kommunallagen till de uppgifter som behövs för uppdraget.",
                    ),
                    (
                        "Anna får utredningen först när fullmäktige har fattat beslut.",
                        False,
                        "Nej. Uppgifterna behövs just före beslutet: det är därför ledamoten har rätt att få dem.",
                    ),
                    (
                        "Anna har rätt att få utredningen, eftersom hon behöver den i sitt uppdrag, om den inte "
                        "enligt lag är sekretessbelagd.",
                        True,
                        "Rätt. Konditionsutredningen behövs för att pröva beslutet om grundrenovering, så 83 § ger "
                        "Anna rätt att få den.",
                    ),
                ],
                "explanation": RULE_83,
            },
            {
                "text": (
                    "Kommunstyrelsens ordförande och kommundirektören är oense om vem av dem som leder kommunens "
                    "förvaltning i vardagen. Vad stämmer?"
                ),
                "options": [
                    (
                        "Ordföranden leder förvaltningen, eftersom hen leder det politiska samarbetet.",
                        False,
                        "Nej. Kommunstyrelsens ordförande leder det politiska samarbetet (40 §), men förvaltningen "
                        "leds av kommundirektören underställd kommunstyrelsen (38 §).",
                    ),
                    (
                        "Kommundirektören leder kommunen självständigt och rapporterar till fullmäktige en gång om "
                        "året.",
                        False,
                        "Nej. Kommundirektören leder inte självständigt utan är underställd kommunstyrelsen.",
                    ),
                    (
                        "Kommundirektören leder förvaltningen, skötseln av ekonomin och den övriga verksamheten "
                        "underställd kommunstyrelsen.",
                        True,
                        "Rätt. Så säger 38 §. I det dubbla ledarskapet har båda sin roll, och den lönar det sig att "
                        "komma överens om tillsammans.",
                    ),
                ],
            },
            {
                "text": (
                    "En nämnd bereder ett förslag till servicenät som avviker från riktlinjen i den kommunstrategi "
                    "som fullmäktige godkänt. Vad är utgångspunkten i 38 § i kommunallagen?"
                ),
                "options": [
                    (
                        "Kommunens verksamhet leds enligt kommunstrategin: förslaget anpassas till strategin, eller "
                        "så beslutar fullmäktige om att ändra riktlinjen.",
                        True,
                        "Rätt. 38 § börjar: ”Kommunens verksamhet leds i enlighet med den kommunstrategi som "
                        "fullmäktige godkänt.” Fullmäktige beslutar om strategin (14 och 37 §).",
                    ),
                    (
                        "Nämnden kan avvika från strategin, eftersom strategin bara binder fullmäktige.",
                        False,
                        "Nej. Enligt strategin leds kommunens hela verksamhet, inte bara fullmäktiges arbete.",
                    ),
                    (
                        "Kommundirektören kan ändra strategins riktlinje om förslaget kräver det.",
                        False,
                        "Nej. Kommundirektören leder verksamheten enligt strategin, men fullmäktige beslutar om "
                        "strategin.",
                    ),
                ],
            },
        ],
    },
    "roolit": {
        "title": "Kunskapstest: roller, bindningar och jäv",
        "intro": (
            "Fyra frågor som lottas bland sex. För att bli godkänd behöver du 75 % av poängen. Du har tre försök."
        ),
        "questions": [
            {
                "case": (
                    "Kommunstyrelseledamoten Mats är jävig i ett ärende som kommunstyrelsen behandlar. Han meddelar "
                    "sitt jäv men blir sittande på sin plats, eftersom han inte tänker yttra sig eller rösta."
                ),
                "text": "Vad följer av detta?",
                "options": [
                    (
                        "Ingenting, eftersom jäv bara gäller inlägg och omröstning.",
                        False,
                        "Nej. Den som är jävig får inte ens vara närvarande när ärendet behandlas.",
                    ),
                    (
                        "Det räcker att jävet antecknas i protokollet.",
                        False,
                        "Det räcker inte. Anteckningen behövs, men Mats borde också ha lämnat rummet under "
                        "behandlingen.",
                    ),
                    (
                        "Beslutet är giltigt om Mats röst inte skulle ha ändrat utgången.",
                        False,
                        "Nej. Mats röstade inte alls; felet är hans närvaro. I fallet Muhos upphävdes beslutet just "
                        "på grund av närvaron.",
                    ),
                    (
                        "Beslutet kan upphävas efter besvär, eftersom en jävig person var närvarande under "
                        "behandlingen.",
                        True,
                        "Rätt. Mats borde ha lämnat rummet. HFD upphävde fullmäktiges beslut i Muhos (HFD "
                        "2021:141), eftersom en jävig kommunstyrelseledamot var i salen under hela behandlingen.",
                    ),
                ],
                "explanation": RULE_97 + " " + RULE_FVL,
            },
            {
                "case": (
                    "Fullmäktige behandlar en detaljplan som gör ett skogsskifte som fullmäktigeledamoten Lisa äger "
                    "till byggmark. Lisa frågar om hon får delta i behandlingen."
                ),
                "text": "Vad ska man svara Lisa?",
                "options": [
                    (
                        "Ja, eftersom en fullmäktigeledamot aldrig är jävig i fullmäktige.",
                        False,
                        "Nej. Också den snäva regeln gör ledamoten jävig när ärendet gäller henne personligen.",
                    ),
                    (
                        "Nej: planen gäller hennes egen mark, så hon är jävig.",
                        True,
                        "Rätt. Ärendet gäller Lisa personligen (97 §). Hon meddelar sitt jäv och lämnar salen "
                        "under behandlingen.",
                    ),
                    (
                        "Ja, om skiftet finns med i hennes redogörelse för bindningar.",
                        False,
                        "Nej. Redogörelsen för bindningar (84 §) gör bindningarna synliga men tar inte bort jävet.",
                    ),
                    (
                        "Hon får delta i diskussionen men inte rösta.",
                        False,
                        "Nej. Den som är jävig deltar inte alls i behandlingen, inte heller i diskussionen.",
                    ),
                ],
                "explanation": RULE_97,
            },
            {
                "case": (
                    "Fullmäktigeledamoten Peter är lärare i kommunens grundskola. Fullmäktige beslutar om en budget "
                    "där anslagen för den grundläggande utbildningen höjs."
                ),
                "text": "Är Peter jävig när budgeten behandlas?",
                "options": [
                    (
                        "Nej: budgeten gäller inte honom personligen.",
                        True,
                        "Rätt. Budgeten gäller hela kommunen. Att vara anställd av kommunen gör inte ensamt en "
                        "fullmäktigeledamot jävig i ett allmänt ärende i fullmäktige.",
                    ),
                    (
                        "Ja, eftersom han är anställd av kommunen.",
                        False,
                        "Nej. I fullmäktige avgör den snäva regeln i 97 §: gäller ärendet honom personligen? "
                        "Anslagen för hela den grundläggande utbildningen gör det inte.",
                    ),
                    (
                        "Ja, om anslagen kan höja hans lön.",
                        False,
                        "Nej. Anslagen riktar sig till hela den grundläggande utbildningen, inte till Peter "
                        "personligen.",
                    ),
                    (
                        "Peter får själv bestämma om han anser sig vara jävig.",
                        False,
                        "Nej. Jäv bedöms enligt de grunder som anges i lag, inte enligt egen känsla.",
                    ),
                ],
                "explanation": RULE_97
                + " I en nämnd skulle samma person bedömas enligt förvaltningslagen, och där kunde resultatet bli "
                "ett annat.",
            },
            {
                "case": (
                    "Fritidsnämndens ledamot Sara sitter i styrelsen för en idrottsförening. Nämnden delar ut "
                    "understöd, och en av de sökande är Saras förening."
                ),
                "text": "Hur bedöms Saras jäv?",
                "options": [
                    (
                        "Enligt den snäva regeln i 97 § i kommunallagen: ärendet gäller inte henne personligen, så "
                        "hon är inte jävig.",
                        False,
                        "Nej. Den snäva regeln gäller fullmäktigeledamöter i fullmäktige. I en nämnd tillämpas "
                        "förvaltningslagen.",
                    ),
                    (
                        "Enligt kommunens förvaltningsstadga, som avgör jäv i nämnderna.",
                        False,
                        "Nej. Jävsgrunderna finns i lag; förvaltningsstadgan (90 §) kan inte ändra dem.",
                    ),
                    (
                        "Enligt förvaltningslagen: hon är jävig, eftersom hon sitter i styrelsen för en sökande "
                        "sammanslutning.",
                        True,
                        "Rätt. Detta är sammanslutningsjäv enligt 28 § i förvaltningslagen. Sara meddelar sitt jäv "
                        "och lämnar rummet när föreningens ansökan behandlas.",
                    ),
                    (
                        "Hon är jävig bara om föreningen får mer än de andra sökande.",
                        False,
                        "Nej. Jävet beror inte på beslutets utgång utan på hennes ställning i förhållande till parten.",
                    ),
                ],
                "explanation": RULE_97 + " " + RULE_FVL,
            },
            {
                "case": (
                    "En ledamot som valdes till kommunstyrelsen i augusti 2021 sitter i styrelsen för ett lokalt "
                    "byggbolag och äger aktier i det."
                ),
                "text": "Vad ska ledamoten göra enligt 84 § i kommunallagen?",
                "options": [
                    (
                        "Lämna styrelseplatsen i byggbolaget före det första sammanträdet.",
                        False,
                        "Nej. Lagen kräver inte att man lämnar andra uppdrag. Bindningarna redovisas så att de syns "
                        "och jäv kan bedömas.",
                    ),
                    (
                        "Lämna en redogörelse för sina bindningar till revisionsnämnden inom två månader från valet.",
                        True,
                        "Rätt. Kommunstyrelsens ledamöter hör till dem som ska lämna en redogörelse. Ändringar "
                        "anmäls utan dröjsmål, och redogörelserna publiceras på internet.",
                    ),
                    (
                        "Ingenting, eftersom bara tjänsteinnehavare redogör för bindningar.",
                        False,
                        "Nej. Till dem som ska lämna en redogörelse enligt 84 § hör bland andra kommunstyrelsens "
                        "ledamöter.",
                    ),
                    (
                        "Lämna en redogörelse till kommunstyrelsen inom ett år från valet.",
                        False,
                        "Nej. Redogörelsen lämnas till revisionsnämnden, och tiden är två månader.",
                    ),
                ],
                "explanation": (
                    "Kommunallagen 84 §: ledamöterna i kommunstyrelsen och i det organ som behandlar "
                    "markanvändningsärenden, ordförandena och vice ordförandena i fullmäktige och nämnderna, "
                    "kommundirektören eller borgmästaren och de biträdande borgmästarna samt de föredragande lämnar "
                    "en redogörelse för sina bindningar till revisionsnämnden inom två månader från valet och "
                    "anmäler ändringar utan dröjsmål. Redogörelserna publiceras på internet. Redogörelsen tar inte "
                    "bort jäv, men hjälper att känna igen det."
                ),
            },
            {
                "text": "Vilka påståenden om jäv stämmer? Välj alla rätta svar.",
                "options": [
                    (
                        "En stark politisk ståndpunkt i ärendet gör en fullmäktigeledamot jävig.",
                        False,
                        "Nej. Att ta ställning är fullmäktigeledamotens uppgift och gör ingen jävig.",
                    ),
                    (
                        "En fullmäktigeledamot är jävig i fullmäktige i ett ärende som personligen gäller en "
                        "närstående till ledamoten.",
                        True,
                        "Rätt. Den snäva regeln i 97 § gäller både ledamoten själv och ledamotens närstående.",
                    ),
                    (
                        "En redogörelse för bindningar tar bort jävet, när bindningen är offentlig.",
                        False,
                        "Nej. Redogörelsen gör bindningarna synliga; jäv bedöms ändå ärende för ärende.",
                    ),
                    (
                        "Jäv för en nämndledamot bedöms enligt 27–30 § i förvaltningslagen.",
                        True,
                        "Rätt. 97 § i kommunallagen hänvisar i fråga om jäv för andra än fullmäktigeledamöter till "
                        "förvaltningslagen.",
                    ),
                ],
            },
        ],
    },
    "yhteistyon-kaytannot": {
        "title": "Kunskapstest: goda samarbetsformer",
        "intro": "Fyra situationer om beredning och sammanträden. För att bli godkänd behöver du 75 % av poängen.",
        "questions": [
            {
                "case": (
                    "Kommunens tekniska direktör har med stöd av den behörighet som förvaltningsstadgan ger beslutat "
                    "att sälja en liten tomt som kommunen äger. Kommunstyrelsens ordförande anser att priset är för "
                    "lågt och vill att kommunstyrelsen behandlar ärendet."
                ),
                "text": "Vem kan enligt 92 § i kommunallagen ta upp ärendet till behandling i kommunstyrelsen? "
                "Välj alla rätta svar.",
                "options": [
                    (
                        "Kommunstyrelsens ordförande",
                        True,
                        "Rätt. 92 § ger också kommunstyrelsens ordförande som person rätt att ta upp ärendet.",
                    ),
                    (
                        "En enskild fullmäktigeledamot",
                        False,
                        "Nej. Rätten att ta upp ett ärende till behandling tillkommer inte en enskild "
                        "fullmäktigeledamot.",
                    ),
                    (
                        "Kommundirektören",
                        True,
                        "Rätt. Också kommundirektören (eller borgmästaren) har denna rätt.",
                    ),
                    (
                        "Enbart kommunstyrelsen som organ, ingen person",
                        False,
                        "Nej. Rätten är inte enbart ett organs rätt: den tillkommer också kommunstyrelsens "
                        "ordförande, kommundirektören och tjänsteinnehavare som anges i förvaltningsstadgan.",
                    ),
                    (
                        "Kommunstyrelsen",
                        True,
                        "Rätt. Kommunstyrelsen kan själv ta upp ärendet till behandling.",
                    ),
                ],
                "explanation": RULE_92,
            },
            {
                "case": (
                    "Bildningsdirektören har beslutat om skolskjutsarnas rutter. Enligt förvaltningsstadgan har "
                    "bildningsnämnden och dess ordförande rätt att ta upp beslut av tjänsteinnehavare under nämnden "
                    "till behandling. Nämndledamoten Jari vill att nämnden behandlar rutterna."
                ),
                "text": "Hur kan ärendet komma upp till behandling i nämnden?",
                "options": [
                    (
                        "Jari tar själv upp ärendet, eftersom han är ledamot i nämnden.",
                        False,
                        "Nej. En enskild ledamot har inte denna rätt; i den här kommunen har nämnden och dess "
                        "ordförande den.",
                    ),
                    (
                        "Inte alls, eftersom rätten att ta upp ärenden bara tillkommer kommunstyrelsen.",
                        False,
                        "Nej. 92 § tillåter att en nämnd och dess ordförande har rätten, när förvaltningsstadgan "
                        "föreskriver det, så som i den här kommunen.",
                    ),
                    (
                        "Nämndens ordförande eller nämnden kan ta upp ärendet; Jari kan be ordföranden göra det.",
                        True,
                        "Rätt. Rätten tillkommer nämnden och dess ordförande. Jari kan föra ärendet till "
                        "ordförandens kännedom.",
                    ),
                    (
                        "Ärendet förs till fullmäktige för beslut.",
                        False,
                        "Nej. Med denna rätt lyfts ett ärende från tjänsteinnehavaren till organet ovanför, här "
                        "nämnden, inte till fullmäktige.",
                    ),
                ],
                "explanation": RULE_92,
            },
            {
                "case": (
                    "I september 2021 är en nämndledamot på tjänsteresa och kan delta i sammanträdet bara per "
                    "telefon, utan bild."
                ),
                "text": "Kan ledamoten delta i sammanträdet enligt 99 § i kommunallagen?",
                "options": [
                    (
                        "Nej, eftersom lagen kräver likvärdig ljud- och bildförbindelse för alla.",
                        False,
                        "Inte längre. Så krävde den ursprungliga 99 § i kommunallagen. Lag 419/2021 lättade "
                        "villkoren från 1.6.2021: också ett annat lämpligt tekniskt sätt duger när tre villkor "
                        "uppfylls.",
                    ),
                    (
                        "Ja, om deltagarna kan verifieras på ett tillförlitligt sätt, ordföranden kan leda "
                        "sammanträdet och ledamoten kan följa sammanträdet och delta i behandlingen av ärendena.",
                        True,
                        "Rätt. Det är de tre villkoren i 99 § som gäller från 1.6.2021.",
                    ),
                    (
                        "Ja, men bara under coronaepidemin.",
                        False,
                        "Nej. Elektroniska sammanträden var tillåtna redan enligt den ursprungliga kommunallagen, "
                        "och 99 § som gäller från 1.6.2021 är inte bunden till epidemin.",
                    ),
                    (
                        "Ja, men ledamotens röst räknas inte i besluten.",
                        False,
                        "Nej. Ett av villkoren i 99 § är just att varje deltagare kan följa sammanträdet och delta i "
                        "behandlingen av ärendena.",
                    ),
                ],
                "explanation": (
                    "Kommunallagen 99 §: elektroniska sammanträden var möjliga redan enligt den ursprungliga "
                    "kommunallagen (410/2015), men då krävdes likvärdig ljud- och bildförbindelse för alla "
                    "deltagare. Lag 419/2021 skrev om paragrafen från 1.6.2021: en videokonferens eller ett annat "
                    "lämpligt tekniskt sätt duger när (1) ordföranden och sekreteraren på ett tillförlitligt sätt "
                    "kan verifiera deltagarna, (2) ordföranden kan leda sammanträdet enligt 102 § och (3) varje "
                    "deltagare kan följa sammanträdet och delta i behandlingen av ärendena."
                ),
            },
            {
                "text": (
                    "Fullmäktige har fattat ett beslut som en kommunstyrelseledamot anser vara lagstridigt. Vilken "
                    "uppgift har kommunstyrelsen enligt 39 § i kommunallagen?"
                ),
                "options": [
                    (
                        "Att ändra beslutet så att det blir lagenligt",
                        False,
                        "Nej. Kommunstyrelsen kan inte ändra fullmäktiges beslut: fullmäktige utövar "
                        "beslutanderätten (14 §).",
                    ),
                    (
                        "Att verkställa beslutet som det är, eftersom lagligheten hör till domstolarna",
                        False,
                        "Nej. Att övervaka lagligheten i fullmäktiges beslut hör enligt 39 § till kommunstyrelsen.",
                    ),
                    (
                        "Att övervaka lagligheten i fullmäktiges beslut; dessutom bereder den fullmäktiges ärenden "
                        "och verkställer besluten",
                        True,
                        "Rätt. Dessa hör till de uppgifter för kommunstyrelsen som räknas upp i 39 §.",
                    ),
                ],
            },
        ],
    },
    "kestavyys-strategiassa": {
        "title": "Kunskapstest: hållbarhet i kommunstrategin",
        "intro": "Fyra situationer från strategiarbetet. För att bli godkänd behöver du 75 % av poängen.",
        "questions": [
            {
                "case": (
                    "Kommunstyrelsen har berett en ny kommunstrategi där hållbarhet är ett genomgående mål. "
                    "Kommunstyrelsens ordförande föreslår att kommunstyrelsen själv godkänner strategin, så att "
                    "arbetet inte försenas."
                ),
                "text": "Vad säger kommunallagen om förslaget?",
                "options": [
                    (
                        "Kommunstyrelsen kan godkänna strategin, eftersom den leder kommunens verksamhet.",
                        False,
                        "Nej. Kommunstyrelsen leder verksamheten, förvaltningen och ekonomin (38 §), men fullmäktige "
                        "beslutar om strategin.",
                    ),
                    (
                        "Strategin är frivillig, så kommunen kan välja vem som godkänner den.",
                        False,
                        "Nej. Kommunen ska ha en kommunstrategi (37 §), och fullmäktige beslutar om den.",
                    ),
                    (
                        "Kommundirektören godkänner strategin när fullmäktige har antecknat den för kännedom.",
                        False,
                        "Nej. Att anteckna för kännedom är inget beslut. Fullmäktige beslutar om strategin.",
                    ),
                    (
                        "Kommunstyrelsen bereder strategin, men fullmäktige beslutar om den.",
                        True,
                        "Rätt. Strategin är fullmäktiges beslut (14 och 37 §); kommunstyrelsen bereder "
                        "fullmäktiges ärenden (39 §).",
                    ),
                ],
                "explanation": (
                    "Kommunallagen 37 §: kommunen ska ha en kommunstrategi där fullmäktige beslutar om de "
                    "långsiktiga målen för kommunens verksamhet och ekonomi; enligt 14 § hör strategin till "
                    "fullmäktiges uppgifter. Kommunstyrelsen bereder fullmäktiges ärenden (39 §) och leder "
                    "verksamheten enligt strategin (38 §)."
                ),
            },
            {
                "case": (
                    "En fullmäktigeledamot vill i strategiarbetet bedöma hur kommunens klimatmål har framskridit. "
                    "Hen ber miljöchefen om kommunens utsläppsberäkningar. Chefen svarar att beräkningarna bara "
                    "ges till miljönämndens ledamöter."
                ),
                "text": "Vem har rätt?",
                "options": [
                    (
                        "Fullmäktigeledamoten: hen har rätt till de uppgifter som behövs för att sköta uppdraget.",
                        True,
                        "Rätt. Strategin är fullmäktiges beslut, så utsläppsberäkningarna behövs i ledamotens "
                        "uppdrag (83 §).",
                    ),
                    (
                        "Chefen: uppgifterna hör bara till ledamöterna i det organ som behandlar ärendet.",
                        False,
                        "Nej. Fullmäktige ansvarar för kommunens verksamhet och ekonomi (14 §), och ledamoten får "
                        "de uppgifter som behövs för uppdraget (83 §).",
                    ),
                    (
                        "Chefen: en fullmäktigeledamot får uppgifter bara via kommundirektören.",
                        False,
                        "Nej. 83 § ger rätt att få uppgifter av kommunens myndigheter, inte bara av kommundirektören.",
                    ),
                ],
                "explanation": RULE_83,
            },
            {
                "text": (
                    "Den nuvarande strategin godkändes år 2018, och det nya fullmäktige inledde sitt arbete "
                    "1.8.2021. Vad kräver 37 § i kommunallagen?"
                ),
                "options": [
                    (
                        "Strategin ska ses över varje år i samband med budgeten.",
                        False,
                        "Nej. Budgeten genomför strategin varje år, men lagen kräver översyn minst en gång per "
                        "fullmäktigeperiod.",
                    ),
                    (
                        "Det nya fullmäktige ska se över strategin under sin period, eftersom den ses över minst en "
                        "gång per fullmäktigeperiod.",
                        True,
                        "Rätt. Periodens början är en naturlig tidpunkt: det nya fullmäktige drar upp målen som "
                        "kommunen leds enligt.",
                    ),
                    (
                        "Strategin gäller tills kommundirektören byts.",
                        False,
                        "Nej. Strategin är fullmäktiges verktyg, och översynen beror inte på kommundirektören.",
                    ),
                ],
            },
            {
                "text": (
                    "Strategiutkastet har ambitiösa hållbarhetsmål men inte ett ord om hur det följs upp att de "
                    "genomförs. Vad saknas enligt 37 §?"
                ),
                "options": [
                    (
                        "Ett detaljerat anslag för varje mål",
                        False,
                        "Nej. Anslagen beslutas i budgeten (110 §), inte i strategin.",
                    ),
                    (
                        "Ingenting: uppföljningen hör till bokslutet, inte till strategin.",
                        False,
                        "Nej. Enligt 37 § hör utvärdering och uppföljning till strategin.",
                    ),
                    (
                        "Utvärdering och uppföljning: hur genomförandet av strategin utvärderas och följs upp",
                        True,
                        "Rätt. Utan uppföljning hamnar strategin lätt på hyllan.",
                    ),
                ],
            },
        ],
    },
    "talousarvio-ja-paatokset": {
        "title": "Kunskapstest: hållbarhet i budgeten och besluten",
        "intro": "Fyra situationer om budgeten och beslutsfattandet. För att bli godkänd behöver du 75 % av poängen.",
        "questions": [
            {
                "case": (
                    "Kommunstyrelsen behandlar en upphandling som hör till budgeten. En kommunstyrelseledamots make "
                    "äger ett företag som är en av anbudsgivarna."
                ),
                "text": "Vad ska ledamoten göra?",
                "options": [
                    (
                        "Delta, eftersom den snäva regeln för fullmäktigeledamöter gäller i kommunstyrelsen.",
                        False,
                        "Nej. Den snäva regeln gäller fullmäktigeledamöter i fullmäktige. I kommunstyrelsen "
                        "tillämpas förvaltningslagen (97 §).",
                    ),
                    (
                        "Ledamoten är jävig bara om makens företag vinner upphandlingen.",
                        False,
                        "Nej. Jäv bedöms före behandlingen och beror inte på utgången.",
                    ),
                    (
                        "Meddela sitt jäv och lämna rummet under behandlingen, eftersom maken är part.",
                        True,
                        "Rätt. Maken är närstående enligt förvaltningslagen, och som anbudsgivare part.",
                    ),
                    (
                        "Delta i diskussionen men avstå från att rösta.",
                        False,
                        "Nej. Den som är jävig deltar inte i behandlingen och är inte närvarande under den.",
                    ),
                ],
                "explanation": RULE_97 + " " + RULE_FVL,
            },
            {
                "case": (
                    "Fullmäktige beslutar i budgeten om att bygga en ny skola. I förslaget finns bara kostnaderna "
                    "för det första året. En fullmäktigeledamot vill före beslutet veta vad byggnadens underhåll "
                    "och drift kostar under de kommande åren."
                ),
                "text": "Vad är ett bra sätt att gå till väga?",
                "options": [
                    (
                        "Be beredningen om livscykelkostnaderna före beslutet.",
                        True,
                        "Rätt. Uppgifterna behövs för att pröva beslutet, så ledamoten har rätt att få dem (83 §). "
                        "Ekonomisk hållbarhet ser längre än ett år.",
                    ),
                    (
                        "Nöja sig med kostnaderna för det första året, eftersom budgeten bara gäller ett år.",
                        False,
                        "Nej. Vid sidan av budgeten godkänner fullmäktige en ekonomiplan, och byggnadens underhåll "
                        "kostar i årtionden.",
                    ),
                    (
                        "Be revisionsnämnden räkna ut kostnaderna.",
                        False,
                        "Nej. Revisionsnämnden bedömer i efterhand om målen nåtts; den bereder inte beslut.",
                    ),
                    (
                        "Räkna ut kostnaderna själv, eftersom en fullmäktigeledamot inte kan be beredningen om mer "
                        "information.",
                        False,
                        "Nej. Ledamoten kan begära uppgifter av kommunens myndigheter (83 §).",
                    ),
                ],
                "explanation": RULE_83
                + " Kommunallagen 110 §: fullmäktige godkänner budgeten och samtidigt en ekonomiplan för flera år, "
                "så investeringens verkningar för de kommande åren hör till beslutsunderlaget.",
            },
            {
                "text": (
                    "I kommunstyrelsens budgetförslag räcker anslagen inte till för strategins hållbarhetsmål. Vad "
                    "kan fullmäktige göra?"
                ),
                "options": [
                    (
                        "Bara godkänna eller förkasta förslaget, eftersom kommunstyrelsen beslutar om anslagen.",
                        False,
                        "Nej. Fullmäktige beslutar om budgeten (14 och 110 §) och kan ändra förslaget.",
                    ),
                    (
                        "Överlåta anslagen åt kommundirektören att besluta om.",
                        False,
                        "Nej. Budgeten är ett av fullmäktiges viktigaste styrverktyg och överlåts inte till "
                        "kommundirektören.",
                    ),
                    (
                        "Ändra budgeten innan den godkänns, eftersom fullmäktige beslutar om budgeten.",
                        True,
                        "Rätt. Kommunstyrelsen bereder, fullmäktige beslutar. Om strategins mål inte syns i "
                        "anslagen kan fullmäktige rätta till det.",
                    ),
                ],
            },
            {
                "text": (
                    "En nämnd bereder ett förslag om att lägga ned bokbussen. Vad lönar det sig att fråga ur "
                    "hållbarhetssynvinkel före beslutet? Välj alla rätta svar."
                ),
                "options": [
                    (
                        "Hur beslutet kan tajmas så att det inte diskuteras före valet?",
                        False,
                        "Nej. Frågan gäller inte beslutets verkningar utan hur synligt det är; öppenhet hör till god "
                        "beredning.",
                    ),
                    (
                        "Vems vardag förändras, och hur ersätts tjänsten för dem?",
                        True,
                        "Rätt. Social hållbarhet: vems vardag förändras?",
                    ),
                    (
                        "Vad sparar och kostar beslutet under flera år?",
                        True,
                        "Rätt. Ekonomisk hållbarhet ser längre än ett år.",
                    ),
                    (
                        "Ökar förändringen invånarnas körande med egen bil?",
                        True,
                        "Rätt. Ekologisk hållbarhet: utsläpp och resor.",
                    ),
                ],
            },
        ],
    },
    "sosiaalinen-ja-ekologinen": {
        "title": "Kunskapstest: social och ekologisk hållbarhet",
        "intro": "Fyra situationer om välfärd, delaktighet och den förtroendevaldas uppdrag.",
        "questions": [
            {
                "case": (
                    "Kommunen planerar att slå ihop två byskolor. Beredarna föreslår ett invånarmöte efter att "
                    "nämnden har godkänt förslaget."
                ),
                "text": "När lönar det sig att höra invånarna?",
                "options": [
                    (
                        "När förslaget är klart, så att invånarna kan få exakta uppgifter",
                        False,
                        "Nej. Då hinner responsen sällan påverka, och invånarna upplever att de inte blev hörda.",
                    ),
                    (
                        "Inte alls, eftersom fullmäktigeledamöterna företräder invånarna",
                        False,
                        "Nej. Ledamöterna företräder invånarna, men hörandet ger beredningen kunskap som "
                        "ledamöterna inte har.",
                    ),
                    (
                        "Redan i början av beredningen, när alternativen ännu är öppna",
                        True,
                        "Rätt. Då hinner responsen påverka förslaget.",
                    ),
                    (
                        "Först när förändringen verkställs",
                        False,
                        "Nej. Då handlar det om information, inte om hörande.",
                    ),
                ],
                "explanation": (
                    "Kommunallagen 37 §: i kommunstrategin ska invånarnas möjligheter att delta och påverka beaktas. "
                    "Hörandet är äkta bara när responsen hinner påverka: i början av beredningen är alternativen "
                    "ännu öppna."
                ),
            },
            {
                "case": (
                    "En fullmäktigeledamot bor i en by vars skola hotas av nedläggning. Byaföreningen kräver att hen "
                    "röstar mot nedläggningen oberoende av vad utredningarna visar om barnens service i andra "
                    "delar av kommunen."
                ),
                "text": "Vad kräver 69 § i kommunallagen av ledamoten?",
                "options": [
                    (
                        "Att främja kommunens och invånarnas bästa: hen lyfter fram byns synvinkel men väger den mot "
                        "alla kommuninvånares bästa.",
                        True,
                        "Rätt. Lagen talar om kommunens och invånarnas bästa, inte om ett områdes bästa.",
                    ),
                    (
                        "Att i första hand driva sitt eget bostadsområdes intressen, eftersom dess invånare röstade "
                        "på hen.",
                        False,
                        "Nej. En förtroendevald främjar hela kommunens och invånarnas bästa.",
                    ),
                    (
                        "Att avstå från att delta i behandlingen, eftersom hen bor i byn.",
                        False,
                        "Nej. Boningsorten gör ingen jävig: nedläggningen av skolan gäller inte ledamoten "
                        "personligen på det sätt som avses i 97 §.",
                    ),
                    (
                        "Att följa fullmäktigegruppens linje, eftersom gruppen ansvarar för besluten.",
                        False,
                        "Nej. Gruppen kan komma överens om linjer, men lagen lägger skyldigheten på den "
                        "förtroendevalda själv.",
                    ),
                ],
                "explanation": (
                    "Kommunallagen 69 §: en förtroendevald ska främja kommunens och dess invånares bästa och uppträda "
                    "på det sätt som uppdraget kräver."
                ),
            },
            {
                "case": (
                    "Miljönämnden behandlar en ansökan om marktäktstillstånd. En nämndledamots bror äger det företag "
                    "som söker tillståndet."
                ),
                "text": "Är ledamoten jävig?",
                "options": [
                    (
                        "Nej, eftersom ärendet inte gäller ledamoten själv.",
                        False,
                        "Nej. Enligt förvaltningslagen uppstår jäv också när en närstående, till exempel ett "
                        "syskon, är part.",
                    ),
                    (
                        "Ja, eftersom en närstående är part.",
                        True,
                        "Rätt. Brodern är närstående enligt förvaltningslagen och som ägare till sökanden part.",
                    ),
                    (
                        "Ja, men bara om ledamoten själv äger en del av broderns företag.",
                        False,
                        "Nej. Att den närstående är part räcker.",
                    ),
                    (
                        "Nej, om de andra ledamöterna godkänner att ledamoten deltar.",
                        False,
                        "Nej. Jäv grundar sig på lag; de andras samtycke tar inte bort det.",
                    ),
                ],
                "explanation": RULE_97 + " " + RULE_FVL,
            },
            {
                "text": (
                    "En strategigrupp samlar mål för social och ekologisk hållbarhet. Vilka hör till det som enligt "
                    "37 § i kommunallagen ska beaktas i strategin? Välj alla rätta svar."
                ),
                "options": [
                    ("Livsmiljön och områdets livskraft", True, "Rätt. De finns i förteckningen i 37 §."),
                    (
                        "Kandidatnomineringen i kommunalvalet",
                        False,
                        "Nej. Kandidatnomineringen är partiernas och valmansföreningarnas sak, inte kommunstrategins.",
                    ),
                    (
                        "Invånarnas möjligheter att delta och påverka",
                        True,
                        "Rätt. De finns i förteckningen i 37 §.",
                    ),
                    ("Främjandet av invånarnas välfärd", True, "Rätt. Det är det första i förteckningen."),
                ],
            },
        ],
    },
    "kestavat-kunnat-2030": {
        "title": "Kunskapstest: Hållbara kommuner 2030",
        "intro": (
            "Övningsuppgift: tre situationer om hållbart ledarskap. Det finns ingen gräns för godkänt, och "
            "uppgiften hindrar inte att lektionen markeras som klar."
        ),
        "questions": [
            {
                "case": (
                    "I en strategiverkstad föreslår en fullmäktigeledamot att den önskade framtiden i "
                    "framsynsarbetet Kestävät kunnat 2030 blir kommunens vision, och varnar samtidigt för dess "
                    "hotbild."
                ),
                "text": "Vilket scenario var den önskade framtiden i framsynsarbetet?",
                "options": [
                    (
                        "Vähähiiliset hyvinvointiverkostot (Koldioxidsnåla välfärdsnätverk)",
                        True,
                        "Rätt. Det var framsynsarbetets önskade framtid.",
                    ),
                    (
                        "Loittoneva kunta (Kommunen som glider bort)",
                        False,
                        "Nej. Loittoneva kunta var ett av scenarierna, men inte den önskade framtiden.",
                    ),
                    (
                        "Yksinäisten kestämätön kunta (De ensammas ohållbara kommun)",
                        False,
                        "Nej. Det var scenariernas hotbild, som ledamoten varnar för.",
                    ),
                ],
                "explanation": (
                    "Framsynsarbetet Kestävät kunnat 2030 (våren 2021, 34 kommuner, fyra framtidsverkstäder) tog "
                    "fram fyra scenarier för en hållbar kommun och utvecklingsstigar. Den önskade framtiden var "
                    "”Vähähiiliset hyvinvointiverkostot”, hotbilden ”Yksinäisten kestämätön kunta”. Publikationen "
                    "heter Kestävä kehitys kunnissa – Lähtölaskenta uhkakuvasta unelmaan."
                ),
            },
            {
                "case": (
                    "Kommundirektören föreslår att tjänsteinnehavarna gör färdigt ett hållbarhetsprogram och att de "
                    "förtroendevalda ser det först vid fullmäktiges sammanträde, så att arbetet går snabbt."
                ),
                "text": "Vilket svar är bäst med tanke på det dubbla ledarskapet?",
                "options": [
                    (
                        "Ett bra förslag: beredningen hör till tjänsteinnehavarna och beslutet till de "
                        "förtroendevalda.",
                        False,
                        "Nej. Arbetsfördelningen är riktig, men om skedena inte möts kommer den politiska "
                        "riktlinjen för sent.",
                    ),
                    (
                        "Programmet bereds tillsammans: de förtroendevalda drar upp målen, tjänsteinnehavarna bidrar "
                        "med sakkunskap, och rollerna avtalas.",
                        True,
                        "Rätt. Enligt Kommunförbundet lyckas de kommuner som den politiska och den professionella "
                        "ledningen leder strategiskt tillsammans.",
                    ),
                    (
                        "De förtroendevalda skriver programmet själva utan tjänsteinnehavare.",
                        False,
                        "Nej. Då saknar beredningen den professionella sakkunskapen.",
                    ),
                ],
                "explanation": (
                    "Dubbelt ledarskap: kommunen leds tillsammans av förtroendevalda (politisk ledning) och "
                    "tjänsteinnehavare (professionell ledning). Enligt Kommunförbundet är en gemensam förståelse av "
                    "bådas roller och uppgifter väsentlig. USO-nätverket 2021–2022 nämner ett fungerande dubbelt "
                    "ledarskap som ett av sina teman."
                ),
            },
            {
                "case": (
                    "En ny kommundirektör börjar våren 2022. Fullmäktige vill att förväntningarna på ett hållbart "
                    "ledarskap skrivs in i det direktörsavtal som ingås med kommundirektören."
                ),
                "text": "Vem godkänner direktörsavtalet?",
                "options": [
                    (
                        "Kommunstyrelsens ordförande ensam",
                        False,
                        "Nej. Avtalet godkänns av ett organ: enligt 42 § kommunstyrelsen.",
                    ),
                    (
                        "Fullmäktige, eftersom det valde kommundirektören",
                        False,
                        "Nej. Fullmäktige väljer kommundirektören (41 §), men direktörsavtalet godkänns från och "
                        "med 26.5.2021 av kommunstyrelsen.",
                    ),
                    (
                        "Kommunstyrelsen",
                        True,
                        "Rätt. Fullmäktige kan lyfta fram sina förväntningar till exempel i strategin, men avtalet "
                        "godkänns av kommunstyrelsen (42 §).",
                    ),
                ],
                "explanation": RULE_42,
            },
        ],
    },
}
