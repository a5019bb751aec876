"""Introduktion för fullmäktigeperioden 2021–2025, modul 2 (roller): Swedish translation of the module "roolit".

Maps block by block onto orientation_2021.py. Terms follow the official Swedish text of kommunallagen (410/2015)
and förvaltningslagen; quotations of the law are avoided where the exact Swedish wording is not at hand.
"""

from .orientation_2021_sote import LESSON_SOTE_SV
from .orientation_2021_sv import FICTIONAL, _case, _checklist, _h2, _key, _p, _reflection

LESSON_2_1 = {
    "slug": "fullmaktige-och-kommunens-organ",
    "title": "Fullmäktige och kommunens organ",
    "summary": (
        "Du lär dig vad fullmäktige beslutar om, vilka andra organ kommunen har och hur ett ärende kan tas upp "
        "till behandling i ett högre organ."
    ),
    "body": [
        _h2("Fullmäktige utövar kommunens beslutanderätt"),
        _p(
            "<p>Enligt 14 § i kommunallagen ansvarar fullmäktige för kommunens verksamhet och ekonomi och utövar "
            "kommunens beslutanderätt. I paragrafen räknas 14 punkter upp som fullmäktige beslutar om. De "
            "viktigaste är:</p>"
            "<ul>"
            "<li>kommunstrategin</li>"
            "<li>förvaltningsstadgan</li>"
            "<li>budgeten och ekonomiplanen</li>"
            "<li>principerna för ägarstyrningen och koncerndirektivet</li>"
            "<li>grunderna för den interna kontrollen och riskhanteringen</li>"
            "<li>de allmänna grunderna för avgifter för tjänster och andra prestationer</li>"
            "<li>val av ledamöter till organen</li>"
            "<li>val av revisorer</li>"
            "<li>godkännande av bokslutet och beviljande av ansvarsfrihet.</li>"
            "</ul>"
        ),
        _p(
            "<p>Fullmäktige sköter inte kommunens vardag. Fullmäktige drar upp de stora linjerna och delegerar "
            "behörighet till andra organ, förtroendevalda och tjänsteinnehavare i förvaltningsstadgan. Behörighet får "
            "dock inte delegeras i ärenden som fullmäktige enligt lag själv ska besluta om (91 §). Därför är "
            "förvaltningsstadgan ett viktigt dokument: av den framgår vem som beslutar om vad i din kommun.</p>"
            "<p>Fullmäktige väljer bland sina medlemmar en ordförande och det antal vice ordförande som behövs "
            "(18 §). Fullmäktigeledamöterna kan bilda fullmäktigegrupper för arbetet i fullmäktige, och en grupp kan "
            "också bestå av en enda ledamot (19 §). Fullmäktige är beslutfört när minst två tredjedelar av "
            "ledamöterna är närvarande (103 §). Om du inte kan delta i ett sammanträde ska du meddela det i god tid "
            "på det sätt som förvaltningsstadgan anger, så att en ersättare kan kallas i ditt ställe.</p>"
        ),
        _h2("Kommunens organ"),
        _p(
            "<p>Enligt 30 § i kommunallagen ska varje kommun utöver fullmäktige ha en kommunstyrelse och en "
            "revisionsnämnd. Dessutom kan fullmäktige tillsätta</p>"
            "<ul>"
            "<li>nämnder som är underställda kommunstyrelsen, eller i stället för dem utskott, för att sköta "
            "permanenta uppgifter</li>"
            "<li>direktioner, till exempel för ett affärsverk</li>"
            "<li>sektioner inom kommunstyrelsen, nämnderna, utskotten och direktionerna.</li>"
            "</ul>"
            "<p>Kommunstyrelsen och, om fullmäktige beslutar det, också ett annat organ kan tillsätta en kommitté "
            "för en viss uppgift. Under den här perioden valdes ledamöterna i kommunstyrelsen, revisionsnämnden och "
            "de övriga nämnderna vid fullmäktiges sammanträde i augusti 2021.</p>"
        ),
        _h2("Revisionsnämnden utvärderar"),
        _p(
            "<p>Revisionsnämnden har en särskild ställning (121 §). Dess ordförande och vice ordförande ska vara "
            "fullmäktigeledamöter. Nämnden bedömer om de mål för verksamheten och ekonomin som fullmäktige har "
            "ställt upp har nåtts i kommunen och kommunkoncernen. Den bereder de ärenden som gäller granskningen av "
            "förvaltningen och ekonomin för fullmäktige och övervakar att redogörelserna för bindningar lämnas. "
            "Nämndens årliga utvärderingsberättelse behandlas i fullmäktige i samband med bokslutet. "
            "Revisionsnämnden är fullmäktiges eget verktyg: genom den får fullmäktige veta om dess beslut "
            "förverkligas.</p>"
        ),
        _h2("Rätt att ta upp ett ärende till behandling"),
        _p(
            "<p>När behörighet har delegerats till en myndighet som är underställd kommunstyrelsen, till exempel en "
            "nämnd eller en tjänsteinnehavare, kan ett högre organ ta upp ett beslut som myndigheten har fattat till "
            "behandling (92 §). Detta kallas rätt att ta upp ett ärende till behandling (på finska otto-oikeus). "
            "Ett ärende kan tas upp till behandling i kommunstyrelsen av kommunstyrelsen själv, dess ordförande, "
            "kommundirektören och de tjänsteinnehavare som anges i förvaltningsstadgan. I förvaltningsstadgan kan "
            "motsvarande rätt också ges nämnderna och deras ordförande.</p>"
            "<p>Ärendet ska tas upp till behandling inom den tid inom vilken omprövning av beslutet kan begäras. "
            "Alla ärenden kan inte tas upp. Utanför faller till exempel tillstånds-, anmälnings-, tillsyns- och "
            "förrättningsärenden enligt lag eller förordning samt ärenden inom undervisningsväsendet, hälso- och "
            "sjukvården och socialväsendet som gäller enskilda personer.</p>"
        ),
        _key(
            "Rätten att ta upp ärenden är en säkerhetsventil",
            "<p>Rätten att ta upp ett ärende till behandling garanterar att delegerad beslutanderätt förblir under "
            "politisk styrning. Den bör användas med eftertanke. Om ärenden ofta tas upp till behandling i ett "
            "högre organ är det skäl att fundera på om behörighetsfördelningen i förvaltningsstadgan är den "
            "rätta.</p>",
        ),
        _case(
            "Uthyrningen av en skolbyggnad tas upp i kommunstyrelsen",
            "En liten landsbygdskommun (fiktiv)",
            "<p>Med stöd av den behörighet som förvaltningsstadgan gav honom beslutade den tekniska direktören att "
            "hyra ut en tom byskola till en förening för fem år. Byborna hade hoppats att byggnaden skulle användas "
            "som bygdegård. Kommunstyrelsens ordförande tog upp ärendet till behandling i kommunstyrelsen inom "
            "utsatt tid. Kommunstyrelsen hörde byaföreningen och fattade ett nytt beslut om uthyrningen.</p>",
            "<p>Rätten att ta upp ärenden fungerade som den skulle: ett beslut med större betydelse för byn flyttades "
            "till politisk prövning. I efterhand kom kommunstyrelsen och kommundirektören överens om att "
            "principiellt viktiga fastighetsärenden i fortsättningen förs direkt till kommunstyrelsen. På så sätt "
            "behöver rätten att ta upp ärenden inte användas lika ofta.</p>",
            FICTIONAL,
        ),
        _reflection(
            "Vilken beslutanderätt har man i din kommun delegerat till tjänsteinnehavare i förvaltningsstadgan, och "
            "hur får du veta vilka beslut de fattar?",
            "Förvaltningsstadgan ska finnas tillgänglig på internet (109 §), oftast på kommunens webbplats. Leta upp "
            "bestämmelserna om delegering av behörighet. Ta också reda på hur tjänsteinnehavarnas beslut delges "
            "organen, så att rätten att ta upp ärenden vid behov kan användas i tid.",
        ),
    ],
}

