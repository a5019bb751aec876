"""Hållbart kommunalt ledarskap, modulerna 1–2: Swedish translation of sustainable_leadership.py.

Modules and lessons are keyed by their Finnish slugs; each lesson body maps block by block onto the Finnish one.
Provisions of kommunallagen are paraphrased (not quoted) except 38 § 1 mom., whose Swedish wording the
orientation course already quotes.
"""

from .orientation_2021_sv import _case, _checklist, _h2, _key, _p, _reflection

FICTIONAL_SHORT = "Fiktivt exempel"

MODULE_STRATEGI = {
    "slug": "hallbarhet-i-strategin",
    "title": "Hållbarhet i kommunstrategin",
    "summary": (
        "Hållbarhetens tre dimensioner, kommunstrategin som sammanför dem och ledning enligt strategin utifrån "
        "37 och 38 § i kommunallagen."
    ),
    "intro": [
        _p(
            "<p>I den här modulen bekantar du dig med vad social, ekonomisk och ekologisk hållbarhet betyder i en "
            "kommun. Därefter ser vi på varför kommunstrategin är en naturlig plats att sammanföra dimensionerna och "
            "hur strategin blir ledarskap.</p>"
        ),
        _key(
            "Modulens kärna",
            "<p>Kommunallagen kräver att kommunen leds i enlighet med den kommunstrategi som fullmäktige har "
            "godkänt. Därför måste hållbarheten synas i strategin för att den ska synas i ledningen.</p>",
        ),
    ],
    "lessons": {
        "kestavyyden-kolme-ulottuvuutta": {
            "slug": "hallbarhetens-tre-dimensioner",
            "title": "Hållbarhetens tre dimensioner",
            "summary": (
                "Vad social, ekonomisk och ekologisk hållbarhet betyder i en kommun och varför det lönar sig att "
                "se på dem tillsammans."
            ),
            "body": [
                _h2("Hållbarhet är en grunduppgift för kommunen"),
                _p(
                    "<p>Hållbarhet låter lätt som ett ord för festtal, men i kommunen är det något mycket konkret. "
                    "Redan den första paragrafen i kommunallagen ger kommunen en uppgift där hållbarheten finns med "
                    "som utgångspunkt. Enligt 1 § 2 mom. främjar kommunen invånarnas välfärd och en livskraftig "
                    "utveckling inom sitt område och ordnar tjänster för invånarna på ett ekonomiskt, socialt och "
                    "miljömässigt hållbart sätt (kommunallagen 410/2015, fritt återgivet).</p>"
                ),
                _p(
                    "<p>Enligt samma paragraf är lagens syfte också att främja planmässigheten och den ekonomiska "
                    "hållbarheten i kommunens verksamhet. Hållbarhet är alltså inte en fullmäktigeledamots personliga "
                    "värdeval eller ett enskilt partis tema, utan en del av det som lagen förväntar sig av kommunen. "
                    "Politisk prövning behövs när det gäller hur hållbarheten förverkligas och vad som betonas.</p>"
                ),
                _p(
                    "<p>Enligt 69 § i kommunallagen ska en förtroendevald främja kommunens och invånarnas bästa. Med "
                    "tanke på hållbarheten är det bra att också minnas dem som bor i kommunen om tio eller trettio år. "
                    "Många beslut som fattas nu, som planer, skolbyggnader och upplåning, påverkar deras liv långt "
                    "framåt. Ett hållbart beslut beaktar också dem som ännu inte får rösta.</p>"
                ),
                _h2("Tre dimensioner"),
                _p(
                    "<p><strong>Social hållbarhet</strong> innebär att människor har möjlighet till ett gott liv nu "
                    "och i framtiden: utkomst, hälsa, utbildning, trygghet och tillhörighet i en gemenskap. I "
                    "kommunen syns den till exempel i hur tjänsterna når dem som behöver dem mest och hur invånarna "
                    "kan påverka sin egen omgivning.</p>"
                ),
                _p(
                    "<p><strong>Ekonomisk hållbarhet</strong> innebär att kommunen kan sköta sina uppgifter på lång "
                    "sikt utan att skicka en orimlig räkning till framtida invånare eller beslutsfattare. Det handlar "
                    "inte bara om att spara, utan om att inkomster, utgifter, investeringar och skuld hålls i balans "
                    "år efter år.</p>"
                ),
                _p(
                    "<p><strong>Ekologisk hållbarhet</strong> innebär att kommunens verksamhet ryms inom naturens "
                    "bärkraft: klimatutsläppen minskar, den biologiska mångfalden bevaras och naturresurserna används "
                    "med eftertanke. Kommunen har många medel för detta, som planläggning, trafik, byggnadernas "
                    "energianvändning, upphandlingar och det egna fastighetsbeståndet.</p>"
                ),
                _h2("Dimensionerna påverkar varandra"),
                _p(
                    "<p>Det lönar sig inte att sköta de tre dimensionerna i separata fack, eftersom samma beslut "
                    "vanligen påverkar alla. När kommunen till exempel beslutar var en skola ska ligga påverkar "
                    "beslutet barnens skolvägar och bygemenskapen, fastighets- och skjutskostnaderna och trafikens "
                    "utsläpp. När dimensionerna ses tillsammans blir motsättningarna synliga i tid och lösningar kan "
                    "sökas medvetet. Ofta hittar man också lösningar som gynnar flera dimensioner på en gång. En trygg "
                    "cykelväg till skolan kan till exempel öka barnens fysiska aktivitet, minska skjutstrafiken och "
                    "minska behovet av skolskjutsar.</p>"
                ),
                _p(
                    "<p>Hållbarhet handlar alltid också om tid. En besparing på kort sikt kan bli en kostnad på lång "
                    "sikt, och en investering som görs nu kan ge nytta först om flera år. Därför lönar det sig alltid "
                    "att fråga på vilken tidsskala man ser på saken när hållbarheten bedöms.</p>"
                ),
                _p(
                    "<p>USO-nätverkets tema 2021–2022 var just detta: hur social, ekonomisk och ekologisk hållbarhet "
                    "görs till en del av kommunens strategiska ledning och vardagliga arbete. Tanken är att "
                    "hållbarheten inte är ett separat program vid sidan av strategin, utan ett perspektiv som finns "
                    "med i all beredning och allt beslutsfattande.</p>"
                ),
                _p(
                    "<p>Som en bredare ram använder många kommuner FN:s handlingsprogram för hållbar utveckling, "
                    "Agenda 2030. Dess mål ger ett gemensamt språk med vars hjälp kommunens eget arbete kan jämföras "
                    "med internationella mål. Det väsentliga för kommunen är ändå hur målen blir egna beslut och "
                    "handlingar. Agenda 2030 ersätter inte kommunstrategin, men den kan hjälpa till att upptäcka "
                    "frågor som har fått för lite uppmärksamhet i den egna strategin.</p>"
                ),
                _key(
                    "Kom ihåg",
                    "<p>Kommunallagen förutsätter att kommunen ordnar sina tjänster på ett ekonomiskt, socialt och "
                    "miljömässigt hållbart sätt. Fullmäktigeledamotens uppgift är att se till att alla tre "
                    "dimensionerna beaktas i samma beslut, inte turvis.</p>",
                ),
                _reflection(
                    "Tänk på ett ärende som fullmäktige eller en nämnd nyligen har behandlat. Hur påverkar det "
                    "invånarnas välfärd, kommunens ekonomi och miljön – och vilka konsekvenser beskrevs i "
                    "beslutsförslaget?",
                    "Om konsekvenserna beskrevs bara ur ett perspektiv, fundera på vilka uppgifter du hade behövt om "
                    "de andra dimensionerna och av vem du kunde ha bett om dem.",
                ),
            ],
        },
        "kuntastrategia-kestavyyden-kehyksena": {
            "slug": "kommunstrategin-som-ram-for-hallbarheten",
            "title": "Kommunstrategin som ram för hållbarheten",
            "summary": (
                "Genom 37 § i kommunallagen blir kommunstrategin fullmäktiges viktigaste verktyg, där "
                "hållbarhetens dimensioner kan sammanföras."
            ),
            "body": [
                _h2("Vad kommunstrategin är"),
                _p(
                    "<p>Varje kommun ska ha en kommunstrategi. Enligt 37 § i kommunallagen beslutar fullmäktige i "
                    "strategin om de långsiktiga målen för kommunens verksamhet och ekonomi. Strategin är alltså "
                    "fullmäktiges eget dokument: den berättar vad kommunen strävar efter och vad den anser viktigt. I "
                    "14 §, som räknar upp fullmäktiges uppgifter, nämns kommunstrategin bland de ärenden som "
                    "fullmäktige beslutar om, vid sidan av budgeten, förvaltningsstadgan och ägarstyrningen.</p>"
                ),
                _h2("Vad som ska beaktas i strategin"),
                _p(
                    "<p>Kommunallagen räknar upp det som ska beaktas i kommunstrategin:</p>"
                    "<ol>"
                    "<li>främjandet av kommuninvånarnas välfärd</li>"
                    "<li>ordnandet och produktionen av tjänster</li>"
                    "<li>de servicemål som föreskrivs i lagarna om kommunens uppgifter</li>"
                    "<li>ägarpolitiken</li>"
                    "<li>personalpolitiken</li>"
                    "<li>kommuninvånarnas möjligheter att delta och påverka</li>"
                    "<li>utvecklingen av livsmiljön och områdets livskraft.</li>"
                    "</ol>"
                ),
                _p(
                    "<p>Listan är intressant med tanke på hållbarheten. Främjandet av välfärd och möjligheterna att "
                    "delta är social hållbarhet. Ordnandet av tjänster, ägarpolitiken och personalpolitiken hänger "
                    "starkt ihop med ekonomisk hållbarhet. Utvecklingen av livsmiljön är direkt kopplad till ekologisk "
                    "hållbarhet. Indelningen är inte exakt, eftersom de flesta punkterna gäller alla tre "
                    "dimensionerna. Just därför är strategin en naturlig plats att sammanföra dem.</p>"
                ),
                _p(
                    "<p>Två punkter på listan får ofta för lite uppmärksamhet i diskussionen om hållbarhet. "
                    "<strong>Ägarpolitiken</strong> avgör vad kommunen förväntar sig av de bolag den äger, till "
                    "exempel ett energi-, vattentjänst- eller hyreshusbolag. Om strategin siktar på minskade utsläpp "
                    "eller boende till rimligt pris måste ägarstyrningen stödja samma mål. "
                    "<strong>Personalpolitiken</strong> i sin tur påverkar om kommunen får kunniga anställda och om "
                    "de förblir arbetsföra. Utan personal kan tjänsterna inte ordnas hållbart.</p>"
                ),
                _h2("Nuläget, kommande förändringar och uppföljningen"),
                _p(
                    "<p>Enligt lagen ska strategin grunda sig på en bedömning av kommunens nuläge och av kommande "
                    "förändringar i omvärlden och hur de påverkar kommunens uppgifter. I strategin ska det också anges "
                    "hur genomförandet av den ska bedömas och följas upp. Strategin ses över minst en gång per "
                    "fullmäktigeperiod. I många kommuner går de nya fullmäktige igenom strategin i början av sin "
                    "period. Hösten 2021 väntas strategiworkshopparna också bli de populäraste "
                    "workshopparna i USO-nätverkets kommuner. Kommunstrategin ska finnas tillgänglig i det allmänna datanätet, i "
                    "praktiken på kommunens webbplats (109 §), så att invånarna själva kan bedöma hur kommunen håller "
                    "sina löften.</p>"
                ),
                _p(
                    "<p>Uppföljningen är avgörande för hållbarheten. Om det skrivs in i strategin att kommunens "
                    "utsläpp minskar eller att barnens välfärd förbättras behöver fullmäktige mätare som visar "
                    "utvecklingen. En bra mätare är begriplig, ger information regelbundet och säger något väsentligt "
                    "om målet. Det behövs inte många mätare: några väl valda säger mer än en lång tabell som ingen "
                    "hinner läsa. Resultaten av uppföljningen bör föras till fullmäktige regelbundet, till exempel i "
                    "samband med bokslutet.</p>"
                ),
                _h2("Hur hållbarheten skrivs in i strategin"),
                _p(
                    "<p>Hållbarheten kan föras in i strategin på två sätt. Den kan skrivas som ett eget kapitel eller "
                    "ingå i alla strategins mål. USO-nätverkets tanke om att integrera hållbarheten talar för det "
                    "senare. När man för varje mål frågar vad det innebär socialt, ekonomiskt och ekologiskt blir "
                    "hållbarheten inte en separat bilaga. Ett separat program, till exempel ett klimat- eller "
                    "välfärdsprogram, kan ändå vara till nytta, bara det är kopplat till strategins mål och till "
                    "budgeten.</p>"
                ),
                _p(
                    "<p>Strategin är fullmäktiges dokument, men i beredningen lönar det sig att höra många. Invånare, "
                    "organisationer, företag, personal samt ungdomsfullmäktige, äldrerådet och rådet för personer med "
                    "funktionsnedsättning bidrar med perspektiv som fullmäktige annars inte skulle ha. När invånarna "
                    "har varit med är det också lättare att förbinda sig till strategins mål.</p>"
                ),
                _key(
                    "Strategin är fullmäktiges viktigaste verktyg",
                    "<p>När fullmäktige beslutar om strategin beslutar det samtidigt på vilka grunder kommunen leds "
                    "under hela fullmäktigeperioden. Hållbarhet som inte har skrivits in i strategins mål och mätare "
                    "stannar lätt vid ord.</p>",
                ),
                _checklist(
                    "Hållbarhet i kommunstrategin – kontrollera detta",
                    [
                        "Strategin grundar sig på en bedömning av kommunens nuläge och kommande förändringar.",
                        "Alla sju punkter som räknas upp i 37 § i kommunallagen har beaktats.",
                        "De sociala, ekonomiska och ekologiska konsekvenserna av varje mål har övervägts.",
                        "För målen har några tydliga mätare valts.",
                        "Strategin anger hur och när genomförandet bedöms och följs upp.",
                        "Man har kommit överens om hur strategins mål förs in i budgeten.",
                    ],
                ),
            ],
        },
        "strategian-mukaan-johtaminen": {
            "slug": "ledning-enligt-strategin",
            "title": "Ledning enligt strategin",
            "summary": (
                "Strategin styr kommunen först när den används i ledningen, budgeten och uppföljningen, och det "
                "kräver både den politiska och den professionella ledningen."
            ),
            "body": [
                _h2("Lagen kräver ledning enligt strategin"),
                _p(
                    "<p>38 § i kommunallagen börjar med en mening som är värd att minnas under hela "
                    "fullmäktigeperioden: <em>”Kommunens verksamhet leds i enlighet med den kommunstrategi som "
                    "fullmäktige godkänt.”</em> Strategin är alltså inte bara ett dokument som anger riktningen, "
                    "utan grunden för ledningen. I praktiken innebär det att strategins mål borde synas i "
                    "kommunstyrelsens och nämndernas beslut, i sektorernas planer och i tjänsteinnehavarnas "
                    "arbete.</p>"
                ),
                _p(
                    "<p>I samma paragraf föreskrivs om arbetsfördelningen. Kommunstyrelsen leder kommunens "
                    "verksamhet, förvaltning och ekonomi. Kommundirektören, som är underställd kommunstyrelsen, leder "
                    "kommunens förvaltning, skötseln av ekonomin och den övriga verksamheten. Fullmäktige kan också "
                    "besluta att kommunen leds av en borgmästare i stället för en kommundirektör.</p>"
                ),
                _h2("Dubbelt ledarskap: två sidor, en strategi"),
                _p(
                    "<p>En finländsk kommun leds gemensamt av förtroendevalda och tjänsteinnehavare. Inom forskningen "
                    "talar man om ett dualistiskt ledningssystem, i vardagligt tal om dubbelt ledarskap. Den politiska "
                    "ledningen ställer upp målen och gör värdevalen, den professionella ledningen bereder och "
                    "verkställer. Enligt Kommunförbundet lyckas de kommuner som leds strategiskt av den politiska och "
                    "den professionella ledningen tillsammans, och en gemensam förståelse av båda parternas roller och "
                    "uppgifter är nödvändig. USO-nätverket lyfte därför fram ett fungerande dubbelt ledarskap som ett "
                    "av sina teman, vid sidan av hållbart och strategiskt ledarskap.</p>"
                ),
                _p(
                    "<p>För hållbarheten innebär det dubbla ledarskapet att båda sidor har sitt eget ansvar. De "
                    "förtroendevalda beslutar vad hållbarhet betyder i den egna kommunen och vad man strävar efter. "
                    "Tjänsteinnehavarna bidrar med kunskap, alternativ och konsekvensbedömningar och omsätter besluten "
                    "i praktiken. Båda sidor måste också öppet berätta för den andra vad de behöver: beslutsfattarna "
                    "tydlig information och alternativ, beredarna tydliga riktlinjer. Om den ena sidan saknas blir "
                    "det kvar av hållbarheten antingen mål utan genomförande eller verksamhet utan gemensam "
                    "riktning.</p>"
                ),
                _p(
                    "<p>Kommunallagen ger också verktyg för samarbetet. Kommunstyrelsens ordförande leder det "
                    "politiska samarbete som skötseln av kommunstyrelsens uppgifter förutsätter (40 §). I "
                    "direktörsavtalet mellan kommunen och kommundirektören avtalar man om förutsättningarna för "
                    "ledningen av kommunen (42 §). Från och med 26.5.2021 godkänns avtalet av kommunstyrelsen. I "
                    "avtalet kan man ta in bestämmelser om arbetsfördelningen mellan kommundirektören och "
                    "kommunstyrelsens ordförande, och det är ett bra ställe att också avtala om hur genomförandet av "
                    "strategin följs upp.</p>"
                ),
                _h2("Från strategi till vardag: ledningskedjan"),
                _p(
                    "<p>Strategin blir praktik steg för steg:</p>"
                    "<ol>"
                    "<li>Kommunstrategin ställer upp de långsiktiga målen (37 §).</li>"
                    "<li>Budgeten och ekonomiplanen görs upp så att de genomför strategin. I dem godkänns målen för "
                    "kommunens och kommunkoncernens verksamhet och ekonomi (110 §).</li>"
                    "<li>Nämnderna och sektorerna planerar sin egen verksamhet utifrån dessa mål.</li>"
                    "<li>I bokslutets verksamhetsberättelse redogörs för hur de mål som fullmäktige har ställt upp "
                    "har nåtts i kommunen och kommunkoncernen (115 §).</li>"
                    "<li>Revisionsnämnden bedömer om de mål för verksamheten och ekonomin som fullmäktige har ställt "
                    "upp har nåtts och ger fullmäktige en utvärderingsberättelse (121 §).</li>"
                    "</ol>"
                ),
                _p(
                    "<p>För en fullmäktigeledamot erbjuder kedjan flera tillfällen att påverka: när strategin beslutas, "
                    "när budgeten behandlas och när bokslutet och utvärderingsberättelsen behandlas. Det sista skedet "
                    "får ofta för lite uppmärksamhet, fast det är just där man ser om det som utlovades blev av. Som "
                    "nämndledamot kan du dessutom fråga hur strategins mål syns i nämndens eget budgetförslag och "
                    "verksamhetsplan, och be att delårsrapporterna också ger information om hållbarhetsmålen.</p>"
                ),
                _case(
                    "Strategin som blev stående på hyllan",
                    "En medelstor stad (fiktiv)",
                    "<p>Stadsfullmäktige godkände en ambitiös strategi som lovade minskade utsläpp och bättre välfärd "
                    "för unga. Målen skrevs ändå inte in i budgeten, och man hade inte kommit överens om mätare för "
                    "dem. Två år senare konstaterade revisionsnämnden i sin utvärderingsberättelse att det inte gick "
                    "att bedöma om målen hade nåtts.</p>",
                    "<p>En ambitiös strategi räcker inte ensam. Målen måste föras in i budgeten, och uppföljningen "
                    "måste avtalas redan när strategin godkänns. Staden beslutade att vid nästa översyn av strategin "
                    "välja två eller tre mätare för varje mål och rapportera om dem till fullmäktige varje år.</p>",
                    FICTIONAL_SHORT,
                ),
                _key(
                    "Ledningskedjan",
                    "<p>Strategin, budgeten, verksamhetsberättelsen och utvärderingsberättelsen bildar en kedja. Ett "
                    "hållbarhetsmål förverkligas bara om det går genom kedjan från början till slut.</p>",
                ),
                _reflection(
                    "I vilket skede av ledningskedjan har du i din egen roll störst möjligheter att se till att "
                    "strategins hållbarhetsmål förverkligas?",
                    "Tänk utöver fullmäktige också på de organ du hör till och på när du får information om hur målen "
                    "nås. Om informationen inte kommer kan du be om den.",
                ),
            ],
        },
    },
}

