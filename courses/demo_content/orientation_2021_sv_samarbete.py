"""Introduktion för fullmäktigeperioden 2021–2025, modul 3 (goda samarbetsformer): Swedish translation of the
module "yhteistyon-kaytannot".

Maps block by block onto orientation_2021.py. On electronic meetings (99 §) this text follows CONTENT-FACTS:
act 419/2021 relaxed the conditions from 1.6.2021; electronic meetings were already possible under 410/2015.
"""

from .orientation_2021_sv import FICTIONAL, _case, _checklist, _h2, _key, _p, _reflection

LESSON_3_1 = {
    "slug": "vem-bereder-vem-beslutar",
    "title": "Vem bereder, vem beslutar?",
    "summary": (
        "Du lär dig hur ärenden bereds och avgörs, vilken roll föredraganden har och hur förtroendevalda kan "
        "påverka beredningen i tid."
    ),
    "body": [
        _h2("Beredningen är grunden för beslutet"),
        _p(
            "<p>I kommunen tillkommer nästan varje beslut i två skeden: först bereds ärendet, sedan fattas beslut. "
            "Under beredningen utreds fakta, de som ärendet gäller hörs och alternativen och deras konsekvenser "
            "bedöms. I beslutsfattandet gör organet sitt val. En god beredning är en förutsättning för ett gott "
            "beslut, och ett fel i beredningen kan leda till att beslutet upphävs.</p>"
        ),
        _h2("Vem bereder fullmäktiges ärenden?"),
        _p(
            "<p>Enligt 93 § i kommunallagen bereder kommunstyrelsen de ärenden som ska behandlas i fullmäktige. "
            "Undantag är ärenden som gäller organiseringen av fullmäktiges egen verksamhet och ärenden som "
            "revisionsnämnden eller ett tillfälligt utskott har berett. Fullmäktige kan behandla ett ärende som "
            "nämns i kallelsen till sammanträdet och som har beretts på detta sätt (95 §). Ett brådskande ärende kan "
            "fullmäktige ta upp till behandling fast det inte nämns i kallelsen, men ett oberett ärende kan tas upp "
            "endast genom ett enhälligt beslut.</p>"
            "<p>Det praktiska beredningsarbetet görs av tjänsteinnehavare. I kommunstyrelsen och nämnderna avgörs "
            "ärendena i regel på föredragning. Den tjänsteinnehavare som är föredragande lägger fram ett "
            "beslutsförslag, och organet antingen godkänner, ändrar eller förkastar det. Närmare bestämmelser om "
            "föredragningen finns i förvaltningsstadgan (90 §).</p>"
            "<p>Av ett gott beslutsförslag framgår åtminstone ärendets bakgrund, de centrala fakta, de alternativ "
            "som övervägts, lösningens konsekvenser och motiveringar samt själva förslaget. När dessa är tydliga på "
            "föredragningslistan kan den förtroendevalda bedöma förslaget utan att behöva leta efter uppgifter på "
            "annat håll. Om något av dem saknas, fråga efter det före sammanträdet.</p>"
        ),
        _h2("Föredragandens ansvar och avvikande mening"),
        _p(
            "<p>Föredraganden ansvarar för ett beslut som fattats på hennes eller hans föredragning, om hon eller han "
            "inte har anmält avvikande mening (106 §). Om organet beslutar annorlunda än föredraganden föreslog har "
            "föredraganden rätt att anmäla avvikande mening. På samma sätt har en ledamot som har lagt fram ett "
            "motförslag eller röstat mot beslutet rätt att anmäla avvikande mening. Den som har röstat mot beslutet "
            "eller anmält avvikande mening ansvarar inte för beslutet.</p>"
            "<p>Därför måste föredraganden kunna lägga fram sitt förslag enligt sin egen professionella bedömning. "
            "De förtroendevalda får vara av annan åsikt, men platsen för det är sammanträdet: motförslag, debatt och "
            "vid behov omröstning. Om föredraganden pressas att ändra sitt förslag suddas ansvaret ut.</p>"
        ),
        _h2("Påverka i tid"),
        _p(
            "<p>I stora frågor, som servicenätet, investeringar eller planläggning, lönar det sig för de "
            "förtroendevalda att komma med redan i början av beredningen. Lämpliga former är till exempel "
            "seminarier, aftonskolor och workshoppar där man diskuterar mål och alternativ innan beslutsförslaget är "
            "klart. Där fattas inga beslut. Tjänsteinnehavarna hör ändå vilka politiska ramar beredningen måste "
            "beakta.</p>"
            "<p>Att påverka tidigt ligger också i kommuninvånarnas intresse. Kommunen ska informera om hur man kan "
            "delta i och påverka beredningen av besluten (29 §). De förtroendevalda kan föra in synpunkter som de "
            "har hört av invånarna i beredningen medan synpunkterna ännu har betydelse.</p>"
        ),
        _key(
            "Arbetsfördelningen i korthet",
            "<p>Tjänsteinnehavaren bereder och föredrar, organet beslutar, tjänsteinnehavaren verkställer beslutet "
            "och organet följer upp genomförandet. Kommunstyrelsen bereder fullmäktiges ärenden (93 §) och "
            "övervakar lagligheten i fullmäktiges beslut (39 § och 96 §).</p>",
        ),
        _case(
            "Skolnätet i aftonskolan",
            "En medelstor stad (fiktiv)",
            "<p>Bildningsväsendet beredde en ändring av skolnätet. Första gången fördes ett färdigt beslutsförslag "
            "direkt till nämnden. Efter en het debatt återremitterade nämnden ärendet för ny beredning. I den andra "
            "omgången ordnade tjänsteinnehavarna två aftonskolor. Där presenterades tre alternativ med deras "
            "konsekvenser, och de förtroendevalda berättade vad som var viktigast för dem.</p>",
            "<p>Det slutliga beslutet var inte enhälligt, men debatten gällde innehållet i alternativen och inte "
            "beredningens tillförlitlighet. En tidig dialog tar inte beslutanderätten från organet, men den höjer "
            "beredningens kvalitet och ökar förtroendet.</p>",
            FICTIONAL,
        ),
        _reflection(
            "I vilka av din kommuns kommande stora frågor skulle du vilja vara med redan i början av beredningen, "
            "och hur skulle du föreslå det?",
            "Fundera på vilken form som passar bäst: en aftonskola för kommunstyrelsen eller nämnden, ett "
            "fullmäktigeseminarium eller hörande av fullmäktigegrupperna. Kom ihåg att en tidig diskussion stöder "
            "beredningen men inte ersätter beslutsfattandet i organet.",
        ),
    ],
}

