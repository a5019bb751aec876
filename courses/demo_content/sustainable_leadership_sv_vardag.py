"""Hållbart kommunalt ledarskap, modulerna 3–4: Swedish translation of sustainable_leadership.py.

The foresight "Kestävät kunnat 2030", its scenarios and its publication exist in Finnish only; their Finnish names
are kept and glossed in Swedish, as CONTENT-FACTS names them.
"""

from .orientation_2021_sv import _case, _checklist, _h2, _key, _p, _reflection
from .sustainable_leadership_sv_strategi import FICTIONAL_SHORT


def _h3(text):
    return ("heading", {"text": text, "level": "h3"})


PUBLICATION = "”Kestävä kehitys kunnissa – Lähtölaskenta uhkakuvasta unelmaan” (på finska)"

MODULE_VARDAG = {
    "slug": "social-och-ekologisk-hallbarhet",
    "title": "Social och ekologisk hållbarhet i kommunens vardag",
    "summary": (
        "Välfärd, delaktighet, invånarnas deltagande, markanvändning och klimatarbete i kommunens vardag samt hur "
        "valen synliggörs."
    ),
    "intro": [
        _p(
            "<p>Social och ekologisk hållbarhet är inga abstrakta mål, utan de avgörs i kommunens vardagliga beslut: "
            "hur tjänsterna ordnas, vilka som hörs, var man bygger och hur kommunen arbetar med klimatförändringen. I "
            "den här modulen går vi igenom de frågorna och hur motsättningarna mellan dimensionerna synliggörs.</p>"
        ),
        _key(
            "Modulens kärna",
            "<p>Välfärd, deltagande, markanvändning och klimatarbete hör till alla sektorer. I ett hållbart beslut "
            "har konsekvenserna av dem vägts tillsammans.</p>",
        ),
    ],
    "lessons": {
        "hyvinvointi-ja-osallisuus": {
            "slug": "valfard-och-delaktighet",
            "title": "Välfärd och delaktighet",
            "summary": (
                "Att främja invånarnas välfärd och delaktighet är kärnan i den sociala hållbarheten och en "
                "grunduppgift för kommunen."
            ),
            "body": [
                _h2("Välfärden hör till alla sektorer"),
                _p(
                    "<p>Enligt den första paragrafen i kommunallagen främjar kommunen invånarnas välfärd. Samma sak "
                    "står först i förteckningen över det som ska beaktas i kommunstrategin (37 §). Välfärdsarbetet är "
                    "inte begränsat till en sektor, utan hör också till bildningsväsendet, kulturen, idrotten, "
                    "planläggningen, trafiken och näringslivsarbetet. Trygga gång- och cykelleder, fungerande "
                    "bibliotek och närmotionsplatser är välfärdspolitik, även om de inte alltid kallas så.</p>"
                ),
                _p(
                    "<p>Fullmäktige får information om invånarnas välfärd bland annat genom välfärdsberättelsen. I "
                    "den sammanställs information om invånarnas välfärd och hälsa och om faktorer som påverkar dem. "
                    "Berättelsen är en bra grund för strategiarbetet, eftersom den visar var kommunen har lyckats och "
                    "var skillnaderna mellan invånargrupperna är stora.</p>"
                ),
                _p(
                    "<p>Välfärden hänger också ihop med kommunens livskraft och ekonomi. En trygg och trivsam "
                    "livsmiljö, fungerande bastjänster och en stark gemenskap kan påverka om människor vill flytta "
                    "till kommunen och stanna där. När välfärden främjas i tid kan behovet av tyngre tjänster minska. "
                    "Därför lönar det sig inte att se välfärdsarbetet bara som en utgiftspost, utan som en del av "
                    "kommunens långsiktiga hållbarhet.</p>"
                ),
                _h2("Delaktighet är kärnan i den sociala hållbarheten"),
                _p(
                    "<p>Social hållbarhet handlar också om att människor känner att de hör till en gemenskap och kan "
                    "påverka sitt eget liv och sin omgivning. Detta kallas delaktighet. Dess motsats, utanförskap, "
                    "betyder en upplevelse av att inte höra till någonstans eller att den egna rösten saknar "
                    "betydelse. Utanförskap försvagar välfärden och förtroendet för de gemensamma institutionerna, "
                    "också kommunen. Ensamheten är en av dess mest synliga former. Delaktighet kan inte beslutas "
                    "uppifrån, men kommunen kan skapa förutsättningar för den med sina tjänster, lokaler och "
                    "arbetssätt.</p>"
                ),
                _p(
                    "<p>I framsynsarbetet Kestävät kunnat 2030 (Hållbara kommuner 2030) fick hotbilden namnet "
                    "”Yksinäisten kestämätön kunta” (de ensammas ohållbara kommun). Redan namnet påminner om att en "
                    "försvagad social hållbarhet kan hota hela kommunens hållbarhet. Vi återkommer till scenarierna i "
                    "modul 4.</p>"
                ),
                _p(
                    "<p>Kommunen kan stärka delaktigheten på många sätt. Den kan stödja organisationer och frivilligt "
                    "arbete och erbjuda mötesplatser, som bibliotek, ungdomslokaler och bygdegårdar. Den kan se till "
                    "att tjänsterna är tillgängliga också för dem som inte har bil eller digitala färdigheter. Dessutom "
                    "kan den ta med invånarna i planeringen och utvecklingen av tjänsterna.</p>"
                ),
                _h2("Vems röst saknas?"),
                _p(
                    "<p>Att främja välfärd och delaktighet kräver av fullmäktigeledamoten lyhördhet för vems behov "
                    "som förblir osynliga i beslutsfattandet. Högljudda grupper blir lättare hörda än de som har minst "
                    "resurser att delta. Därför lönar det sig att fråga vems perspektiv som saknas i förslaget och att "
                    "be om uppgifter per befolkningsgrupp och område. Välfärdsinformation är mest värdefull när den "
                    "utöver medelvärden också visar skillnader.</p>"
                ),
                _p(
                    "<p>Social hållbarhet är också långsiktigt arbete. Satsningar på barns och ungas välfärd verkar "
                    "årtionden framåt, och de bör ses som en del av kommunens hållbarhet och inte bara som årets "
                    "utgifter.</p>"
                ),
                _case(
                    "Välfärdsinformation per område",
                    "En medelstor stad (fiktiv)",
                    "<p>Medelvärdena i stadens välfärdsberättelse såg bra ut, och fullmäktige behandlade ärendet "
                    "snabbt. En fullmäktigeledamot bad om uppgifter per bostadsområde. Av dem framgick att de unga i "
                    "ett område hade klart färre fritidsintressen än i andra områden och att andelen äldre som bodde "
                    "ensamma var stor. Områdets ungdomslokal hade stängts av sparskäl några år tidigare.</p>",
                    "<p>Medelvärden kan dölja skillnader som är de mest väsentliga för den sociala hållbarheten. "
                    "Staden riktade ungdomsarbete till området och ordnade en mötesplats i biblioteket tillsammans med "
                    "organisationerna. Fullmäktige beslutade att i fortsättningen följa de regionala skillnaderna som "
                    "en del av strategins mätare.</p>",
                    FICTIONAL_SHORT,
                ),
                _key(
                    "Välfärden är kommunens grunduppgift",
                    "<p>Att främja invånarnas välfärd är enligt kommunallagen kommunens grunduppgift och en del av "
                    "kommunstrategins innehåll. Den förverkligas eller blir ogjord i varje sektors beslut, inte bara i "
                    "en enskild tjänst.</p>",
                ),
                _reflection(
                    "Vilken invånargrupp i din kommun riskerar enligt dig att bli osynlig i beslutsfattandet, och var "
                    "kunde du få information om dess situation?",
                    "Du kan ta del av välfärdsberättelsen, fråga organisationerna eller kommunens påverkansorgan, som "
                    "ungdomsfullmäktige, äldrerådet eller rådet för personer med funktionsnedsättning. Fundera också "
                    "på hur gruppens perspektiv kunde tas med i beredningen.",
                ),
            ],
        },
        "asukkaiden-osallistuminen": {
            "slug": "invanarna-med-i-beslutsfattandet",
            "title": "Invånarna med i beslutsfattandet",
            "summary": (
                "Kommunallagen ålägger fullmäktige att sörja för mångsidiga och effektiva möjligheter att delta, "
                "och lektionen visar hur deltagandet blir meningsfullt."
            ),
            "body": [
                _h2("Lagens utgångspunkt"),
                _p(
                    "<p>Enligt 22 § i kommunallagen har kommunens invånare och de som använder kommunens tjänster "
                    "rätt att delta i och påverka kommunens verksamhet. Ansvaret ligger hos fullmäktige: fullmäktige "
                    "ska se till att det finns mångsidiga och effektiva möjligheter att delta. Invånarnas möjligheter "
                    "att delta och påverka ska också beaktas i kommunstrategin (37 §).</p>"
                ),
                _p(
                    "<p>Lagen ger exempel på sätt att främja deltagandet. Sådana är till exempel diskussions- och "
                    "hörandemöten och invånarpaneler, att invånarnas åsikter utreds före beslutsfattandet, möjligheter "
                    "att delta i planeringen av kommunens ekonomi, planering av tjänsterna tillsammans med användarna "
                    "samt stöd för invånarnas och organisationernas egna initiativ.</p>"
                ),
                _p(
                    "<p>Dessutom ska kommunstyrelsen tillsätta ett ungdomsfullmäktige, ett äldreråd och ett råd för "
                    "personer med funktionsnedsättning (26–28 §). De ska ges möjlighet att påverka planeringen, "
                    "beredningen och uppföljningen av verksamheten inom kommunens olika sektorer i frågor som är "
                    "viktiga för de grupper de företräder. Kommunen ska också informera om sin verksamhet och om hur man "
                    "kan delta i och påverka beredningen av besluten (29 §).</p>"
                ),
                _p(
                    "<p>Invånarna har också initiativrätt. Kommunens invånare och sammanslutningar och stiftelser som "
                    "verkar i kommunen kan göra initiativ i frågor som gäller kommunens verksamhet, och initiativtagaren "
                    "ska informeras om vilka åtgärder initiativet har föranlett (23 §). Fullmäktige ska minst en gång "
                    "om året informeras om de initiativ som har gjorts i frågor som hör till dess behörighet och om "
                    "åtgärderna med anledning av dem. Initiativen är för fullmäktigeledamoten en bra källa till "
                    "information om vad som bekymrar invånarna.</p>"
                ),
                _h2("Vad som gör deltagandet effektivt"),
                _p(
                    "<p>Lagen talar om effektiva möjligheter att delta, och ordet är viktigt. Deltagande utan verkan "
                    "kan försvaga förtroendet mer än att invånarna inte tillfrågas alls. Ett effektivt deltagande "
                    "förutsätter åtminstone tre saker:</p>"
                    "<ol>"
                    "<li>Invånarna hörs medan alternativen ännu är öppna.</li>"
                    "<li>I förväg berättas vad responsen kan påverka och vad den inte kan påverka.</li>"
                    "<li>I efterhand berättas vad som hände med responsen och hur den syntes i beslutet.</li>"
                    "</ol>"
                ),
                _p(
                    "<p>Deltagandet hänger ihop med alla hållbarhetens dimensioner. Det är social hållbarhet, "
                    "eftersom det stärker delaktigheten och förtroendet. Det stöder den ekonomiska hållbarheten när "
                    "tjänsterna planeras så att de motsvarar verkliga behov. När det gäller ekologisk hållbarhet är "
                    "invånarnas lokalkännedom, till exempel om närnaturen och vardagens resor, värdefull information, "
                    "och klimatarbetet lyckas bättre när invånarna är med.</p>"
                ),
                _p(
                    "<p>Det lönar sig att ha flera kanaler för deltagande. En webbenkät når andra människor än ett "
                    "kvällsmöte i kommunhuset, och ett hörande i en skola eller ett servicehus når i sin tur andra än "
                    "någotdera. När kanalerna är mångsidiga blir också de hörda vars röst annars skulle förbli svag. I "
                    "svåra frågor som gäller värderingar kan till exempel en invånarpanel, där invånarna sätter sig in "
                    "i frågan och bildar en gemensam uppfattning, ge beslutsfattarna djupare information än en "
                    "enkät.</p>"
                ),
                _case(
                    "Hörandet som kom för sent",
                    "En medelstor stad (fiktiv)",
                    "<p>Staden beredde en reform av bibliotekstjänsterna där verksamheten vid två närbibliotek skulle "
                    "flyttas till ett nytt allaktivitetshus. Invånarmötet ordnades först när nämndens beslutsförslag "
                    "var klart. Vid mötet berättade äldre invånare och barnfamiljer att det nya huset skulle vara långt "
                    "borta för dem utan bil. Responsen hann inte längre påverka förslaget, och många deltagare upplevde "
                    "att de inte blev lyssnade på.</p>",
                    "<p>I nästa ärende som gällde servicenätet tog staden med invånarna och äldrerådet redan när "
                    "alternativen utarbetades. Resultaten av hörandet och deras inverkan skrevs in i beslutsförslaget. "
                    "Så fick beslutsfattarna information om problemen med tillgängligheten i tid.</p>",
                    FICTIONAL_SHORT,
                ),
                _key(
                    "Med i tid, respons tillbaka",
                    "<p>Fullmäktige ska enligt kommunallagen se till att det finns mångsidiga och effektiva "
                    "möjligheter att delta. Deltagandet är effektivt när invånarna hörs innan alternativen är låsta och "
                    "får veta hur responsen påverkade.</p>",
                ),
                _checklist(
                    "Är deltagandet effektivt? Kontrollera i ärendet som bereds",
                    [
                        "Invånarna och tjänsteanvändarna hördes medan alternativen ännu var öppna.",
                        "Ungdomsfullmäktige, äldrerådet eller rådet för personer med funktionsnedsättning fick påverka, "
                        "om ärendet gäller de grupper de företräder.",
                        "Man försökte nå också de grupper som är svårast att nå.",
                        "Beslutsförslaget berättar vad som kom fram vid hörandet och hur det beaktades.",
                        "Deltagarna får veta beslutet och motiveringarna till det.",
                    ],
                ),
            ],
        },
        "maankaytto-ilmasto-ja-valinnat": {
            "slug": "markanvandning-klimat-och-val",
            "title": "Markanvändning, klimatarbete och synliga val",
            "summary": (
                "Planläggning och klimatarbete är kommunens vardag, där hållbarhetens dimensioner ofta står mot "
                "varandra, och valen bör göras synliga."
            ),
            "body": [
                _h2("Markanvändningen verkar i årtionden"),
                _p(
                    "<p>Få beslut i kommunen verkar lika länge som avgörandena om markanvändningen. När kommunen "
                    "planlägger ett nytt bostadsområde beslutar den samtidigt hur invånarna tar sig fram, hur långt "
                    "det är till service, vilka gator och nät som måste byggas och underhållas och vad som händer med "
                    "naturen. Byggnader och gator används i årtionden, så beslut om markanvändningen är alltid "
                    "samtidigt beslut om klimat, ekonomi och välfärd.</p>"
                ),
                _p(
                    "<p>Kommunallagen kopplar utvecklingen av livsmiljön och områdets livskraft till kommunstrategin "
                    "(37 §). Därför lönar det sig att knyta de långsiktiga riktlinjerna för markanvändningen till "
                    "strategin och inte behandla dem bara som enskilda planärenden. För en fullmäktigeledamot är "
                    "markanvändningen ett centralt tillfälle att påverka, eftersom de viktigaste planerna godkänns av "
                    "fullmäktige.</p>"
                ),
                _h2("Klimatarbetet är en del av kommunens grundläggande verksamhet"),
                _p(
                    "<p>Kommunens klimatarbete har två sidor. Att minska utsläppen gäller till exempel trafiken, "
                    "uppvärmningen och elförbrukningen i byggnader, kommunens egna fastigheter och fordon samt "
                    "upphandlingarna. Anpassningen till klimatförändringen innebär i sin tur att förbereda sig för till "
                    "exempel skyfall, översvämningar och värmeböljor. I båda agerar kommunen både som ägare och "
                    "anordnare av tjänster och som planläggare som skapar förutsättningar för invånarnas och "
                    "företagens val.</p>"
                ),
                _p(
                    "<p>Miljöministeriets program Hållbar stad var en av dem som genomförde USO-nätverkets omgång "
                    "2021–2022. Att programmet var med speglar tanken att ekologisk hållbarhet hör till ledningen av "
                    "kommunen och inte är en separat miljöfråga. Ett klimatmål som inte har kopplats till budgeten, "
                    "upphandlingarna och planläggningen blir lätt lösryckt.</p>"
                ),
                _p(
                    "<p>Upphandlingarna är ett exempel på ett vardagligt medel som förenar dimensionerna. När kommunen "
                    "upphandlar kosttjänster, transporter eller byggentreprenader kan den beakta miljökonsekvenserna "
                    "och livscykelkostnaderna, och i vissa upphandlingar också mål som gäller sysselsättning. "
                    "Fullmäktige beslutar inte om enskilda upphandlingar, men det kan i strategin dra upp riktlinjer "
                    "för vad hållbarhet betyder i kommunens upphandlingar och följa hur riktlinjerna "
                    "förverkligas.</p>"
                ),
                _h2("Synliggör motsättningarna"),
                _p(
                    "<p>Hållbarhetens dimensioner drar inte alltid åt samma håll. Ett nytt egnahemsområde i kommunens "
                    "utkant kan ge nya invånare och motsvara önskemål om boende, men det kan öka biltrafiken och "
                    "splittra skogsområden. Kompletteringsbyggande i centrum kan stödja service och kollektivtrafik, "
                    "men det kan ta närgrönområden och väcka motstånd i grannskapet. Sådana val kan inte undvikas, men "
                    "de kan göras synliga.</p>"
                ),
                _p(
                    "<p>Att synliggöra motsättningarna innebär att beslutsförslaget ärligt berättar</p>"
                    "<ul>"
                    "<li>vad varje alternativ ger och kostar i var och en av de tre dimensionerna</li>"
                    "<li>vem som har nytta och vem som bär nackdelarna</li>"
                    "<li>hur konsekvenserna fördelas i tid: vad som syns genast och vad först om flera år.</li>"
                    "</ul>"
                    "<p>En enkel tabell med alternativen på raderna och dimensionerna i kolumnerna hjälper ofta mer än "
                    "en lång utredning. När motsättningarna är synliga kan fullmäktige göra sitt värdeval öppet och "
                    "motivera det för invånarna. Öppenheten tar inte bort meningsskiljaktigheterna, men den hjälper "
                    "till att föra en saklig diskussion om dem.</p>"
                ),
                _case(
                    "Bostadsområdet – vid skogskanten eller i centrum?",
                    "En växande kranskommun (fiktiv)",
                    "<p>I fullmäktige fanns två synsätt på var nya bostäder skulle placeras. En del av ledamöterna ville "
                    "planlägga ett egnahemsområde i ett skogigt område i kommunens utkant, en del betonade "
                    "kompletteringsbyggande i centrum. Debatten tillspetsades snabbt till en motsättning mellan tillväxt "
                    "och natur.</p>",
                    "<p>Kommunstyrelsen bad beredarna om en jämförelse: kostnaderna för att bygga och underhålla gator "
                    "och nät, avstånden till skolor och daghem, en bedömning av trafikens utsläpp, naturvärdena och "
                    "resultaten av en invånarenkät. Jämförelsen avgjorde inte tvisten, men diskussionen flyttades från "
                    "motsättningen till frågan på vilka villkor vartdera alternativet skulle vara mer hållbart.</p>",
                    FICTIONAL_SHORT,
                ),
                _key(
                    "Valen kan inte undvikas, men de kan göras synliga",
                    "<p>När beslutsförslaget öppet berättar vad varje alternativ ger och kostar socialt, ekonomiskt och "
                    "ekologiskt kan fullmäktige göra sitt värdeval medvetet och motivera det för invånarna.</p>",
                ),
                _reflection(
                    "Välj ett ärende om markanvändning eller klimatarbete som är aktuellt i din kommun. Vilka av "
                    "hållbarhetens dimensioner drar åt olika håll i det, och har det beskrivits i beslutsförslaget?",
                    "Försök nämna en fördel och en nackdel för varje alternativ i var och en av de tre dimensionerna. "
                    "Om uppgifterna saknas har du fått en bra fråga till beredaren.",
                ),
            ],
        },
    },
}

