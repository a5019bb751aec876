"""Introduktion för fullmäktigeperioden 2021–2025: Swedish (Finland Swedish) translation of orientation_2021.

Covers the course-level texts and the module "kaksoisjohtaminen" (dual leadership) only. Modules and lessons are
keyed by their Finnish slugs, and every lesson body maps block by block onto the Finnish lesson. Terms and the one
quotation of the law follow the official Swedish text of kommunallagen (410/2015) and its amendment 419/2021.
"""


def _h2(text):
    return ("heading", {"text": text, "level": "h2"})


def _p(html):
    return ("paragraph", html)


def _key(title, html):
    return ("key_point", {"title": title, "text": html})


def _case(title, municipality, situation, lesson, source):
    return (
        "case",
        {"title": title, "municipality": municipality, "situation": situation, "lesson": lesson, "source": source},
    )


def _reflection(question, guidance):
    return ("reflection", {"question": question, "guidance": guidance})


def _checklist(title, items):
    return ("checklist", {"title": title, "items": items})


FICTIONAL = "Fiktivt exempel som beskriver en typisk situation. Bygger inte på någon enskild kommun."


# ---------------------------------------------------------------------------------------------------------
# Modul 1: Dubbelt ledarskap (kaksoisjohtaminen)
# ---------------------------------------------------------------------------------------------------------