LESSON_3_2 = {
    "slug": "motespraxis-och-elektroniska-sammantraden",
    "title": "Mötespraxis och elektroniska sammanträden",
    "summary": (
        "Du lär dig grunderna i god mötespraxis och vad kommunallagen säger om elektroniska sammanträden från och "
        "med 1.6.2021."
    ),
    "body": [
        _h2("Ett bra sammanträde börjar före sammanträdet"),
        _p(
            "<p>Organets sammanträde är det dubbla ledarskapets mest synliga stund. Förtroendevalda och "
            "tjänsteinnehavare sitter vid samma bord, och där fattas besluten. Ett bra sammanträde förutsätter att "
            "föredragningslistan och bilagorna kommer i tid, att ledamöterna har satt sig in i dem och att oklara "
            "punkter har frågats i förväg.</p>"
            "<p>Kallelsen till fullmäktiges sammanträde ska skickas minst fyra dagar före sammanträdet, och inom "
            "samma tid ska sammanträdet kungöras på internet (94 §). Om sammanträdesförfarandet i de andra organen "
            "bestäms i förvaltningsstadgan. Vid sammanträdet leder ordföranden behandlingen av ärendena och sörjer "
            "för ordningen (102 §). En ledamot har rätt att yttra sig i det ärende som behandlas, och inlägget ska "
            "hålla sig till saken.</p>"
            "<p>Till förberedelserna hör också den egna gruppen. Fullmäktigegrupperna träffas ofta före "
            "fullmäktiges sammanträde och går igenom föredragningslistan. Om det väcks frågor i gruppen lönar det "
            "sig att ställa dem till beredaren redan före sammanträdet. Då hinner svaret utredas ordentligt, och "
            "vid sammanträdet kan man koncentrera sig på själva ärendet och på att avgöra det.</p>"
        ),
        _h2("Tre sätt att besluta"),
        _p(
            "<p>Enligt 98 § i kommunallagen kan ett organ besluta om ärenden</p>"
            "<ul>"
            "<li>vid ett ordinarie sammanträde</li>"
            "<li>vid ett elektroniskt sammanträde</li>"
            "<li>i ett elektroniskt beslutsförfarande före sammanträdet.</li>"
            "</ul>"
            "<p>Det elektroniska beslutsförfarandet är ett slutet förfarande. Det kan inte användas för fullmäktige "
            "eller för andra organs offentliga sammanträden (100 §). Ärendet flyttas till behandling vid ett "
            "sammanträde om ens en ledamot kräver det eller låter bli att ta ställning.</p>"
        ),
        _h2("Offentlighet och omröstning"),
        _p(
            "<p>Fullmäktiges sammanträden är offentliga, om inte ett sekretessbelagt ärende behandlas eller "
            "fullmäktige av vägande skäl beslutar något annat. Andra organs sammanträden är offentliga endast om "
            "organet beslutar det och sekretessbelagda ärenden inte behandlas (101 §). Om organet inte beslutar "
            "något annat är kommunstyrelsens eller en nämnds sammanträde alltså inte öppet för allmänheten. "
            "Protokollen är ändå i regel offentliga, med undantag för sekretessbelagda uppgifter. Omröstningar "
            "förrättas öppet. Om rösterna faller lika blir det förslag som ordföranden har röstat för organets "
            "beslut (104 §).</p>"
            "<p>Efter sammanträdet förs protokoll över organets beslut (107 §). Om justeringen av protokollet "
            "bestäms i förvaltningsstadgan. Det är god sed att berätta för den egna fullmäktigegruppen vad som "
            "beslutades vid sammanträdet och varför. Kom ändå ihåg att sekretessbelagda uppgifter inte får föras "
            "vidare.</p>"
        ),
        _h2("Elektroniska sammanträden: lättare villkor från 1.6.2021"),
        _p(
            "<p>Om elektroniska sammanträden föreskrivs i 99 § i kommunallagen. Elektroniska sammanträden var "
            "möjliga redan enligt den ursprungliga paragrafen (410/2015), men då krävdes att alla deltagare hade "
            "likvärdig ljud- och bildförbindelse. Genom lag 419/2021 skrevs paragrafen om, och de nya bestämmelserna "
            "trädde i kraft 1.6.2021. De lättade villkoren: ett elektroniskt sammanträde kan nu hållas som "
            "videokonferens eller på något annat lämpligt tekniskt sätt, när</p>"
            "<ul>"
            "<li>sammanträdets ordförande och sekreterare på ett tillförlitligt sätt kan verifiera vem som deltar i "
            "sammanträdet</li>"
            "<li>ordföranden kan leda sammanträdet enligt 102 §</li>"
            "<li>deltagaren kan följa hur sammanträdet fortskrider och delta i behandlingen av ärendena.</li>"
            "</ul>"
            "<p>Ledamöter som deltar elektroniskt räknas som närvarande när det bedöms om sammanträdet är "
            "beslutfört (103 §). Kommunen ska sörja för informationssäkerheten och för att sekretessbelagda "
            "uppgifter inte når utomstående (98 §). Ett offentligt sammanträde ska kunna följas också till den del "
            "man deltar elektroniskt (101 §). Ett val som förrättas med slutna sedlar kan hållas vid ett "
            "elektroniskt sammanträde endast om valhemligheten är tryggad (105 §).</p>"
            "<p>I kommunens förvaltningsstadga bestäms hur organen fattar beslut och hur kommunen sörjer för den "
            "utrustning och de förbindelser som behövs för elektroniska sammanträden (90 §). Kontrollera alltså i "
            "din egen kommuns förvaltningsstadga hur elektroniska sammanträden hålls hos er.</p>"
        ),
        _key(
            "Samma regler vid elektroniska sammanträden",
            "<p>Ett elektroniskt sammanträde är ett riktigt sammanträde. Jäv, sekretess och mötesordning gäller på "
            "samma sätt som när alla är i samma rum. En jävig ledamot lämnar också ett elektroniskt sammanträde "
            "medan ärendet behandlas.</p>",
        ),
        _checklist(
            "Minneslista för elektroniska sammanträden",
            [
                "Jag testar utrustningen och förbindelsen i god tid före sammanträdet.",
                "Jag deltar från en plats där utomstående inte ser eller hör sekretessbelagda uppgifter.",
                "Jag har kameran på, om inte annat har avtalats, så att min närvaro kan verifieras.",
                "Jag begär ordet på det sätt som har avtalats och håller mig till saken.",
                "Om jag är jävig anmäler jag det och lämnar förbindelsen medan ärendet behandlas.",
                "Om förbindelsen bryts meddelar jag genast ordföranden eller sekreteraren på det avtalade sättet.",
            ],
        ),
    ],
}