LESSON_2_2 = {
    "slug": "den-fortroendevaldas-uppdrag-och-ratt-till-information",
    "title": "Den förtroendevaldas uppdrag och rätt att få upplysningar",
    "summary": (
        "Du lär dig vad kommunallagen kräver av en förtroendevald, vilken rätt du har att få upplysningar och hur "
        "en tjänsteinnehavares ställning skiljer sig från din."
    ),
    "body": [
        _h2("Vem är förtroendevald?"),
        _p(
            "<p>Enligt 69 § i kommunallagen är kommunens förtroendevalda fullmäktigeledamöterna och ersättarna, "
            "ledamöterna i kommunens organ, de ledamöter som kommunen har valt till samkommunens organ och andra "
            "personer som har valts till kommunala förtroendeuppdrag. En tjänsteinnehavare eller arbetstagare hos "
            "kommunen som har valts till ett organ på grund av sin tjänst eller sitt arbete är inte "
            "förtroendevald.</p>"
        ),
        _h2("Den förtroendevaldas skyldighet"),
        _p("<p>I samma paragraf anges den förtroendevaldas viktigaste skyldighet. I sak säger lagen följande:</p>"),
        _p(
            "<p>En förtroendevald ska främja kommunens och invånarnas bästa och sköta sitt förtroendeuppdrag "
            "värdigt, på det sätt som uppdraget förutsätter. (kommunallagen 69 § 2 mom., fritt återgivet; den "
            "exakta ordalydelsen finns i Finlex)</p>"
        ),
        _p(
            "<p>Formuleringen har betydelse. En fullmäktigeledamot har valts som kandidat för ett parti eller en "
            "valmansförening och för in sina väljares synpunkter i beslutsfattandet. I förtroendeuppdraget arbetar "
            "hon eller han ändå för hela kommunen och dess invånare, inte som intressebevakare för en enskild by, "
            "förening eller ett enskilt företag. Ett värdigt uppträdande syns också i hur du bemöter andra "
            "förtroendevalda, tjänsteinnehavare och kommuninvånare vid sammanträden och i sociala medier.</p>"
            "<p>En förtroendevald sköter sitt uppdrag under tjänsteansvar, och på honom eller henne tillämpas "
            "strafflagens bestämmelser om tjänstebrott (85 §).</p>"
        ),
        _h2("Rätt att få upplysningar"),
        _p(
            "<p>Enligt 83 § i kommunallagen har en förtroendevald rätt att av kommunens myndigheter få de "
            "upplysningar som han eller hon anser behövas i uppdraget och som ännu inte är offentliga, om inte "
            "sekretessbestämmelserna hindrar det. En förtroendevald har också rätt att av kommunens koncernledning "
            "få upplysningar som den har om verksamheten i kommunens dottersammanslutningar, likaså inom ramen för "
            "sekretessbestämmelserna.</p>"
            "<p>I praktiken kan du till exempel be om beredningsmaterial eller utredningar redan innan ärendet "
            "finns på föredragningslistan. Sekretessbestämmelserna begränsar dock rätten. Uppgifter om enskilda "
            "klienter eller patienter är till exempel sekretessbelagda. Om du i ditt förtroendeuppdrag får "
            "sekretessbelagda uppgifter får du inte föra dem vidare.</p>"
            "<p>Be om upplysningar av den tjänsteinnehavare som ansvarar för ärendet eller enligt kommunens "
            "anvisningar. I kommunen kan man ha kommit överens om att omfattande utredningsbegäranden går via "
            "kommundirektören eller sektordirektören. Då kan arbetet tidsplaneras och samma uppgifter delas med "
            "alla som de gäller.</p>"
        ),
        _h2("Tjänsteinnehavarens ställning är en annan"),
        _p(
            "<p>En tjänsteinnehavare står i tjänsteförhållande till kommunen. Uppgifter där offentlig makt utövas "
            "sköts i tjänsteförhållande (87 §). Tjänsteinnehavaren har valts på grund av sin sakkunskap, inte i val. "
            "Hans eller hennes uppgift är att bereda och verkställa beslut i enlighet med lagarna och fullmäktiges "
            "riktlinjer, oberoende av vilken grupp som är i majoritet. En förtroendevald får vara politisk. En "
            "tjänsteinnehavare ska vara opartisk.</p>"
            "<p>Också en tjänsteinnehavare kan vara av annan åsikt. Som föredragande kan hon eller han anmäla "
            "avvikande mening om organets beslut avviker från förslaget (106 §). När beslutet är fattat är "
            "tjänsteinnehavarens uppgift att verkställa det.</p>"
        ),
        _h2("Praktiska rättigheter"),
        _p(
            "<p>En förtroendevald har rätt att få ledigt från sitt arbete för sammanträden med kommunens organ "
            "(81 §). Meddela arbetsgivaren sammanträdestiderna så snart du känner till dem. Arbetsgivaren kan vägra "
            "ge ledigt endast om den inte har fått vetskap om sammanträdet senast 14 dagar i förväg och har ett "
            "vägande skäl som hänför sig till arbetet. En förtroendevald får mötesarvode, ersättning för "
            "inkomstbortfall och vissa kostnader samt ersättning för resekostnader (82 §). Fullmäktige beslutar om "
            "de närmare grunderna, och de ska finnas tillgängliga på internet (109 §). Om ledighet för "
            "fullmäktigegruppens möten ska du komma överens med arbetsgivaren.</p>"
        ),
        _key(
            "Rättighet och skyldighet",
            "<p>Du har en omfattande rätt att få upplysningar (83 §) och en skyldighet att främja hela kommunens och "
            "invånarnas bästa (69 §). Båda hör lika mycket till förtroendeuppdraget.</p>",
        ),
        _checklist(
            "Innan du ber om upplysningar",
            [
                "Jag har kontrollerat om uppgifterna redan finns i föredragningslistan, protokollen eller på "
                "kommunens webbplats.",
                "Jag vet vilken tjänsteinnehavare som ansvarar för ärendet eller vilken väg begäranden om "
                "upplysningar går i vår kommun.",
                "Jag berättar i begäran för vilket förtroendeuppdrag jag behöver uppgifterna.",
                "Jag ger rimlig tid om jag ber om en ny utredning.",
                "Jag vet vilka av de uppgifter jag får som är sekretessbelagda, och jag för dem inte vidare.",
                "Om uppgifterna är till nytta också för andra föreslår jag att de delas med alla ledamöter i organet.",
            ],
        ),
    ],
}