LESSON_1_1 = {
    "slug": "vad-ar-dubbelt-ledarskap",
    "title": "Vad innebär dubbelt ledarskap?",
    "summary": "Du lär dig hur det politiska och det professionella ledarskapet fördelas i kommunen och varför båda behövs.",
    "body": [
        _h2("Två slags ledarskap, en kommun"),
        _p(
            "<p>Kommunen leds av två grupper tillsammans: förtroendevalda som har utsetts genom val och "
            "tjänsteinnehavare som är anställda av kommunen. De förtroendevalda står för det <strong>politiska "
            "ledarskapet</strong>. De får sitt mandat av kommuninvånarna i val och beslutar i vilken riktning kommunen "
            "ska gå. Tjänsteinnehavarna står för det <strong>professionella ledarskapet</strong>. De bidrar med "
            "sakkunskap till beslutsfattandet, bereder ärendena och ser till att besluten verkställs.</p>"
        ),
        _p(
            "<p>Inom forskningen kallas upplägget ett dualistiskt ledningssystem, i vardagligt tal dubbelt "
            "ledarskap (på finska kaksoisjohtaminen). Kommunförbundet beskriver det så att kommunens "
            "ledningsuppgifter fördelas mellan de förtroendevalda och den professionella ledningen. Enligt "
            "Kommunförbundet lyckas de kommuner som leds av förtroendevalda och tjänsteinnehavare tillsammans och "
            "strategiskt. Det förutsätter att båda sidor har en gemensam uppfattning om vem som har vilken roll och "
            "vilka uppgifter.</p>"
        ),
        _h2("Vad lagen säger om ledningen"),
        _p("<p>Grunden för det dubbla ledarskapet finns i 38 § i kommunallagen. Paragrafens första moment lyder:</p>"),
        _p(
            "<p><em>”Kommunens verksamhet leds i enlighet med den kommunstrategi som fullmäktige godkänt.”</em> "
            "(kommunallagen 38 § 1 mom.)</p>"
        ),
        _p(
            "<p>Enligt samma paragraf leder kommunstyrelsen kommunens verksamhet, förvaltning och ekonomi. "
            "Kommundirektören, som är underställd kommunstyrelsen, leder kommunens förvaltning, skötseln av "
            "kommunens ekonomi och kommunens övriga verksamhet. Fullmäktige kan också besluta att kommunen leds av "
            "en borgmästare i stället för en kommundirektör.</p>"
            "<p>Lagen kopplar alltså ihop båda sidorna i samma kedja. Fullmäktige beslutar om strategin, "
            "kommunstyrelsen leder kommunen i enlighet med den, och kommundirektören leder organisationen under "
            "kommunstyrelsen. Ingen leder ensam, och ingen ska leda förbi strategin.</p>"
        ),
        _h2("Vem gör vad?"),
        _p(
            "<p>I praktiken ser arbetsfördelningen ofta ut så här:</p>"
            "<ul>"
            "<li><strong>De förtroendevalda</strong> ställer upp mål, gör värdeval, beslutar hur resurserna ska "
            "fördelas och följer upp att besluten genomförs. De för in kommuninvånarnas synpunkter i "
            "beslutsfattandet.</li>"
            "<li><strong>Tjänsteinnehavarna</strong> tar fram information, bedömer alternativen och deras "
            "konsekvenser, bereder beslutsförslagen, verkställer besluten och leder personalen och tjänsterna.</li>"
            "</ul>"
        ),
        _p(
            "<p>Gränsen är inte skarp. God beredning är aldrig helt fri från värderingar, och ett bra politiskt "
            "beslut behöver kunskap. Därför handlar dubbelt ledarskap inte om vattentäta skott utan om samspel. "
            "Det viktiga är att alla vet vem som har sista ordet i vilket skede.</p>"
            "<p>Båda sidor bär ansvar. En tjänsteinnehavare som är föredragande ansvarar för ett beslut som fattats "
            "på hans eller hennes föredragning, om han eller hon inte har anmält avvikande mening (106 §). Också en "
            "förtroendevald sköter sitt uppdrag under tjänsteansvar (85 §). Ett förtroendeuppdrag handlar alltså inte "
            "bara om att framföra åsikter. Det är ett offentligt uppdrag som är förenat med juridiskt ansvar.</p>"
        ),
        _p(
            "<p><strong>Ett exempel ur vardagen.</strong> Kommunen planerar ett nytt daghem. Tjänsteinnehavarna "
            "utreder hur antalet barn utvecklas, vilka placeringar som är möjliga och vad alternativen kostar. De "
            "förtroendevalda väger vilken lösning som bäst tjänar kommuninvånarna och hur den passar in i "
            "strategin. Fullmäktige beslutar om anslaget för investeringen i budgeten. Om övriga frågor beslutar det "
            "organ eller den tjänsteinnehavare som har fått beslutanderätten i förvaltningsstadgan. Tjänsteinnehavarna "
            "sköter byggandet och starten av verksamheten, och de förtroendevalda följer upp att beslutet "
            "genomförs.</p>"
        ),
        _key(
            "Kom ihåg",
            "<p>Dubbelt ledarskap innebär att det politiska och det professionella ledarskapet arbetar tillsammans "
            "utifrån samma kommunstrategi. De förtroendevalda beslutar om riktningen. Tjänsteinnehavarna bidrar med "
            "sakkunskap och verkställer besluten. Ingen av sidorna lyckas utan den andra.</p>",
        ),
        _h2("Därför lönar det sig att komma överens om rollerna från början"),
        _p(
            "<p>En ny fullmäktigeperiod för nya människor till bordet. En del av de förtroendevalda är med för "
            "första gången, och också tjänsteinnehavarna ska lära känna nya beslutsfattare. Missförstånd uppstår "
            "lättast när ingen har sagt högt hur man ska arbeta tillsammans. Därför lönar det sig att gå igenom "
            "rollerna genast i början av perioden och inte först efter den första konflikten.</p>"
            "<p>USO-nätverket har lyft fram ett fungerande dubbelt ledarskap som ett av sina teman för 2021–2022, "
            "vid sidan av hållbart och strategiskt ledarskap. I de följande lektionerna går vi igenom hur "
            "kommunstrategin, kommunstyrelsen och kommundirektören samt förtroendet i vardagen hänger ihop med den "
            "här helheten.</p>"
        ),
        _reflection(
            "I vilken fråga tycker du att gränsen mellan det politiska och det professionella ledarskapet är mest "
            "oklar i din kommun?",
            "Tänk på en fråga som har varit aktuell på sistone, till exempel servicenätet eller en stor investering. "
            "Vem gjorde värdevalen, och vem tog fram informationen och alternativen? Om du är ny kan du fråga en mer "
            "erfaren fullmäktigeledamot eller kommundirektören hur de ser på saken.",
        ),
    ],
}