LESSON_3_3 = {
    "slug": "informationsflode-och-gemensamma-spelregler",
    "title": "Informationsflödet och gemensamma spelregler",
    "summary": (
        "Du lär dig hur information går mellan förtroendevalda och tjänsteinnehavare och hur man kommer överens "
        "om gemensamma spelregler i början av fullmäktigeperioden."
    ),
    "body": [
        _h2("Information är ett gemensamt kapital"),
        _p(
            "<p>Det dubbla ledarskapet bygger på information. De förtroendevalda behöver information för att fatta "
            "goda beslut. Tjänsteinnehavarna behöver information om de politiska målen för att bereda rätt saker. "
            "När informationen går bara i en riktning eller bara till en del av beslutsfattarna försvagas "
            "förtroendet.</p>"
        ),
        _h2("Vad lagen garanterar"),
        _p(
            "<p>Den förtroendevaldas rätt att få upplysningar är omfattande (83 §). Du kan be om uppgifter som du "
            "anser behövas i ditt uppdrag, också sådana som ännu inte är offentliga, om inte sekretessbestämmelserna "
            "hindrar det. Kommunen ska också informera invånarna och andra om sin verksamhet (29 §). När "
            "föredragningslistan är klar ska behövliga uppgifter om beredningen ges på internet, och i "
            "kommunikationen ska ett klart och begripligt språk användas.</p>"
            "<p>Kommunen ska på internet hålla tillgängliga bland annat kommunstrategin, förvaltningsstadgan, "
            "budgeten och ekonomiplanen, bokslutet, revisionsnämndens utvärderingsberättelse, koncerndirektivet och "
            "redogörelserna för bindningar (109 §). Dessa dokument är ett bra startpaket för varje ny "
            "förtroendevald.</p>"
        ),
        _h2("Informationsflödet i praktiken"),
        _p(
            "<p>Lagen ger ramen, men praxis avgör. I början av perioden lönar det sig att komma överens till exempel "
            "om följande:</p>"
            "<ul>"
            "<li>var de förtroendevalda får föredragningslistor, bilagor och bakgrundsmaterial</li>"
            "<li>till vem frågor och begäranden om utredningar riktas och inom vilken tid de besvaras</li>"
            "<li>hur kommunstyrelsen och nämnderna får veta vilka beslut tjänsteinnehavarna har fattat</li>"
            "<li>hur man informerar om aktuella frågor och risker mellan sammanträdena, till exempel genom "
            "kommundirektörens översikter</li>"
            "<li>hur information delas jämlikt med alla fullmäktigegrupper.</li>"
            "</ul>"
            "<p>Information går också åt andra hållet. De förtroendevalda får höra respons, farhågor och idéer av "
            "kommuninvånarna som inte alltid når tjänsteinnehavarna. När responsen förmedlas sakligt och till rätt "
            "ställe blir den värdefull information för beredningen. Kom alltså också överens om hur invånarnas "
            "respons går från de förtroendevalda till beredarna.</p>"
        ),
        _h2("Gemensamma spelregler i början av perioden"),
        _p(
            "<p>I början av fullmäktigeperioden är det bra att komma överens om gemensamma spelregler. De är de "
            "förtroendevaldas och tjänsteinnehavarnas gemensamma överenskommelse om hur man arbetar tillsammans. "
            "Spelreglerna är inte lag och ersätter inte förvaltningsstadgan. De synliggör förväntningar som annars "
            "skulle förbli outtalade.</p>"
            "<p>I spelreglerna kan man till exempel komma överens om hur man bemöter varandra vid sammanträden och i "
            "sociala medier, hur man kommunicerar om ärenden som är under beredning, hur förtroendevalda kontaktar "
            "tjänsteinnehavare och hur meningsskiljaktigheter hanteras. Spelreglerna bör vara så korta att alla "
            "minns kärnan i dem. De fungerar bäst när de utarbetas tillsammans, till exempel vid ett introduktions- "
            "eller utvecklingsseminarium, och inte presenteras som ett färdigt papper.</p>"
        ),
        _reflection(
            "Var får du i höst information om din kommuns ärenden, och vilken information saknar du ännu?",
            "Gör en lista över dina informationskällor: föredragningslistor, kommunens webbplats, "
            "fullmäktigegruppen, tjänsteinnehavare och lokala medier. Fundera på vilken av dem som är mest "
            "tillförlitlig och var du skulle behöva mer information. Ta med dina iakttagelser när ni i kommunen "
            "kommer överens om gemensamma spelregler.",
        ),
        _case(
            "Spelregler vid ett gemensamt seminarium",
            "En liten landsbygdskommun (fiktiv)",
            "<p>I september 2021 samlades kommunens fullmäktige, kommunstyrelse och tjänsteinnehavarnas "
            "ledningsgrupp till ett heldagsseminarium. I smågrupperna fanns både förtroendevalda och "
            "tjänsteinnehavare. Grupperna besvarade tre frågor: vad förväntar vi oss av varandra, vad har skavt "
            "tidigare och vad kommer vi överens om. Resultatet blev spelregler på en sida, som fullmäktige "
            "antecknade för kännedom.</p>",
            "<p>Spelreglerna kändes som de egna, eftersom alla hade varit med och tagit fram dem. Kommunstyrelsen "
            "kom överens om att spelreglerna gås igenom en gång om året. Det korta formatet höll dem "
            "praktiska.</p>",
            FICTIONAL,
        ),
        _key(
            "Spelreglerna är ett gemensamt löfte",
            "<p>Gemensamma spelregler gör tysta förväntningar till överenskommen praxis. De bör utarbetas "
            "tillsammans, hållas korta och tas fram regelbundet.</p>",
        ),
        _checklist(
            "Vad kunde spelreglerna innehålla?",
            [
                "Hur vi bemöter varandra vid sammanträden och i sociala medier.",
                "Hur och av vem de förtroendevalda ber om information.",
                "Hur information delas jämlikt med alla grupper.",
                "Hur vi kommunicerar offentligt om ärenden som är under beredning.",
                "Hur vi tar upp meningsskiljaktigheter och konflikter.",
                "När och hur vi utvärderar hur spelreglerna följs.",
            ],
        ),
    ],
}