MODULE_FRAMSYN = {
    "slug": "hallbara-kommuner-2030",
    "title": "Framsynsarbetet Kestävät kunnat 2030 (Hållbara kommuner 2030)",
    "summary": (
        "Framsynsarbetet Kestävät kunnat 2030 våren 2021, dess scenarier och hur de kan användas i fullmäktiges "
        "strategiarbete."
    ),
    "intro": [
        _p(
            "<p>Våren 2021, strax innan den nya fullmäktigeperioden började, funderade 34 kommuner tillsammans på "
            "vilka framtider en hållbar kommun kan ha framför sig. I den här modulen bekantar du dig med "
            "framsynsarbetet, de scenarier det gav och hur fullmäktige kan använda scenarierna i sitt eget "
            "strategiarbete.</p>"
        ),
        _key(
            "Modulens kärna",
            "<p>Scenarier förutspår inte framtiden. De hjälper fullmäktige att se flera möjliga utvecklingsförlopp "
            "och att känna igen de val som kan ändra riktningen.</p>",
        ),
    ],
    "lessons": {
        "ennakointityo-kevaalla-2021": {
            "slug": "framsynsarbetet-varen-2021",
            "title": "Framsynsarbetet våren 2021",
            "summary": (
                "Framsynsarbetet Kestävät kunnat 2030 samlade 34 kommuner till fyra framtidsworkshoppar, och "
                "kommunallagen gör framsyn till en fråga för fullmäktige."
            ),
            "body": [
                _h2("Kestävät kunnat 2030 – Hållbara kommuner 2030"),
                _p(
                    "<p>Våren 2021 gjorde USO-nätverket och ett kommunnätverk för hållbar kommunal ekonomi tillsammans "
                    "ett framsynsarbete med namnet Kestävät kunnat 2030 (Hållbara kommuner 2030). Med i arbetet var 34 "
                    "kommuner. Arbetet gjordes i fyra framtidsworkshoppar, där målen i FN:s handlingsprogram Agenda "
                    "2030 granskades ur ett ekologiskt, socialt och ekonomiskt perspektiv.</p>"
                ),
                _p(
                    "<p>Arbetet resulterade i fyra scenarier för en hållbar kommun samt utvecklingsvägar som beskriver "
                    "hur man kan hamna i de olika framtiderna. Resultaten presenteras i publikationen "
                    f"{PUBLICATION}. Scenarierna behandlas närmare i nästa lektion.</p>"
                ),
                _p(
                    "<p>Tidpunkten var träffande. Arbetet gjordes våren 2021, och de nya fullmäktige inledde sin "
                    "period 1.8.2021. Översynen av kommunstrategin hör vanligen till de nya fullmäktiges första stora "
                    "uppgifter, och i USO-nätverkets kommuner väntades strategiworkshopparna bli populära hösten 2021. "
                    "Resultaten av framsynsarbetet kunde alltså användas som grund för strategidiskussionerna.</p>"
                ),
                _h3("Hur en framtidsworkshop fungerar"),
                _p(
                    "<p>En framtidsworkshop är en allmänt använd metod för framsyn. I den brukar deltagarna "
                    "identifiera förändringskrafter som påverkar framtiden, beskriva alternativa framtider och fundera "
                    "på vilka handlingar som leder till den önskade framtiden och hur hotande utvecklingsförlopp kan "
                    "undvikas. Här beskrivs metoden allmänt, inte det detaljerade förloppet i workshopparna inom "
                    "Kestävät kunnat 2030.</p>"
                ),
                _p(
                    "<p>När flera kommuner arbetar med framsyn tillsammans ser de en bredare bild än var för sig. "
                    "Samma förändringar berör många kommuner, men deras konsekvenser varierar med kommunens storlek, "
                    "läge och befolkning. Det gemensamma arbetet hjälper till att se vad som är gemensamt och vad som är "
                    "utmärkande för den egna kommunen. I USO-nätverkets program ingick också utbildnings- och "
                    "kamratstödstillfällen för förtroendevalda.</p>"
                ),
                _h2("Varför framsyn hör till fullmäktige"),
                _p(
                    "<p>Framsyn kan låta som ett arbete för experter, men kommunallagen gör det till en fråga för "
                    "fullmäktige. Enligt 37 § ska kommunstrategin grunda sig på en bedömning av kommunens nuläge och av "
                    "kommande förändringar i omvärlden och deras konsekvenser för skötseln av kommunens uppgifter. "
                    "Strategin kan alltså inte byggas bara på siffrorna från tidigare år eller det pågående året.</p>"
                ),
                _p(
                    "<p>För hållbarheten är framsyn särskilt viktig, eftersom många förändringar som gäller "
                    "hållbarheten är långsamma men svåra att vända. Förändringar i befolkningsstrukturen, "
                    "klimatförändringen eller det gradvisa förfallet av kommunens byggnader syns knappt i ett års "
                    "budget, men de kan ändra kommunens möjligheter avsevärt på tio år. Framsyn hjälper till att "
                    "upptäcka sådana förändringar i tid, medan de ännu kan påverkas.</p>"
                ),
                _p(
                    "<p>Framsyn kräver ingen specialkunskap av fullmäktigeledamoten. Det räcker att ledamoten är beredd "
                    "att fråga vad ett beslut innebär om tio eller tjugo år och att lyssna också på obekväma svar. "
                    "Tjänsteinnehavarna har ofta tillgång till uppgifter om till exempel befolkningsprognoser och "
                    "byggnadernas skick, och dem lönar det sig att be om som stöd för strategiarbetet.</p>"
                ),
                _h2("Ett scenario är ingen prognos"),
                _p(
                    "<p>Ett scenario är en konsekvent beskrivning av en möjlig framtid. Det är varken en prognos över "
                    "vad som kommer att hända eller en plan för vad man borde göra. Scenarier vidgar tänkandet: de "
                    "hjälper till att se flera möjliga utvecklingsförlopp och att fråga hur kommunen skulle klara sig i "
                    "vart och ett. När det finns flera scenarier visar skillnaderna mellan dem vad man kan påverka med "
                    "sina egna val.</p>"
                ),
                _p(
                    "<p>I arbetet Kestävät kunnat 2030 kopplades utvecklingsvägar till scenarierna. En utvecklingsväg "
                    "beskriver genom vilka val och händelser kommunen kan hamna i en viss framtid. Det gör scenarierna "
                    "användbara i beslutsfattandet: när man vet vad som leder mot en önskad eller hotande framtid kan "
                    "man också känna igen de beslut som kan ändra riktningen.</p>"
                ),
                _key(
                    "Framsyn är strategins lagstadgade grund",
                    "<p>Enligt kommunallagen ska kommunstrategin grunda sig på en bedömning av kommande förändringar i "
                    "omvärlden. Scenarier är ett sätt att göra den bedömningen så att fullmäktige ser flera möjliga "
                    "framtider i stället för en enda prognos.</p>",
                ),
                _reflection(
                    "Vilken är enligt dig den största förändring som din kommun sannolikt möter under de kommande tio "
                    "åren, och hur syns den i den nuvarande kommunstrategin?",
                    "Tänk på förändringen i alla tre dimensionerna. Om förändringen inte alls syns i strategin kan den "
                    "vara ett bra ämne för nästa översyn av strategin.",
                ),
            ],
        },
        "skenaariot-unelmasta-uhkakuvaan": {
            "slug": "scenarierna-fran-drom-till-hotbild",
            "title": "Scenarierna: från dröm till hotbild",
            "summary": (
                "Framsynsarbetet gav fyra scenarier för en hållbar kommun. Lektionen berättar vad som är känt om "
                "dem, var deras innehåll finns och hur scenarier kan läsas."
            ),
            "body": [
                _h2("Fyra scenarier och vad som berättas om dem här"),
                _p(
                    "<p>Framsynsarbetet Kestävät kunnat 2030 gav fyra scenarier för en hållbar kommun och "
                    "utvecklingsvägar som hör till dem. I kursens källor har tre av scenarierna namn: den önskade "
                    "framtiden ”Vähähiiliset hyvinvointiverkostot”, hotbilden ”Yksinäisten kestämätön kunta” och "
                    "”Loittoneva kunta”. Det fjärde scenariets namn framgår inte av kursens källor. Beskrivningarna "
                    f"och utvecklingsvägarna för alla fyra scenarier finns i publikationen {PUBLICATION}.</p>"
                ),
                _p(
                    "<p><strong>Observera:</strong> den här lektionen beskriver inte scenariernas innehåll, eftersom "
                    "kursens författare inte har tillgång till scenariernas egentliga beskrivningar. Av ett scenarios "
                    "namn kan man inte sluta sig till vad det beskriver, så vi gissar inte. Läs scenarierna i "
                    "publikationen innan du använder dem i din kommun.</p>"
                ),
                _h2("Hur scenarierna kan läsas"),
                _p(
                    "<p>När du läser scenarierna i publikationen kan du gå igenom vart och ett med hjälp av tre "
                    "frågor, en för varje dimension av hållbarheten:</p>"
                    "<ul>"
                    "<li>Hur ser invånarnas vardag och välfärd ut i den här framtiden?</li>"
                    "<li>Hur håller kommunens ekonomi och tjänster?</li>"
                    "<li>Vad händer med utsläppen, naturen och livsmiljön?</li>"
                    "</ul>"
                    "<p>När man ställer samma frågor om alla fyra scenarier blir skillnaderna synliga. Samtidigt syns "
                    "vilka saker som ligger i kommunens egna händer och vilka som beror på faktorer utanför "
                    "kommunen.</p>"
                ),
                _p(
                    "<p>Hotbilden kan kännas dyster, men den är en av de nyttigaste delarna av scenarioarbetet. När "
                    "den hotande utvecklingen är beskriven är det lättare att känna igen de tidiga tecknen på den i den "
                    "egna kommunen och komma överens om vilka av dem man vill reagera på. Hotbilden är ingen "
                    "förutsägelse, utan en varning om vart man kan hamna om riktningen inte ändras.</p>"
                ),
                _h2("Utvecklingsvägarna: valen avgör riktningen"),
                _p(
                    "<p>Utöver scenarierna beskrev framsynsarbetet utvecklingsvägar. Med hjälp av dem kan man känna "
                    "igen vilka val som leder mot den önskade framtiden och vilka mot hotbilden. För en "
                    "fullmäktigeledamot är detta ett uppmuntrande budskap: framtiden är inte bestämd på förhand, och "
                    "besluten under den här fullmäktigeperioden påverkar vart kommunen är på väg. Samtidigt är det en "
                    "påminnelse om ansvaret, eftersom också att låta bli att besluta är ett val.</p>"
                ),
                _key(
                    "Läs scenarierna i källan",
                    "<p>Framsynsarbetet gav fyra scenarier. Deras innehåll finns i publikationen, inte i deras namn: "
                    "läs beskrivningarna innan du använder scenarierna som motivering för beslut, och behandla alla "
                    "fyra, inte bara den önskade framtiden och hotbilden.</p>",
                ),
                _reflection(
                    "Vilka tecken i din kommuns nuvarande utveckling leder mot den önskade framtiden och vilka mot "
                    "hotbilden, när du har läst deras beskrivningar?",
                    "Sök konkreta tecken i alla tre dimensionerna, till exempel i välfärdsberättelsen, de ekonomiska "
                    "nyckeltalen eller uppföljningen av kommunens klimatarbete. Anteckna också de tecken som pekar åt "
                    "olika håll.",
                ),
            ],
        },
        "skenaariot-strategiatyossa": {
            "slug": "scenarier-i-strategiarbetet",
            "title": "Scenarier i fullmäktiges strategiarbete",
            "summary": (
                "Hur fullmäktige kan använda scenarier för att ställa upp mål, testa strategin och rikta uppföljningen."
            ),
            "body": [
                _h2("Scenarier som verktyg i strategiarbetet"),
                _p(
                    "<p>Kommunstrategin ses över minst en gång per fullmäktigeperiod, och den ska grunda sig på en "
                    "bedömning av kommande förändringar. Scenarier passar bra för det arbetet. I USO-nätverkets "
                    "kommuner väntades introduktions- och utvecklingsseminarier för de nya fullmäktige samt "
                    "strategiworkshoppar bli de populäraste workshopparna hösten 2021. Just där är det naturligt att använda "
                    "scenarier.</p>"
                ),
                _p(
                    "<p>Scenarier kan användas på åtminstone tre sätt: för att ställa upp mål, för att testa strategin "
                    "och för att rikta uppföljningen. Färdiga scenarier, som scenarierna i arbetet Kestävät kunnat "
                    "2030, kan användas som sådana eller anpassas till förhållandena i den egna kommunen. En "
                    "anpassning som bygger på den egna kommunens uppgifter gör diskussionen mer konkret.</p>"
                ),
                _h3("1. Att ställa upp mål"),
                _p(
                    "<p>Fullmäktige kan diskutera vilken framtid som är önskvärd just i den här kommunen. Ett färdigt "
                    "scenario, som Vähähiiliset hyvinvointiverkostot, ger diskussionen en utgångspunkt, men varje "
                    "kommun måste själv definiera vad det betyder i den egna situationen. I en liten landsbygdskommun "
                    "ser koldioxidsnålhet och nätverk annorlunda ut än i en växande stad. I diskussionen lönar det sig "
                    "också att fråga vad kommunen kan göra själv och var den behöver partner, som grannkommuner, "
                    "organisationer eller företag.</p>"
                ),
                _h3("2. Att testa strategin"),
                _p(
                    "<p>När strategiutkastet är klart kan det testas genom att man frågar hur det skulle fungera i vart "
                    "och ett av scenarierna. Leder strategin mot den önskade framtiden? Skyddar den kommunen mot "
                    "hotbilden? Finns det något i strategin som fungerar bara i en enda framtid? Ett sådant test "
                    "avslöjar svaga punkter som annars skulle förbli obemärkta.</p>"
                ),
                _h3("3. Att rikta uppföljningen"),
                _p(
                    "<p>Utvecklingsvägarna kan användas som hjälp i uppföljningen. Om man vet vilka tecken som tyder på "
                    "en rörelse mot hotbilden kan de följas som mätare. Uppgifter om till exempel ensamhet, deltagande "
                    "eller tillgången till tjänster kan visa riktningen för den sociala hållbarheten redan innan "
                    "problemen syns i kommunens ekonomi. På motsvarande sätt kan till exempel utsläpps- eller "
                    "energidata visa riktningen för den ekologiska hållbarheten.</p>"
                ),
                _h2("Tillsammans med tjänsteinnehavarna"),
                _p(
                    "<p>Scenarioarbetet är ett naturligt tillfälle för ett fungerande dubbelt ledarskap. "
                    "Tjänsteinnehavarna bidrar med kunskap om förändringar i omvärlden och om läget i tjänsterna, de "
                    "förtroendevalda med värdevalen och invånarnas perspektiv. När båda är med i samma workshop uppstår "
                    "en gemensam uppfattning om vart kommunen är på väg och vart den vill gå. Kommunförbundet betonar "
                    "att de kommuner lyckas som leds strategiskt av den politiska och den professionella ledningen "
                    "tillsammans.</p>"
                ),
                _h2("Scenarierna blir inte gamla på hyllan"),
                _p(
                    "<p>Scenarierna är till mest nytta när man återvänder till dem. Budgetseminariet eller mitten av "
                    "fullmäktigeperioden är bra tillfällen att fråga om utvecklingen har gått mot den önskade framtiden "
                    "eller mot hotbilden och om något har hänt i omvärlden som scenarierna inte förutsåg. Lagen kräver "
                    "att strategin ses över minst en gång per fullmäktigeperiod, så vid behov kan den ses över oftare "
                    "än så.</p>"
                ),
                _case(
                    "Scenarier vid fullmäktigeseminariet",
                    "En liten landsbygdskommun (fiktiv)",
                    "<p>De nya fullmäktige inledde strategiarbetet med ett seminarium där också kommunstyrelsen och "
                    "ledningsgruppen deltog. Smågrupperna fick var sitt scenario och beskrev hur vardagen i kommunen "
                    "skulle se ut i den framtiden: vem som bor i kommunen, hur tjänsterna fungerar och hur kommunens "
                    "ekonomi håller. Till sist berättade grupperna vilka nuvarande beslut som leder mot respektive "
                    "framtid.</p>",
                    "<p>Övningen visade att den åldrande befolkningen och den glesa bosättningen gjorde ensamheten till "
                    "en verklig risk i kommunen. I strategin skrevs ett mål om att stärka byarnas mötesplatser och "
                    "samarbetet med organisationerna samt en mätare för att följa saken. Övningen skapade också ett "
                    "gemensamt språk som fullmäktigeledamöterna och tjänsteinnehavarna kan använda under hela "
                    "perioden.</p>",
                    FICTIONAL_SHORT,
                ),
                _key(
                    "Scenariet hjälper till att ställa rätt frågor",
                    "<p>Scenarier säger inte vad som kommer att hända. De hjälper fullmäktige att ställa upp mål, testa "
                    "strategin och välja mätare som visar riktningen i tid.</p>",
                ),
                _checklist(
                    "Scenarier i strategiarbetet – minneslista",
                    [
                        "Fullmäktige har diskuterat vilken framtid som är önskvärd och vilken som är hotande för "
                        "kommunen.",
                        "Beskrivningen av den önskade framtiden omfattar social, ekonomisk och ekologisk hållbarhet.",
                        "Strategiutkastet har testats mot flera scenarier.",
                        "I strategin har man valt mätare som i tid visar om utvecklingen går mot hotbilden.",
                        "Förtroendevalda och tjänsteinnehavare har arbetat med scenarierna tillsammans.",
                        "Man har kommit överens om när man återvänder till scenarierna under fullmäktigeperioden.",
                    ],
                ),
            ],
        },
    },
}