LESSON_1_2 = {
    "slug": "kommunstrategin-som-gemensamt-verktyg",
    "title": "Kommunstrategin som gemensamt verktyg",
    "summary": (
        "Du lär dig vad kommunstrategin enligt lagen ska ta hänsyn till och hur strategin styr arbetet för både "
        "förtroendevalda och tjänsteinnehavare."
    ),
    "body": [
        _h2("Strategin är fullmäktiges viktigaste ledningsverktyg"),
        _p(
            "<p>Fullmäktige beslutar om kommunstrategin (14 § i kommunallagen). I strategin beslutar fullmäktige om "
            "de långsiktiga målen för kommunens verksamhet och ekonomi (37 §). Eftersom kommunen enligt 38 § ska "
            "ledas i enlighet med kommunstrategin, är det i strategin som det politiska och det professionella "
            "ledarskapet möts. De förtroendevalda beslutar om strategins innehåll, och tjänsteinnehavarna omsätter "
            "den i praktiken i tjänsterna, i ekonomiplaneringen och i vardagens beslut.</p>"
        ),
        _h2("Vad strategin ska ta hänsyn till"),
        _p(
            "<p>Enligt 37 § i kommunallagen ska kommunstrategin ta hänsyn till</p>"
            "<ul>"
            "<li>främjandet av kommuninvånarnas välfärd</li>"
            "<li>ordnandet och produktionen av tjänster</li>"
            "<li>de mål för tjänsterna som sätts upp i lagar som gäller kommunernas uppgifter</li>"
            "<li>ägarpolitiken</li>"
            "<li>personalpolitiken</li>"
            "<li>kommuninvånarnas möjligheter att delta och påverka</li>"
            "<li>utvecklandet av livsmiljöns och områdets livskraft.</li>"
            "</ul>"
        ),
        _p(
            "<p>Strategin ska grunda sig på en bedömning av nuläget i kommunen och av framtida förändringar i "
            "omvärlden och deras konsekvenser. I strategin ska det också anges hur genomförandet av den utvärderas "
            "och följs upp. Strategin ses över åtminstone en gång under fullmäktiges mandattid.</p>"
            "<p>Strategin blir inte bara ett papper, eftersom lagen kopplar den till ekonomin. Budgeten och "
            "ekonomiplanen ska göras upp så att kommunstrategin genomförs (110 §). Varje budgetdebatt är alltså "
            "också en strategidebatt.</p>"
        ),
        _h2("Vem gör vad i strategiarbetet?"),
        _p(
            "<p>En bra strategiprocess är en övning i dubbelt ledarskap. Tjänsteinnehavarna sammanställer en "
            "lägesbild, till exempel om hur befolkningen och ekonomin utvecklas, vilka tjänster som behövs och hur "
            "personalsituationen ser ut. De förtroendevalda diskuterar vad lägesbilden betyder och vilka frågor som "
            "är viktigast. Kommunstyrelsen leder beredningen och lägger fram strategin för fullmäktige, som beslutar "
            "om den. Därefter omsätter tjänsteinnehavarna strategin i åtgärder och mätare, och de förtroendevalda "
            "följer upp hur de genomförs.</p>"
            "<p>Det lönar sig också att ta med kommuninvånarna. Strategin ska ta hänsyn till invånarnas möjligheter "
            "att delta och påverka, och invånarna kan höras redan när strategin utarbetas, till exempel genom "
            "enkäter eller invånarmöten.</p>"
            "<p>Fullmäktigeperioden 2021–2025 är kortare än vanligt. Om strategin ses över först mitt i perioden "
            "blir det lite tid kvar att genomföra den. I USO-nätverkets kommuner väntas introduktions- och "
            "utvecklingsseminarier för de nya fullmäktige samt strategiworkshoppar bli de populäraste "
            "workshopparna hösten 2021.</p>"
        ),
        _h2("Hållbarheten in i strategins kärna"),
        _p(
            "<p>Enligt 1 § i kommunallagen ska kommunen främja sina invånares välfärd och sitt områdes livskraft "
            "samt ordna tjänsterna på ett ekonomiskt, socialt och miljömässigt hållbart sätt. Temat för "
            "USO-nätverkets omgång 2021–2022 är hållbart kommunalt ledarskap: att göra social, ekonomisk och "
            "ekologisk hållbarhet till en del av kommunens strategiska ledning och vardagliga arbete.</p>"
            "<p>I framsynsarbetet Kestävät kunnat 2030 (Hållbara kommuner 2030) våren 2021 tog 34 kommuner i fyra "
            "framtidsworkshoppar fram fyra scenarier för en hållbar kommun. Det mest önskvärda scenariot fick namnet "
            "”Vähähiiliset hyvinvointiverkostot” (ungefär koldioxidsnåla välfärdsnätverk). Som hotbild lyftes "
            "”Yksinäisten kestämätön kunta” fram (ungefär de ensammas ohållbara kommun). Scenarierna passar bra som "
            "underlag för en strategidiskussion: vart är vår kommun på väg, och vart vill vi att den ska gå? "
            "Resultaten har sammanställts i den finskspråkiga publikationen <em>Kestävä kehitys kunnissa – "
            "Lähtölaskenta uhkakuvasta unelmaan</em>.</p>"
        ),
        _h2("Strategin i vardagens beslut"),
        _p(
            "<p>Strategin är inte bara ett dokument som behandlas en gång per period. Den är en måttstock för varje "
            "beslut. När du läser föredragningslistan kan du fråga: hur främjar det här förslaget strategins mål, och "
            "strider det mot något av målen? Tjänsteinnehavarna kan göra det lättare genom att i beslutsförslaget ange "
            "vilket av strategins mål ärendet hänger ihop med. På så sätt blir strategin ett gemensamt språk för "
            "förtroendevalda och tjänsteinnehavare.</p>"
        ),
        _key(
            "Strategin är en gemensam överenskommelse",
            "<p>Kommunstrategin är ett beslut av fullmäktige, men den fungerar bara om både förtroendevalda och "
            "tjänsteinnehavare ser den som sin. Strategin styr budgeten (110 §), och den ses över åtminstone en gång "
            "under fullmäktiges mandattid (37 §).</p>",
        ),
        _checklist(
            "Snabbtest av strategin i din kommun",
            [
                "Jag vet var kommunens gällande strategi finns. Den ska finnas tillgänglig på nätet (109 §).",
                "Jag kan nämna strategins tre viktigaste mål.",
                "Jag vet när och hur strategin ses över under den här fullmäktigeperioden.",
                "Jag vet med vilka mätare genomförandet av strategin följs upp och när fullmäktige får information om dem.",
                "Jag har tittat på hur strategins mål syns i budgeten och ekonomiplanen.",
                "Jag vet hur jag själv kan föra in synpunkter som jag har hört från kommuninvånarna i strategidiskussionen.",
                "Jag vet hur social, ekonomisk och ekologisk hållbarhet syns i strategin.",
            ],
        ),
    ],
}