LESSON_3_4 = {
    "slug": "respons-och-utvardering",
    "title": "Respons och utvärdering under fullmäktigeperioden",
    "summary": (
        "Du lär dig hur förtroendevalda och tjänsteinnehavare kan följa upp hur strategin och samarbetet "
        "förverkligas och korrigera kursen under perioden."
    ),
    "body": [
        _h2("Utvärdering hör till ledarskapet"),
        _p(
            "<p>Det dubbla ledarskapet är inte färdigt när spelreglerna är skrivna och strategin godkänd. "
            "Samarbetet och resultaten ska följas upp under hela perioden. Under den korta perioden 2021–2025 blir "
            "det här extra viktigt: om kursen behöver korrigeras lönar det sig att göra det i tid och inte först i "
            "slutet av perioden.</p>"
        ),
        _h2("Lagstadgade verktyg för uppföljning"),
        _p(
            "<p>Kommunallagen innehåller flera verktyg genom vilka fullmäktige får veta om dess beslut "
            "förverkligas:</p>"
            "<ul>"
            "<li><strong>Kommunstrategin.</strong> I strategin ska det anges hur genomförandet av den ska bedömas "
            "och följas upp (37 §).</li>"
            "<li><strong>Verksamhetsberättelsen.</strong> I verksamhetsberättelsen, som hör till bokslutet, redogörs "
            "för hur de mål för verksamheten och ekonomin som fullmäktige har ställt upp har nåtts (115 §).</li>"
            "<li><strong>Utvärderingsberättelsen.</strong> Revisionsnämnden bedömer hur målen har nåtts och ger "
            "varje år en utvärderingsberättelse som behandlas i fullmäktige i samband med bokslutet. "
            "Kommunstyrelsen ger fullmäktige ett utlåtande om de åtgärder som utvärderingsberättelsen ger "
            "anledning till (121 §).</li>"
            "<li><strong>Revisionen.</strong> Revisorn granskar bland annat om kommunens förvaltning har skötts "
            "enligt lag och fullmäktiges beslut (123 §).</li>"
            "</ul>"
            "<p>Verktygen är till nytta bara om de läses och diskuteras. Utvärderingsberättelsen är ingen "
            "anmärkning. Den är information med vars hjälp förtroendevalda och tjänsteinnehavare tillsammans kan "
            "utveckla verksamheten.</p>"
        ),
        _h2("Fullmäktigeperiodens årsklocka"),
        _p(
            "<p>Uppföljningen blir lättare när du vet när vad händer. Kommunallagen ger året en stomme:</p>"
            "<ul>"
            "<li>Kommunstyrelsen upprättar bokslutet före utgången av mars, revisorerna granskar det före utgången "
            "av maj och fullmäktige behandlar det före utgången av juni (113 §). Samtidigt får fullmäktige "
            "revisionsnämndens utvärderingsberättelse.</li>"
            "<li>Fullmäktige godkänner budgeten för följande år och en ekonomiplan för minst tre år före utgången av "
            "året (110 §).</li>"
            "<li>Kommunstrategin ses över minst en gång per fullmäktigeperiod (37 §).</li>"
            "</ul>"
            "<p>Mellan dessa lönar det sig att också placera utvärderingen av samarbetet. Under en kort period är "
            "till exempel mitten av perioden en bra tidpunkt, då man ännu kan korrigera hur strategin och "
            "spelreglerna förverkligas.</p>"
        ),
        _h2("Också samarbetet kan utvärderas"),
        _p(
            "<p>De lagstadgade verktygen berättar främst om resultaten. Själva samarbetet lönar det sig att utvärdera "
            "separat. Praktiska sätt är till exempel</p>"
            "<ul>"
            "<li>en kort självvärdering i kommunstyrelsen och nämnderna en gång om året: vad fungerade, vad "
            "fungerade inte och vad ändrar vi</li>"
            "<li>regelbundna samtal mellan kommunstyrelsens ordförande och kommundirektören, där man också går "
            "igenom direktörsavtalet</li>"
            "<li>gemensamma möten för fullmäktigegruppernas ordförande och kommunens ledning</li>"
            "<li>en genomgång av spelreglerna i mitten av perioden</li>"
            "<li>en kort enkät till förtroendevalda och tjänsteinnehavare om hur informationsflödet och beredningen "
            "fungerar.</li>"
            "</ul>"
            "<p>USO-nätverkets program omfattar utöver de gemensamma seminarierna workshoppar som en "
            "medlemskommun kan använda för att utveckla sin egen verksamhet. Hösten 2021 väntas introduktions- och "
            "utvecklingsseminarier för de nya fullmäktige samt strategiworkshoppar bli mest populära. Ett liknande "
            "gemensamt stopp lönar det sig att ordna också senare under perioden.</p>"
        ),
        _key(
            "Respons går åt båda hållen",
            "<p>De förtroendevalda berättar vilken beredning som hjälper dem att fatta beslut. Tjänsteinnehavarna "
            "berättar vilken styrning som hjälper dem att verkställa besluten. När respons ges regelbundet är det "
            "lätt att ge den också när allt inte löper.</p>",
        ),
        _case(
            "Halvtidsgenomgången",
            "En medelstor stad (fiktiv)",
            "<p>Under stadens föregående fullmäktigeperiod gjorde kommunstyrelsen i mitten av perioden en kort enkät "
            "till förtroendevalda och ledande tjänsteinnehavare. Där frågades hur beredningen, informationsflödet "
            "och de gemensamma spelreglerna fungerade. Av svaren framgick att nämndledamöterna upplevde att de fick "
            "veta om tjänsteinnehavarnas beslut för sent. Tjänsteinnehavarna å sin sida saknade tydligare "
            "riktlinjer innan stora ärenden bereddes.</p>",
            "<p>Resultaten behandlades vid ett gemensamt seminarium. Delgivningen av tjänsteinnehavarbeslut gjordes "
            "snabbare, och för stora ärenden började man hålla en remissdebatt innan beredningen inleddes. En liten "
            "enkät räckte för att synliggöra saker som båda sidor tyst hade lidit av.</p>",
            FICTIONAL,
        ),
        _reflection(
            "Om fullmäktigeperioden slutade nu, vilken framgång i samarbetet skulle du vilja berätta om, och vad "
            "borde du göra redan i höst för att den ska bli verklighet?",
            "Skriv ner ditt svar och återkom till det i mitten av perioden. Du kan också använda samma fråga i en "
            "gemensam diskussion i kommunstyrelsen, nämnden eller fullmäktigegruppen.",
        ),
    ],
}

MODULE_SAMARBETE = {
    "slug": "goda-samarbetsformer",
    "title": "Goda samarbetsformer",
    "summary": (
        "I modulen lär du dig praktiska sätt att sköta beredningen, sammanträdena, informationsflödet, de "
        "gemensamma spelreglerna och responsen under fullmäktigeperioden."
    ),
    "intro": [
        _p(
            "<p>Lagen ger ramen, men samarbetet uppstår i praktiken. I den här modulen går vi igenom hur ärenden "
            "bereds och avgörs, hur sammanträden och elektroniska sammanträden fungerar, hur informationen går, hur "
            "man kommer överens om gemensamma spelregler och hur samarbetet utvärderas under perioden.</p>"
        ),
    ],
    "lessons": {
        "valmistelu-ja-paatoksenteko": LESSON_3_1,
        "kokouskaytannot-ja-sahkoiset-kokoukset": LESSON_3_2,
        "tiedonkulku-ja-yhteiset-pelisaannot": LESSON_3_3,
        "palaute-ja-arviointi": LESSON_3_4,
    },
}