LESSON_2_3 = {
    "slug": "redogorelse-for-bindningar",
    "title": "Redogörelse för bindningar",
    "summary": (
        "Du lär dig vem som ska lämna en redogörelse för sina bindningar, vad den ska innehålla och hur den "
        "hänger ihop med jäv."
    ),
    "body": [
        _h2("Varför redogör man för bindningar?"),
        _p(
            "<p>Kommuninvånarnas förtroende för beslutsfattandet förutsätter att beslutsfattarnas kopplingar är "
            "synliga. Enligt 84 § i kommunallagen ska förtroendevalda och tjänsteinnehavare i centrala uppdrag "
            "lämna en redogörelse för sina bindningar. Redogörelsen är inget misstroende mot någon utan ett verktyg "
            "för öppenhet. Registret finns på internet, så vilken kommuninvånare som helst kan ta del av det. "
            "Redogörelsen hjälper också dig själv och organet att känna igen situationer där jäv kan komma i "
            "fråga.</p>"
        ),
        _h2("Vem ska lämna en redogörelse?"),
        _p(
            "<p>Skyldigheten gäller (84 § 2 mom.)</p>"
            "<ul>"
            "<li>ledamöterna i kommunstyrelsen</li>"
            "<li>ledamöterna i det organ som sköter uppgifter enligt markanvändnings- och bygglagen</li>"
            "<li>ordförandena och vice ordförandena i fullmäktige och nämnderna</li>"
            "<li>kommundirektören, borgmästaren och biträdande borgmästare</li>"
            "<li>de föredragande i kommunstyrelsen och nämnderna.</li>"
            "</ul>"
            "<p>Skyldigheten gäller alltså båda sidor av det dubbla ledarskapet: både centrala förtroendevalda och "
            "de tjänsteinnehavare som föredrar ärenden. En fullmäktigeledamot är inte skyldig att lämna en "
            "redogörelse bara för att hon eller han sitter i fullmäktige. Om ledamoten har valts till exempel till "
            "kommunstyrelsen eller till ordförande för en nämnd gäller skyldigheten henne eller honom.</p>"
        ),
        _h2("Vad ska redogörelsen innehålla och när?"),
        _p(
            "<p>Redogörelsen gäller ledande uppgifter och förtroendeuppdrag i företag som bedriver "
            "näringsverksamhet och i andra sammanslutningar, betydande förmögenhet och andra bindningar som kan ha "
            "betydelse när förtroendeuppdraget eller tjänsteuppgifterna sköts.</p>"
            "<p>Redogörelsen ska lämnas inom två månader från det att personen valdes till uppdraget. Ändringar ska "
            "anmälas utan dröjsmål. Eftersom kommunstyrelsen och nämnderna valdes i augusti 2021 skulle de första "
            "redogörelserna alltså lämnas under hösten 2021.</p>"
            "<p>Redogörelsen lämnas till revisionsnämnden. Revisionsnämnden övervakar att skyldigheten följs och "
            "delger fullmäktige redogörelserna. Den kan vid behov uppmana någon att lämna en ny redogörelse eller "
            "komplettera sin redogörelse. Kommunen ska föra ett register över bindningarna på internet, om inte "
            "sekretessbestämmelserna hindrar det. När uppdraget upphör avförs personens uppgifter ur "
            "registret.</p>"
            "<p>Den avgörande frågan är om kopplingen kan ha betydelse när du sköter ditt uppdrag. Om du är osäker, "
            "fråga revisionsnämndens sekreterare eller kommunens förvaltning till råds. Öppenheten skyddar också "
            "dig: när kopplingen är redovisad kan ingen senare påstå att du har dolt den.</p>"
            "<p><strong>Senare tillagd anmärkning:</strong> 84 § har ändrats genom lag 780/2023, som trädde i kraft "
            "1.1.2025. Den här lektionen beskriver bestämmelserna som gällde i början av fullmäktigeperioden. "
            "Kontrollera den gällande lydelsen i Finlex.</p>"
        ),
        _reflection(
            "Har du kopplingar som kan väcka frågor när ditt organ behandlar ärenden?",
            "Tänk på företag, föreningar, stiftelser och egendom som du eller någon närstående har en koppling "
            "till. Även om du inte är skyldig att lämna en redogörelse hjälper det dig att i tid bedöma om du är "
            "jävig när du känner till dina kopplingar.",
        ),
        _key(
            "Redogörelsen undanröjer inte jäv",
            "<p>Redogörelsen för bindningar och jäv är två olika saker. Även om du har redovisat din koppling till "
            "ett företag kan du vara jävig att behandla ett ärende som gäller företaget. Jäv bedöms alltid ärende "
            "för ärende. Det handlar nästa lektion om.</p>",
        ),
        _case(
            "Nämndordföranden och släktföretaget",
            "En medelstor stad (fiktiv)",
            "<p>Den nya ordföranden för tekniska nämnden satt i styrelsen för släktens byggföretag. Hon tänkte att "
            "saken var allmänt känd i staden och lämnade ingen redogörelse för bindningar inom utsatt tid. "
            "Revisionsnämnden upptäckte bristen och uppmanade henne att lämna en redogörelse. Senare behandlade "
            "nämnden en entreprenad som företaget hade lämnat anbud på.</p>",
            "<p>Redogörelsen hade gjort kopplingen synlig för alla. Ordföranden anmälde att hon var jävig, nämnden "
            "konstaterade jävet och hon lämnade sammanträdet medan ärendet behandlades. Att något är ”allmänt känt” "
            "räcker inte. Lagen kräver en redogörelse till revisionsnämnden inom två månader från valet.</p>",
            FICTIONAL,
        ),
        _checklist(
            "Minneslista för redogörelsen för bindningar",
            [
                "Jag kontrollerar om jag hör till dem som ska lämna en redogörelse (84 § 2 mom.).",
                "Jag förtecknar mina ledande uppgifter och förtroendeuppdrag i företag och andra sammanslutningar.",
                "Jag funderar på om jag har betydande förmögenhet eller andra kopplingar som kan ha betydelse i mitt "
                "uppdrag.",
                "Jag lämnar redogörelsen till revisionsnämnden inom två månader från att jag valdes.",
                "Jag uppdaterar min redogörelse utan dröjsmål när något ändras.",
                "Jag kontrollerar att mina uppgifter syns rätt i registret över bindningar på internet.",
            ],
        ),
    ],
}