LESSON_1_3 = {
    "slug": "kommunstyrelsen-ordforanden-och-kommundirektoren",
    "title": "Kommunstyrelsen, dess ordförande och kommundirektören eller borgmästaren",
    "summary": (
        "Du lär dig hur kommunstyrelsen, dess ordförande och kommundirektören eller borgmästaren fördelar "
        "ledningsuppgifterna mellan sig och vad ett direktörsavtal är."
    ),
    "body": [
        _h2("Kommunstyrelsen leder"),
        _p(
            "<p>Kommunstyrelsen är navet i ledningen av kommunen. Enligt 38 § i kommunallagen leder den kommunens "
            "verksamhet, förvaltning och ekonomi. I 39 § föreskrivs sju uppgifter för kommunstyrelsen. "
            "Kommunstyrelsen ska:</p>"
            "<ul>"
            "<li>svara för kommunens förvaltning och skötseln av kommunens ekonomi</li>"
            "<li>svara för beredningen och verkställigheten av fullmäktiges beslut och för tillsynen över "
            "beslutens laglighet</li>"
            "<li>bevaka kommunens intresse och, om inte något annat anges i förvaltningsstadgan, företräda kommunen "
            "och föra kommunens talan</li>"
            "<li>företräda kommunen som arbetsgivare och svara för kommunens personalpolitik</li>"
            "<li>svara för samordningen av kommunens verksamhet</li>"
            "<li>svara för ägarstyrningen i kommunens verksamhet</li>"
            "<li>sörja för kommunens interna kontroll och ordnandet av riskhanteringen.</li>"
            "</ul>"
            "<p>Kommunstyrelsen står alltså mellan fullmäktige och tjänstemannaorganisationen. Om kommunstyrelsen "
            "anser att ett beslut av fullmäktige strider mot lag, ska den vägra att verkställa beslutet och utan "
            "dröjsmål lägga fram ärendet för fullmäktige på nytt (96 §).</p>"
        ),
        _h2("Ordföranden leder den politiska samverkan"),
        _p(
            "<p>Kommunstyrelsens ordförande leder den politiska samverkan som krävs för att kommunstyrelsen ska kunna "
            "sköta sina uppgifter (40 §). Ordförandens övriga uppgifter anges i kommunens förvaltningsstadga. I "
            "praktiken är ordföranden kommundirektörens viktigaste samarbetspartner på de förtroendevaldas sida.</p>"
            "<p>Också fullmäktiges ordförande och vice ordförande har rätt att närvara och yttra sig vid "
            "kommunstyrelsens sammanträden (18 §). På så sätt vet fullmäktiges presidium vad som bereds för "
            "fullmäktige.</p>"
        ),
        _h2("Kommundirektören eller borgmästaren"),
        _p(
            "<p>Kommundirektören väljs av fullmäktige, antingen tills vidare eller för viss tid, och står i "
            "tjänsteförhållande till kommunen (41 §). Kommundirektören leder under kommunstyrelsen förvaltningen, "
            "skötseln av ekonomin och den övriga verksamheten. Kommundirektören står i spetsen för det professionella "
            "ledarskapet och svarar för att tjänstemannaorganisationen genomför strategin. Kommundirektören har rätt "
            "att föra kommunstyrelsens talan och att få upplysningar av kommunens myndigheter och ta del av deras "
            "handlingar, om inte något annat följer av sekretessbestämmelserna. Kommunstyrelsen och kommundirektören "
            "hör också till kommunens koncernledning, som svarar för genomförandet av ägarstyrningen i "
            "kommunkoncernen, om inte något annat bestäms i förvaltningsstadgan (48 §).</p>"
            "<p>Fullmäktige kan också besluta att kommunen leds av en borgmästare (38 och 44 §). Borgmästaren är "
            "förtroendevald och ordförande för kommunstyrelsen. Fullmäktige väljer borgmästaren för högst "
            "fullmäktiges mandattid. I borgmästarmodellen har det politiska ledarskapet en starkare ställning, men det "
            "dubbla ledarskapet försvinner inte: tjänsteinnehavarna bereder och verkställer fortfarande besluten.</p>"
        ),
        _h2("Direktörsavtalet klargör arbetsfördelningen"),
        _p(
            "<p>Kommunen och kommundirektören ska ingå ett direktörsavtal, där de kommer överens om förutsättningarna "
            "för ledningen av kommunen (42 §). I avtalet kan man också bestämma hur kommundirektören och "
            "kommunstyrelsens ordförande fördelar arbetet med att leda kommunen, med beaktande av det som anges i "
            "förvaltningsstadgan. Avtalet kan dessutom innehålla ett förfarande för hur meningsskiljaktigheter som "
            "gäller skötseln av kommundirektörens tjänst ska lösas.</p>"
            "<p>Ändringen av kommunallagen (419/2021) trädde i kraft den 26 maj 2021. Sedan dess godkänns "
            "direktörsavtalet av kommunstyrelsen. Början av en ny fullmäktigeperiod är ett bra tillfälle att gå "
            "igenom avtalet: motsvarar det den nya kommunstyrelsens och dess ordförandes syn på samarbetet?</p>"
        ),
        _key(
            "Tre i samverkan",
            "<p>Kommunstyrelsen leder, dess ordförande leder den politiska samverkan och kommundirektören leder "
            "organisationen under kommunstyrelsen. Direktörsavtalet är verktyget med vilket de tre kommer överens om "
            "arbetsfördelningen.</p>",
        ),
        _case(
            "Ny ordförande, erfaren kommundirektör",
            "Liten landsbygdskommun (fiktiv)",
            "<p>Kommunstyrelsens nya ordförande tillträdde i augusti 2021. Kommundirektören hade då haft tjänsten i "
            "sex år, och direktörsavtalet hade ingåtts under den föregående ordförandens tid. Under de första veckorna "
            "fick ordföranden höra om viktiga beredningar först när föredragningslistan kom. Kommundirektören å sin "
            "sida fick läsa i lokaltidningen om ordförandens ställningstaganden, som de inte hade pratat om "
            "tillsammans.</p>",
            "<p>Ingen av dem gjorde fel, men det fanns inga gemensamma spelregler. Ordföranden och kommundirektören "
            "kom överens om att träffas varje vecka och gick igenom direktörsavtalet. De skrev in hur ordföranden får "
            "information om beredningen och hur man svarar medierna. Kommunstyrelsen godkände det uppdaterade avtalet "
            "under hösten. Det lönar sig att säga arbetsfördelningen högt genast i början av perioden.</p>",
            FICTIONAL,
        ),
        _reflection(
            "Vad har man i din kommun kommit överens om när det gäller arbetsfördelningen mellan kommundirektören "
            "och kommunstyrelsens ordförande, och var kan man läsa om det?",
            "Ta reda på vilka uppgifter kommunstyrelsens ordförande har enligt kommunens förvaltningsstadga. Fråga "
            "när direktörsavtalet senast gicks igenom och om den nya kommunstyrelsen har behandlat det.",
        ),
    ],
}