MODULE_BUDGET = {
    "slug": "budgeten-och-besluten",
    "title": "Hållbarhet i budgeten och beslutsfattandet",
    "summary": (
        "Budgeten som genomför strategin, ekonomisk hållbarhet på lång sikt och förhandsbedömning av besluts "
        "konsekvenser."
    ),
    "intro": [
        _p(
            "<p>Strategin anger riktningen, men budgeten och de enskilda besluten avgör vart kommunen verkligen går. "
            "I den här modulen ser vi på hur budgeten genomför strategin, vad ekonomisk hållbarhet betyder på lång "
            "sikt och hur besluts konsekvenser synliggörs innan beslutet fattas.</p>"
        ),
        _key(
            "Modulens kärna",
            "<p>Enligt kommunallagen ska budgeten och ekonomiplanen göras upp så att de genomför kommunstrategin. "
            "Goda frågor i beredningsskedet hjälper till att se till att det också sker.</p>",
        ),
    ],
    "lessons": {
        "talousarvio-strategian-toteuttajana": {
            "slug": "budgeten-genomfor-strategin",
            "title": "Budgeten genomför strategin",
            "summary": (
                "Budgeten och ekonomiplanen är fullmäktiges sätt att omsätta strategins hållbarhetsmål i praktiken."
            ),
            "body": [
                _h2("Vad kommunallagen säger om budgeten"),
                _p(
                    "<p>Enligt 110 § i kommunallagen ska fullmäktige före utgången av året godkänna en budget för "
                    "kommunen för följande kalenderår. Samtidigt godkänner fullmäktige en ekonomiplan för tre eller "
                    "flera år. Budgetåret är planens första år. När budgeten görs upp ska också kommunkoncernens "
                    "ekonomiska ansvar och förpliktelser beaktas, alltså till exempel ekonomin i de bolag som kommunen "
                    "äger.</p>"
                ),
                _p(
                    "<p>Om sambandet mellan strategin och budgeten är lagen entydig: enligt 110 § 2 mom. ska budgeten "
                    "och ekonomiplanen göras upp så att de genomför kommunstrategin och så att förutsättningarna för "
                    "skötseln av kommunens uppgifter tryggas (fritt återgivet). I budgeten och ekonomiplanen godkänns "
                    "målen för kommunens och kommunkoncernens verksamhet och ekonomi. Budgeten ska följas i kommunens "
                    "verksamhet och ekonomi.</p>"
                ),
                _p(
                    "<p>Dessutom beslutar fullmäktige senast i samband med att budgeten godkänns om kommunens "
                    "inkomstskattesats och fastighetsskattesatser (111 §). Också beskattningen är alltså en del av "
                    "samma helhet, där strategins mål och finansieringen av dem stäms av mot varandra.</p>"
                ),
                _h2("Pengar och mål hör ihop"),
                _p(
                    "<p>Budgeten har två sidor: anslag och mål. Anslagen visar hur mycket pengar som används för varje "
                    "uppgift. De verksamhetsmässiga målen visar vad man ska åstadkomma med pengarna. Hållbarheten "
                    "kommer in i budgeten framför allt genom målen. Om strategin siktar på minskade utsläpp kan "
                    "budgeten innehålla ett mål om minskad energiförbrukning i kommunens fastigheter och ett anslag "
                    "för energirenoveringar. Om strategin betonar barns och ungas välfärd kan budgeten innehålla ett "
                    "mål om fritidsmöjligheter eller tidigt stöd till familjer.</p>"
                ),
                _p(
                    "<p>Ett bra mål är så tydligt att man kan konstatera om det har nåtts. Formuleringen "
                    "”energieffektiviteten främjas” säger inte när målet är nått. En formulering som anger "
                    "utgångsläget, mätaren och den eftersträvade förändringen gör det möjligt för fullmäktige att "
                    "följa utvecklingen och fråga efter orsaker om målet inte nås.</p>"
                ),
                _p(
                    "<p>I budgeten anges vanligen också vilka mål och anslag som är bindande i förhållande till "
                    "fullmäktige. Bindningen visar vad organen och tjänsteinnehavarna ska stå till svars för inför "
                    "fullmäktige. Om hållbarhetsmålen bara är bakgrundstext och inte bindande mål är det svårt att "
                    "kräva att de nås.</p>"
                ),
                _h2("Påverka i tid"),
                _p(
                    "<p>Budgeten är resultatet av en lång beredning. Kommunstyrelsen ansvarar för beredningen och "
                    "lägger fram ett förslag för fullmäktige, och fullmäktige beslutar om budgeten före utgången av "
                    "året. I många kommuner dras budgetramarna upp redan på våren eller försommaren, och nämnderna "
                    "bereder sina egna förslag utifrån dem. När budgeten kommer till fullmäktige är det svårt att göra "
                    "stora ändringar. Därför lönar det sig att lyfta fram betoningar som gäller hållbarheten redan i "
                    "ramskedet, i fullmäktigegrupperna och vid budgetseminarierna.</p>"
                ),
                _p(
                    "<p>Också invånarna kan vara med. Kommunallagen nämner möjligheten att delta i planeringen av "
                    "kommunens ekonomi som ett av sätten att delta (22 §). Vid årets slut visar jämförelsen av "
                    "budgetutfallet, som ingår i bokslutet, hur budgeten förverkligades.</p>"
                ),
                _h2("Hur budgeten kan läsas"),
                _p(
                    "<p>Budgeten är ofta hundratals sidor lång, och en ny fullmäktigeledamot behöver inte försöka "
                    "behärska allt på en gång. Det är nyttigare att läsa den med hjälp av några frågor. Hur syns "
                    "strategins mål i budgetens mål? Vilka mål är bindande? Har man reserverat pengar för "
                    "hållbarhetsmålen, eller är de bara önskemål? Vad kostar investeringarna i driftsekonomin under de "
                    "kommande åren? Frågorna kan ställas i fullmäktigegruppen eller vid budgetseminariet, och många "
                    "svar hittas snabbt när man vet vem man ska fråga.</p>"
                ),
                _p(
                    "<p>Budgeten har en driftsekonomi- och resultaträkningsdel samt en investerings- och "
                    "finansieringsdel. För hållbarheten är investeringsdelen särskilt viktig, eftersom investeringar "
                    "binder kommunen till lösningar för årtionden. En skola, ett daghem eller ett gatunät påverkar "
                    "driftskostnaderna, energiförbrukningen och tillgången till service långt efter att "
                    "investeringsbeslutet har fattats.</p>"
                ),
                _key(
                    "Budgeten visar vad man verkligen strävar efter",
                    "<p>I strategin kan man lova mycket, men budgeten visar vad kommunen använder sina pengar till. Om "
                    "ett hållbarhetsmål inte syns i budgetens mål eller anslag lönar det sig att fråga hur det är "
                    "tänkt att förverkligas.</p>",
                ),
                _checklist(
                    "När du läser budgetförslaget",
                    [
                        "Jag hittar strategins mål bland budgetens mål.",
                        "Jag vet vilka mål och anslag som är bindande i förhållande till fullmäktige.",
                        "Hållbarhetsmålen har fått pengar eller andra medel.",
                        "Investeringarnas framtida drifts- och underhållskostnader har angetts.",
                        "Av ekonomiplanen framgår åt vilket håll ekonomin går under de kommande åren.",
                        "Ansvaret i kommunkoncernens bolag och andra sammanslutningar har beaktats.",
                    ],
                ),
            ],
        },
        "taloudellinen-kestavyys": {
            "slug": "ekonomisk-hallbarhet",
            "title": "Ekonomisk hållbarhet på lång sikt",
            "summary": (
                "Ekonomisk hållbarhet är balans över åren, och den hänger nära ihop med social och ekologisk "
                "hållbarhet."
            ),
            "body": [
                _h2("Balans över åren"),
                _p(
                    "<p>En ekonomiskt hållbar kommun kan finansiera sina uppgifter på lång sikt. Den behöver inte "
                    "hela tiden lappa gamla beslut eller skicka räkningar till kommande generationer. Kommunallagen "
                    "förutsätter att ekonomiplanen är i balans eller visar överskott (110 §). Lagen säger ändå inte "
                    "vilken ekonomi som är hållbar just i din kommun. Det måste fullmäktige själv bedöma, och för det "
                    "behövs både siffror och omdöme.</p>"
                ),
                _p(
                    "<p>Ett enskilt års resultat säger lite. Viktigare är åt vilket håll ekonomin går. Räcker "
                    "inkomsterna till utgifterna och investeringarna också under de kommande åren? Växer skulden "
                    "snabbare än kommunens förmåga att sköta den? Har kommunens egendom skötts? Bäst svarar "
                    "ekonomiplanen och en jämförelse med tidigare år på de här frågorna.</p>"
                ),
                _p(
                    "<p>Ekonomiska nyckeltal hjälper till att se helheten. Årsbidraget visar till exempel hur mycket "
                    "av internt tillförda medel som blir kvar efter de löpande utgifterna för investeringar och "
                    "amorteringar. Nyckeltalen bör ändå granskas över flera år, och det lönar sig att be "
                    "ekonomidirektören förklara vad de betyder just för den här kommunen.</p>"
                ),
                _p(
                    "<p>På lång sikt påverkas ekonomin också av befolkningsförändringen. Om antalet barn minskar och "
                    "antalet äldre ökar förändras behovet av tjänster. En hållbar ekonomisk planering förutser sådana "
                    "förändringar och dimensionerar inte servicenätet och byggnaderna enbart efter nuläget.</p>"
                ),
                _h2("Tre sätt att skjuta upp räkningen till framtiden"),
                _p(
                    "<p>Den ekonomiska hållbarheten försvagas ofta obemärkt. Typiska sätt att skjuta upp kostnader "
                    "till framtiden är åtminstone dessa:</p>"
                    "<ul>"
                    "<li><strong>Reparationsskuld.</strong> När underhållet av byggnader, gator eller vattentjänster "
                    "skjuts upp syns besparingen i årets resultat, men reparationerna blir dyrare senare.</li>"
                    "<li><strong>Investeringarnas driftskostnader.</strong> En ny byggnad kostar också efter att den "
                    "blivit klar: uppvärmning, städning, underhåll och personal. Om de inte räknas ut i förväg "
                    "överraskar de kommande årens budgetar.</li>"
                    "<li><strong>Koncernens risker.</strong> Ekonomin i kommunens bolag och andra koncernsammanslutningar "
                    "påverkar kommunens ekonomi. Därför förutsätter lagen att hela kommunkoncernens ekonomiska ansvar "
                    "och förpliktelser beaktas i budgeten.</li>"
                    "</ul>"
                ),
                _h2("Ekonomin är inte skild från de andra dimensionerna"),
                _p(
                    "<p>Den ekonomiska hållbarheten hänger ihop med de andra dimensionerna. Förebyggande arbete, som "
                    "fritidsmöjligheter för unga eller tidigt stöd till familjer, kan minska behovet av tyngre tjänster "
                    "senare. Sådana effekter är ändå svåra att påvisa, och nyttan syns ofta först efter flera år och på "
                    "ett annat ställe i budgeten än kostnaderna. Energieffektivt byggande kan kosta mer i början men "
                    "mindre under livscykeln. Också anpassningen till klimatförändringen är en ekonomisk fråga: när man "
                    "i tid förbereder sig till exempel för skyfall i planläggningen och kommunaltekniken kan dyrare "
                    "reparationer undvikas senare.</p>"
                ),
                _p(
                    "<p>Alla hållbarhetsåtgärder betalar sig ändå inte tillbaka, och det är bra att säga det högt. "
                    "Ibland är en socialt eller ekologiskt hållbar lösning dyrare, och fullmäktige beslutar ändå att "
                    "välja den. Fullmäktiges uppgift är att göra sådana val medvetet och motivera dem öppet.</p>"
                ),
                _case(
                    "Byskolans framtid",
                    "En liten landsbygdskommun (fiktiv)",
                    "<p>Elevantalet i kommunen har minskat, och byskolans byggnad behöver en omfattande "
                    "grundrenovering. I beredningen finns tre alternativ: att renovera skolan, att bygga en ny och "
                    "mindre skola eller att dra in skolan och flytta eleverna till skolan i kyrkbyn. I det första "
                    "förslaget jämfördes alternativen bara utifrån investeringskostnaderna.</p>",
                    "<p>Fullmäktigeledamöterna bad att alternativen också skulle beskrivas med driftskostnaderna för "
                    "tio år, skolskjutsarnas kostnader och utsläpp, längden på elevernas skolvägar och skolans "
                    "betydelse för bygemenskapen. Den kompletterade jämförelsen gjorde inte beslutet lätt, men den "
                    "visade vad varje alternativ kostar och för vem. Fullmäktige kunde motivera sin lösning "
                    "öppet.</p>",
                    FICTIONAL_SHORT,
                ),
                _key(
                    "En hållbar ekonomi är balans över åren",
                    "<p>Enligt lagen ska ekonomiplanen vara i balans eller visa överskott. Hållbarhet kräver dessutom "
                    "att reparationsskulden, investeringarnas driftskostnader och koncernens risker beaktas i "
                    "tid.</p>",
                ),
                _reflection(
                    "Vilken utgiftspost eller egendom i din kommun kommer att kosta mer om man inte tar tag i den nu?",
                    "Du kan söka svaret i bokslutet eller investeringsplanen eller fråga ekonomidirektören. Fundera "
                    "också på hur saken syns i årets budget.",
                ),
            ],
        },
        "ennakkoarviointi-ja-oikeat-kysymykset": {
            "slug": "forhandsbedomning-och-ratt-fragor",
            "title": "Förhandsbedömning av konsekvenser och rätt frågor",
            "summary": (
                "En förhandsbedömning av konsekvenserna synliggör följderna av ett beslut innan det fattas, och en "
                "fullmäktigeledamot kan främja den genom att ställa rätt frågor i tid."
            ),
            "body": [
                _h2("Vad förhandsbedömning är"),
                _p(
                    "<p>Vid en förhandsbedömning av konsekvenser utreds de sannolika följderna av ett beslut redan i "
                    "beredningsskedet, innan beslutet fattas. Syftet är att beslutsfattarna ska veta vad de olika "
                    "alternativen innebär för människor, för kommunens ekonomi och för miljön. Bedömningen fattar inte "
                    "beslutet i beslutsfattarnas ställe, utan ger dem en bättre grund för att väga alternativen.</p>"
                ),
                _p(
                    "<p>I kommunerna används många namn och modeller för förhandsbedömning. Man talar till exempel om "
                    "bedömning av konsekvenserna för människor, bedömning av konsekvenserna för barn, bedömning av "
                    "miljö- och klimatkonsekvenser och bedömning av ekonomiska konsekvenser. För ett hållbart "
                    "ledarskap är det väsentliga att bedömningen omfattar alla tre dimensionerna och inte bara den som "
                    "den beredande sektorn brukar koncentrera sig på.</p>"
                ),
                _h2("Rätt omfattning och jämförelse av alternativ"),
                _p(
                    "<p>Allt behöver inte bedömas lika grundligt. I små ärenden räcker en kort beskrivning av "
                    "konsekvenserna. I stora och långvariga beslut, som ändringar i servicenätet, planläggning eller "
                    "stora investeringar, behövs en grundligare utredning. I många kommuner har mallen för "
                    "beslutsförslag en punkt för att beskriva konsekvenserna. Den fungerar bara om punkten fylls i med "
                    "eftertanke och inte rutinmässigt med konstaterandet att konsekvenser saknas.</p>"
                ),
                _p(
                    "<p>I en bra bedömning jämförs alternativen, också alternativet att ingenting görs. Man frågar "
                    "vem beslutet påverkar och hur konsekvenserna fördelas mellan olika grupper, som barn, äldre, "
                    "personer med funktionsnedsättning och invånare i olika områden. Dessutom ser man på både kort och "
                    "lång sikt, eftersom mycket nytta eller skada syns först efter flera år.</p>"
                ),
                _p(
                    "<p>Ett exempel klargör. Om kommunen överväger att ersätta anropsstyrd trafik med linjetrafik "
                    "eller tvärtom bör bedömningen åtminstone beskriva konsekvenserna för vardagen för de invånare som "
                    "inte har bil (socialt), kostnaderna nu och under planperioden (ekonomiskt) och effekten på "
                    "körkilometrar och utsläpp (ekologiskt). När dessa beskrivs sida vid sida ser beslutsfattarna vad "
                    "de väljer.</p>"
                ),
                _h2("Fullmäktigeledamoten frågar – i tid"),
                _p(
                    "<p>I det dubbla ledarskapet bereder tjänsteinnehavarna och beslutar de förtroendevalda. "
                    "Beslutsfattaren är ändå inte bara mottagare av ett färdigt förslag. En fullmäktigeledamot kan "
                    "påverka vilken information som tas fram i beredningen genom att fråga i tid: i "
                    "fullmäktigegruppen, i nämnden, vid fullmäktigeseminariet eller direkt av beredaren. Enligt 83 § i "
                    "kommunallagen har en förtroendevald rätt att av kommunens myndigheter få de upplysningar som hon "
                    "eller han behöver för att sköta sitt uppdrag.</p>"
                ),
                _p(
                    "<p>Tidpunkten är viktig. När ärendet redan finns på fullmäktiges föredragningslista är det svårt "
                    "att lägga till nya alternativ. När frågorna ställs i början av beredningen styr de "
                    "utredningsarbetet. En bra fråga är ingen anklagelse utan en begäran om information som behövs för "
                    "beslutet. Om väsentlig information fortfarande saknas vid sammanträdet kan fullmäktige besluta att "
                    "återremittera ärendet för ny beredning. Det är ändå ett tungt medel, och en fråga som ställs i tid "
                    "är i regel bättre.</p>"
                ),
                _h2("Bedömningen slutar inte vid beslutet"),
                _p(
                    "<p>En förhandsbedömning är en bedömning, och en bedömning kan slå fel. Därför lönar det sig att "
                    "redan när viktiga beslut fattas komma överens om hur och när konsekvenserna följs upp. En "
                    "granskning i efterhand visar om de förväntade konsekvenserna uppstod och lär en att göra nästa "
                    "bedömning bättre.</p>"
                ),
                _p(
                    "<p>Konsekvenserna ska också kommuniceras till invånarna. Enligt 29 § i kommunallagen ska "
                    "kommunen ge tillräcklig information bland annat om ärenden som bereds, om fattade beslut och om "
                    "besluts konsekvenser. En omsorgsfull konsekvensbedömning underlättar också den "
                    "kommunikationen.</p>"
                ),
                _key(
                    "Frågan är beslutsfattarens verktyg",
                    "<p>Kvaliteten på förhandsbedömningen beror också på vad beslutsfattarna förväntar sig av den. När "
                    "fullmäktigeledamöterna konsekvent frågar efter konsekvenserna i alla tre dimensionerna blir "
                    "bedömningen en del av kommunens beredningskultur.</p>",
                ),
                _checklist(
                    "Frågor om ett ärende som bereds",
                    [
                        "Vilka alternativ utreddes, och vad händer om ingenting görs?",
                        "Vem påverkas av beslutet, och har de hörts?",
                        "Hur fördelas konsekvenserna mellan olika invånargrupper och områden?",
                        "Vad kostar beslutet nu, och vilka drifts- och underhållskostnader medför det under de "
                        "kommande åren?",
                        "Hur påverkar beslutet utsläppen, energiförbrukningen och naturen?",
                        "Hur främjar beslutet kommunstrategins mål, eller står det i strid med dem?",
                        "Hur följs konsekvenserna upp efter beslutet?",
                    ],
                ),
            ],
        },
    },
}