LESSON_2_4 = {
    "slug": "jav",
    "title": "Jäv",
    "summary": (
        "Du lär dig när en förtroendevald eller tjänsteinnehavare är jävig och vad jävet kräver i praktiken, med "
        "hjälp av högsta förvaltningsdomstolens avgörande om Muhos."
    ),
    "body": [
        _h2("Varför är jäv viktigt?"),
        _p(
            "<p>Jävsbestämmelserna garanterar att ärenden behandlas opartiskt och att kommuninvånarna kan lita på "
            "besluten. Att inte beakta jäv är ingen formalitet. Om en jävig person deltar i behandlingen av ett "
            "ärende eller är närvarande när det behandlas kan beslutet ha tillkommit i felaktig ordning och upphävas "
            "efter besvär. Då måste ärendet behandlas på nytt.</p>"
        ),
        _h2("I fullmäktige gäller en egen, snävare regel"),
        _p(
            "<p>Enligt 97 § i kommunallagen är en fullmäktigeledamot jävig i fullmäktige att behandla ett ärende "
            "som gäller ledamoten själv eller en närstående personligen. Närstående är de personer som räknas upp i "
            "28 § 2 och 3 mom. i förvaltningslagen, till exempel make eller maka, barn, syskon och föräldrar. "
            "Fullmäktiges beslut gäller i regel breda riktlinjer, och därför är en ledamots jäv i fullmäktige "
            "snävare avgränsat än i andra organ.</p>"
            "<p>När en fullmäktigeledamot deltar i behandlingen av ett ärende i något annat organ, till exempel i "
            "kommunstyrelsen eller en nämnd, tillämpas de jävsregler som gäller ledamöterna i det organet.</p>"
        ),
        _h2("I övrigt tillämpas förvaltningslagen"),
        _p(
            "<p>Om jäv för andra förtroendevalda samt för tjänsteinnehavare och arbetstagare föreskrivs i 27–30 § i "
            "förvaltningslagen (kommunallagen 97 § 2 mom.). Enligt 28 § i förvaltningslagen är en person jävig till "
            "exempel om</p>"
            "<ul>"
            "<li>hon eller han själv eller en närstående är part</li>"
            "<li>avgörandet i ärendet kan väntas medföra särskild nytta eller skada för henne eller honom eller för "
            "en närstående</li>"
            "<li>hon eller han själv eller en närstående är styrelseledamot eller verkställande direktör i en "
            "sammanslutning som är part eller som avgörandet kan väntas medföra särskild nytta eller skada för</li>"
            "<li>förtroendet för hennes eller hans opartiskhet äventyras av något annat särskilt skäl.</li>"
            "</ul>"
            "<p>För kommunala affärsverk och samkommuner finns ett eget undantag i 97 § i kommunallagen.</p>"
            "<p>Den som är jävig får inte delta i behandlingen av ärendet och inte heller vara närvarande när det "
            "behandlas (27 § i förvaltningslagen). Organet beslutar självt om jäv för en ledamot (29 § i "
            "förvaltningslagen). Den som är jävig ska anmäla jävet. På organets begäran ska hon eller han också "
            "redogöra för omständigheter som kan ha betydelse när jävet bedöms (kommunallagen 97 § 5 mom.).</p>"
        ),
        _case(
            "Den jäviga blev sittande på sin plats i fullmäktigesalen",
            "Muhos",
            "<p>Till kommunfullmäktige i Muhos hade det lämnats in en motion om att tillsätta ett tillfälligt "
            "utskott. Utskottet skulle ha utrett om kommunstyrelsen och fullmäktiges presidium hade fullmäktiges "
            "förtroende. Fullmäktige beslutade att inte tillsätta utskottet.</p>"
            "<p>Medan ärendet behandlades fanns en ledamot av kommunstyrelsen i fullmäktigesalen. Han hade antecknats "
            "i protokollet som närvarande i egenskap av ledamot av kommunstyrelsen. Han förde inte fram att han var "
            "jävig, och jävet behandlades inte heller på annat sätt vid sammanträdet. Han blev sittande på sin "
            "anvisade plats och flyttade inte tydligt till publikplatserna, fast det hade varit möjligt.</p>"
            "<p>Högsta förvaltningsdomstolen ansåg att jävet för kommunstyrelseledamoten skulle bedömas enligt "
            "förvaltningslagen. Beslutet om att tillsätta utskottet var ett förberedande skede för ett eventuellt "
            "avskedande av kommunstyrelsen. Därför var kommunstyrelseledamoten part i ärendet och jävig enligt "
            "28 § 1 mom. 1 punkten i förvaltningslagen. Han hade varit närvarande på ett sätt som 27 § i "
            "förvaltningslagen förbjuder. Fullmäktiges beslut hade tillkommit i felaktig ordning och upphävdes. "
            "I frågan om kommunstyrelseledamotens jäv fattades HFD:s avgörande med rösterna 6–3.</p>"
            "<p>De fullmäktigeledamöter som hörde till fullmäktiges presidium var däremot inte jäviga. Beslutet "
            "gällde inte dem personligen på det sätt som avses i 97 § 1 mom. i kommunallagen.</p>",
            "<p>Jäv gäller inte bara deltagande i diskussion och omröstning utan också närvaro. HFD fäste "
            "uppmärksamhet vid att den jäviga inte hade fört fram sitt jäv och inte tydligt hade flyttat till "
            "publikplatserna. Den som är jävig bör alltså anmäla sitt jäv och tydligt flytta till publiken eller "
            "lämna salen. Fallet visar också att en snävare regel tillämpas på fullmäktigeledamöter i fullmäktige "
            "än på dem som är på plats i en annan roll, till exempel som ledamot av kommunstyrelsen eller som "
            "tjänsteinnehavare.</p>",
            "Högsta förvaltningsdomstolens prejudikat HFD 2021:141 (KHO:2021:141)",
        ),
        _key(
            "När du misstänker att du är jävig",
            "<p>Säg till i god tid, helst redan före sammanträdet, till ordföranden eller föredraganden. Organet "
            "avgör frågan om jäv. Om du är jävig, lämna sammanträdeslokalen eller det elektroniska sammanträdet "
            "medan ärendet behandlas och se till att det antecknas i protokollet.</p>",
        ),
        _checklist(
            "Snabbtest för jäv före sammanträdet",
            [
                "Gäller ärendet mig eller en närstående personligen?",
                "Kan avgörandet i ärendet väntas medföra särskild nytta eller skada för mig eller en närstående?",
                "Sitter jag eller en närstående i styrelsen eller ledningen för en sammanslutning som ärendet gäller?",
                "Kan en utomstående av något annat skäl misstänka att jag inte är opartisk?",
                "Om jag svarade ja på någon fråga eller är osäker, säger jag till ordföranden eller föredraganden "
                "före sammanträdet.",
                "Om organet konstaterar att jag är jävig lämnar jag platsen under hela behandlingen av ärendet.",
            ],
        ),
    ],
}

MODULE_ROLLER = {
    "slug": "roller",
    "title": "De förtroendevaldas och tjänsteinnehavarnas roller",
    "summary": (
        "I modulen lär du dig vad fullmäktige och kommunens andra organ beslutar om, vad lagen kräver av en "
        "förtroendevald och hur bindningar och jäv beaktas."
    ),
    "intro": [
        _p(
            "<p>Ett gott samarbete förutsätter att var och en känner till sin egen och de andras roller. I den här "
            "modulen går vi igenom fullmäktiges uppgifter och kommunens organ, den förtroendevaldas skyldigheter "
            "och rätt att få upplysningar samt två saker som varje ny beslutsfattare måste känna till från första "
            "början: redogörelsen för bindningar och jäv.</p>"
        ),
    ],
    "lessons": {
        "valtuusto-ja-toimielimet": LESSON_2_1,
        "sote-uudistus-ja-valtuuston-tyo": LESSON_SOTE_SV,
        "luottamushenkilon-tehtava-ja-tietojensaanti": LESSON_2_2,
        "sidonnaisuuksien-ilmoittaminen": LESSON_2_3,
        "esteellisyys": LESSON_2_4,
    },
}