LESSON_1_4 = {
    "slug": "fortroende-byggs-i-vardagen",
    "title": "Förtroende byggs i vardagen",
    "summary": (
        "Du lär dig praktiska sätt för förtroendevalda och tjänsteinnehavare att bygga upp ett ömsesidigt "
        "förtroende under fullmäktigeperioden."
    ),
    "body": [
        _h2("Förtroendet håller det dubbla ledarskapet igång"),
        _p(
            "<p>Lagen anger vem som beslutar och vem som bereder. Den säger ingenting om hur människor ska komma "
            "överens med varandra. Dubbelt ledarskap fungerar bara om de förtroendevalda kan lita på att beredningen "
            "är öppen och opartisk. Tjänsteinnehavarna å sin sida måste kunna lita på att man lyssnar på deras "
            "sakkunskap och behandlar dem rättvist.</p>"
            "<p>Förtroende uppstår genom små handlingar: löften som hålls, information som delas i tid och sättet "
            "att hantera meningsskiljaktigheter. Det nöts också ner av små saker, som överraskningar, prat bakom "
            "ryggen eller att ansvaret för problem skjuts över på den andra sidan.</p>"
        ),
        _h2("Vad du kan göra som förtroendevald"),
        _p(
            "<ul>"
            "<li><strong>Fråga i god tid.</strong> Om det finns ett ärende på föredragningslistan som du inte förstår, "
            "fråga beredaren före sammanträdet. Det är effektivare och mer rättvist än att överraska med frågor på "
            "sammanträdet.</li>"
            "<li><strong>Kritisera förslaget, inte personen.</strong> En tjänsteinnehavare kan inte delta i en "
            "offentlig debatt på samma sätt som en politiker. Om du är av annan åsikt, lägg fram ett motförslag och "
            "motivera det.</li>"
            "<li><strong>Respektera beredningens självständighet.</strong> Du kan framföra din politiska syn, men "
            "föredraganden ansvarar för beslut som fattas på hans eller hennes föredragning (106 §). Därför måste "
            "föredraganden kunna lägga fram sitt förslag enligt egen prövning.</li>"
            "<li><strong>Stå bakom gemensamma beslut.</strong> När ett ärende är avgjort hör genomförandet till "
            "tjänsteinnehavarna, även om du själv röstade annorlunda.</li>"
            "</ul>"
        ),
        _h2("Vad du kan göra som tjänsteinnehavare"),
        _p(
            "<ul>"
            "<li><strong>Visa alternativen.</strong> När beslutsförslaget också redovisar de alternativ som har "
            "övervägts och deras konsekvenser kan de förtroendevalda göra ett verkligt val.</li>"
            "<li><strong>Berätta om obekväma saker i tid.</strong> Avvikelser i ekonomin, förseningar och risker är "
            "lättare att hantera när de inte kommer som en överraskning.</li>"
            "<li><strong>Behandla alla grupper lika.</strong> Samma information ska gå till alla förtroendevalda, inte "
            "bara till den största gruppen eller till presidiet.</li>"
            "<li><strong>Skriv klart och tydligt.</strong> Enligt 29 § i kommunallagen ska kommunen använda ett "
            "klart och begripligt språk i sin kommunikation. En tydlig text i föredragningslistan tjänar både "
            "beslutsfattarna och kommuninvånarna.</li>"
            "</ul>"
        ),
        _key(
            "Inga överraskningar",
            "<p>En bra tumregel för båda sidor: ingen ska behöva höra om en viktig fråga för första gången i "
            "tidningen, i sociala medier eller mitt under ett sammanträde. Redan den här principen förebygger många "
            "onödiga konflikter.</p>",
        ),
        _case(
            "Ett kritiskt inlägg i sociala medier",
            "Medelstor stad (fiktiv)",
            "<p>En fullmäktigeledamot skrev i sociala medier att en namngiven sektorchef hade undanhållit uppgifter "
            "om servicenätets kostnader för nämnden. Tjänsteinnehavaren kunde inte svara offentligt i samma ton, och "
            "diskussionen blev allt hetsigare. Kommunstyrelsens ordförande och kommundirektören bjöd in "
            "fullmäktigeledamoten och sektorchefen till samma bord. Det visade sig att siffrorna hade funnits i en "
            "bilaga till föredragningslistan, men att de var svåra att hitta.</p>",
            "<p>Fullmäktigeledamoten rättade sitt inlägg. Inom sektorn kom man överens om att de viktigaste "
            "siffrorna i fortsättningen samlas i början av föredragningstexten. Kritiken träffade ett verkligt "
            "problem, men fel person. När saken togs upp direkt fick båda parter något ut av det, och beredningen "
            "blev bättre.</p>",
            FICTIONAL,
        ),
        _h2("När förtroendet sviktar"),
        _p(
            "<p>Meningsskiljaktigheter hör till politiken och är inget att vara rädd för. Problemet uppstår när "
            "oenighet i sak övergår i misstro mot en person. Då lönar det sig att gå tillbaka till de gemensamma "
            "spelreglerna och tala öppet: kommunstyrelsens ordförande och kommundirektören med varandra, "
            "fullmäktigegruppernas ordförande med varandra.</p>"
            "<p>Lagen innehåller också tunga medel. Fullmäktige kan under pågående mandattid återkalla uppdragen för "
            "de ledamöter som fullmäktige har valt till ett organ, om de inte har fullmäktiges förtroende (34 §). "
            "Beslutet gäller då alla förtroendevalda i organet. Fullmäktige kan också säga upp kommundirektören, om "
            "han eller hon har förlorat fullmäktiges förtroende (43 §). För uppsägning krävs att två tredjedelar av "
            "alla fullmäktigeledamöter understöder beslutet. Detta är dock sista utvägar. När man tvingas ta till dem "
            "har samarbetet i regel brustit långt tidigare.</p>"
        ),
        _checklist(
            "Checklista för den som bygger förtroende",
            [
                "Jag känner kommundirektören och föredraganden i mitt eget organ och vet hur jag når dem.",
                "Jag läser föredragningslistan i god tid och frågar om oklarheter före sammanträdet.",
                "Jag kritiserar ärenden och beslutsförslag, inte enskilda tjänsteinnehavare.",
                "Jag berättar om mina nya ställningstaganden först i de gemensamma forumen och inte först i medierna.",
                "Jag accepterar att föredraganden lägger fram sitt förslag enligt egen prövning.",
                "Jag tar upp konflikter direkt och i god tid.",
            ],
        ),
    ],
}


# ---------------------------------------------------------------------------------------------------------
# Kursen
# ---------------------------------------------------------------------------------------------------------

COURSE_SV = {
    "slug": "introduktion-for-fullmaktige-2021-2025",
    "title": "Introduktion för fullmäktigeperioden 2021–2025",
    "summary": (
        "Introduktion för nya fullmäktigeledamöter, andra förtroendevalda och tjänsteinnehavare efter "
        "kommunalvalet i juni 2021: dubbelt ledarskap, roller och god praxis för samarbetet utifrån kommunallagen. "
        "Kursen ingår i USO-nätverkets introduktion hösten 2021."
    ),
    "learning_objectives": (
        "<p>Efter kursen</p>"
        "<ul>"
        "<li>kan du förklara vad dubbelt ledarskap innebär och hur kommunstrategin styr arbetet för både "
        "förtroendevalda och tjänsteinnehavare</li>"
        "<li>känner du till vilka uppgifter fullmäktige, kommunstyrelsen, kommunstyrelsens ordförande och "
        "kommundirektören eller borgmästaren har enligt kommunallagen</li>"
        "<li>vet du vad kommunallagen kräver av en förtroendevald och hur du använder din rätt att få "
        "upplysningar</li>"
        "<li>kan du avgöra när du ska lämna en redogörelse för dina bindningar och när du kan vara jävig</li>"
        "<li>kan du tillämpa god praxis i beredningen, vid sammanträden, vid elektroniska sammanträden och i "
        "informationsflödet</li>"
        "<li>kan du föreslå gemensamma spelregler och sätt att utvärdera samarbetet under fullmäktigeperioden.</li>"
        "</ul>"
    ),
    "intro": [
        _h2("Vem kursen är avsedd för"),
        _p(
            "<p>Kursen är avsedd för de fullmäktigeledamöter och ersättare som valdes i kommunalvalet den 13 juni "
            "2021 och för dem som i augusti 2021 valdes till kommunstyrelsen, revisionsnämnden och andra nämnder. "
            "Den passar också kommundirektörer, borgmästare och andra tjänsteinnehavare som bereder ärenden och "
            "arbetar tillsammans med förtroendevalda. I kommunalvalet 2021 valdes 8 859 fullmäktigeledamöter.</p>"
            "<p>Kommunallagen (410/2015) tillämpas i de 293 kommunerna i Fastlandsfinland. De 16 kommunerna på Åland "
            "har en egen kommunallag, och därför gäller kursens hänvisningar till lagen inte dem.</p>"
        ),
        _h2("En kortare fullmäktigeperiod än vanligt"),
        _p(
            "<p>Enligt 15 § i kommunallagen är fullmäktiges mandattid fyra år, och den börjar vid ingången av juni "
            "valåret. År 2021 blev det annorlunda. På grund av coronaepidemin flyttades kommunalvalet från april "
            "till juni genom lag 256/2021. Enligt samma lag började de nya fullmäktiges mandattid den 1 augusti 2021, "
            "och den pågår till utgången av maj 2025. De föregående fullmäktige satt kvar till utgången av juli "
            "2021.</p>"
            "<p>Perioden är alltså cirka tre år och tio månader. Periodens slut ändrades inte, så nästa fullmäktige "
            "inleder sitt arbete som vanligt i juni 2025. Den kortare tiden innebär att det lönar sig att ta itu med "
            "introduktionen, strategiarbetet och de gemensamma spelreglerna redan hösten 2021.</p>"
        ),
        _h2("En del av USO-nätverkets introduktion hösten 2021"),
        _p(
            "<p>Kursen ingår i USO-nätverkets introduktion hösten 2021. Nätverket drivs av Kommunförbundet, FCG "
            "Finnish Consulting Group och miljöministeriets program Hållbar stad. Omgången 2021–2022 är nätverkets "
            "sjätte, och temat är hållbart kommunalt ledarskap: att göra social, ekonomisk och ekologisk hållbarhet "
            "till en del av kommunens strategiska ledning och vardagliga arbete. Ett av omgångens teman är ett "
            "fungerande dubbelt ledarskap, och det är vad den här kursen handlar om.</p>"
        ),
        _h2("Så här studerar du"),
        _p(
            "<p>Kursen består av tre moduler och tretton korta lektioner. En lektion tar cirka 8–15 minuter, så du "
            "hinner läsa den i telefonen till exempel på väg till ett sammanträde. Markera lektionen som klar när du "
            "har läst den. Då ser du vad du har kvar.</p>"
            "<p>Varje lektion avslutas med en reflektionsfråga eller en checklista. Det lönar sig att gå igenom dem "
            "också tillsammans, till exempel i fullmäktigegruppen eller vid kommunens egen introduktion. Kursens "
            "uppgifter beskriver lagstiftningen vid början av fullmäktigeperioden hösten 2021.</p>"
        ),
        _key(
            "Kursens viktigaste tanke",
            "<p>Kommunen lyckas när förtroendevalda och tjänsteinnehavare leder den tillsammans i riktning mot samma "
            "strategi och känner till varandras roller.</p>",
        ),
    ],
    "modules": {
        "kaksoisjohtaminen": {
            "slug": "dubbelt-ledarskap",
            "title": "Dubbelt ledarskap: förtroendevalda och tjänsteinnehavare leder tillsammans",
            "summary": (
                "I kommunen arbetar det politiska och det professionella ledarskapet tillsammans utifrån samma "
                "kommunstrategi. I modulen lär du dig vad detta innebär enligt lagen och i vardagen."
            ),
            "intro": [
                _p(
                    "<p>En finländsk kommun leds gemensamt av förtroendevalda som har utsetts genom val och av "
                    "kommunens tjänsteinnehavare. I den här modulen går vi igenom vad dubbelt ledarskap innebär, hur "
                    "kommunstrategin styr båda sidorna i samma riktning, hur kommunstyrelsen, dess ordförande och "
                    "kommundirektören eller borgmästaren fördelar uppgifterna mellan sig och hur förtroende byggs upp i "
                    "vardagen.</p>"
                ),
                _key(
                    "Modulens kärna",
                    "<p>”Kommunens verksamhet leds i enlighet med den kommunstrategi som fullmäktige godkänt.” "
                    "(kommunallagen 38 § 1 mom.)</p>",
                ),
            ],
            "lessons": {
                "mita-kaksoisjohtaminen-tarkoittaa": LESSON_1_1,
                "kuntastrategia-yhteisena-tyokaluna": LESSON_1_2,
                "kunnanhallitus-puheenjohtaja-ja-kunnanjohtaja": LESSON_1_3,
                "luottamus-rakennetaan-arjessa": LESSON_1_4,
            },
        },
    },
}
