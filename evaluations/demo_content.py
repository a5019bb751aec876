"""The demo survey on dual leadership and cooperation, in Finnish and Swedish, as a municipal development
consultant would write it for a council's workshop, and the open answers its demo rounds use."""

SURVEY = {
    "title_fi": "Kaksoisjohtaminen ja yhteistyö valtuustokaudella",
    "title_sv": "Dubbelt ledarskap och samarbete under fullmäktigeperioden",
    "intro_fi": (
        "Tällä kyselyllä arvioimme, miten valtuuston, kunnanhallituksen ja viranhaltijajohdon yhteistyö toimii. "
        "Vastaukset käsitellään yhteisessä työpajassa, jossa sovimme kehittämiskohteista. Kysely toistetaan "
        "valtuustokauden puolivälissä, jotta näemme, mihin suuntaan olemme menossa. Vastaaminen vie noin "
        "kymmenen minuuttia."
    ),
    "intro_sv": (
        "Med den här enkäten utvärderar vi hur samarbetet mellan fullmäktige, kommunstyrelsen och "
        "tjänstemannaledningen fungerar. Svaren behandlas i en gemensam workshop där vi kommer överens om vad "
        "som ska utvecklas. Enkäten upprepas mitt under fullmäktigeperioden, så att vi ser åt vilket håll vi är "
        "på väg. Det tar ungefär tio minuter att svara."
    ),
}

ROLES = ("Roolit ja työnjako", "Roller och arbetsfördelning")
INFORMATION = ("Tiedonkulku", "Informationsflöde")
TRUST = ("Luottamus ja yhteistyö", "Förtroende och samarbete")
PREPARATION = ("Valmistelu ja päätöksenteko", "Beredning och beslutsfattande")
STRATEGY = ("Strategia ja johtaminen", "Strategi och ledning")
OPEN = ("Oppeja eteenpäin", "Lärdomar för framtiden")

# (theme, kind, Finnish, Swedish, demo mean at the start of the term, change by mid-term)
ITEMS = [
    (
        ROLES,
        "likert",
        "Luottamushenkilöiden ja viranhaltijoiden roolit ja vastuut ovat meillä selvät.",
        "Förtroendevaldas och tjänsteinnehavares roller och ansvar är tydliga hos oss.",
        3.4,
        0.5,
    ),
    (
        ROLES,
        "likert",
        "Valtuuston, kunnanhallituksen ja lautakuntien työnjako on selkeä ja toimii käytännössä.",
        "Arbetsfördelningen mellan fullmäktige, kommunstyrelsen och nämnderna är tydlig och fungerar i praktiken.",
        3.2,
        0.3,
    ),
    (
        ROLES,
        "likert",
        "Kunnanjohtajan ja kunnanhallituksen puheenjohtajan yhteistyö on sujuvaa, ja kummankin tehtävät tunnetaan.",
        "Samarbetet mellan kommundirektören och kommunstyrelsens ordförande är smidigt, och bådas uppgifter är kända.",
        3.6,
        0.2,
    ),
    (
        INFORMATION,
        "likert",
        "Saan päätöksenteon tueksi tarvitsemani tiedot riittävän ajoissa.",
        "Jag får den information jag behöver som stöd för besluten i tillräckligt god tid.",
        2.9,
        0.6,
    ),
    (
        INFORMATION,
        "likert",
        "Tieto kulkee valtuuston, kunnanhallituksen ja viranhaltijajohdon välillä avoimesti molempiin suuntiin.",
        "Informationen går öppet i båda riktningarna mellan fullmäktige, kommunstyrelsen och tjänstemannaledningen.",
        2.8,
        0.4,
    ),
    (
        TRUST,
        "likert",
        "Luottamushenkilöiden ja viranhaltijoiden välillä vallitsee luottamus.",
        "Det råder förtroende mellan förtroendevalda och tjänsteinnehavare.",
        3.5,
        0.3,
    ),
    (
        TRUST,
        "likert",
        "Valtuustoryhmät pystyvät yhteistyöhön erimielisyyksistä huolimatta.",
        "Fullmäktigegrupperna kan samarbeta trots meningsskiljaktigheter.",
        3.3,
        -0.2,
    ),
    (
        TRUST,
        "likert",
        "Erimielisyydet käsitellään asiallisesti, ja ne saadaan ratkaistua.",
        "Meningsskiljaktigheter behandlas sakligt och kan lösas.",
        3.1,
        0.1,
    ),
    (
        PREPARATION,
        "likert",
        "Päätösesitykset on valmisteltu huolellisesti, ja vaihtoehdot on esitetty ymmärrettävästi.",
        "Beslutsförslagen är omsorgsfullt beredda, och alternativen presenteras begripligt.",
        3.7,
        0.1,
    ),
    (
        PREPARATION,
        "likert",
        "Luottamushenkilöt pääsevät vaikuttamaan asioihin jo valmisteluvaiheessa.",
        "De förtroendevalda kan påverka ärendena redan i beredningsskedet.",
        2.7,
        0.5,
    ),
    (
        PREPARATION,
        "likert",
        "Päätösten vaikutukset talouteen, asukkaisiin ja ympäristöön arvioidaan riittävästi ennen päätöksiä.",
        "Besluts konsekvenser för ekonomin, invånarna och miljön bedöms tillräckligt innan besluten fattas.",
        3.0,
        0.3,
    ),
    (
        STRATEGY,
        "likert",
        "Kuntastrategia ohjaa aidosti talousarviota ja päätöksentekoa.",
        "Kommunstrategin styr på riktigt budgeten och beslutsfattandet.",
        2.9,
        0.4,
    ),
    (
        STRATEGY,
        "likert",
        "Valtuusto seuraa strategian toteutumista säännöllisesti.",
        "Fullmäktige följer regelbundet upp hur strategin genomförs.",
        2.6,
        0.7,
    ),
    (
        OPEN,
        "open",
        "Mikä luottamushenkilöiden ja viranhaltijoiden yhteistyössä toimii erityisen hyvin?",
        "Vad fungerar särskilt bra i samarbetet mellan förtroendevalda och tjänsteinnehavare?",
        None,
        None,
    ),
    (
        OPEN,
        "open",
        "Mitä yhteistyössä pitäisi muuttaa tai kehittää seuraavan vuoden aikana?",
        "Vad borde ändras eller utvecklas i samarbetet under det kommande året?",
        None,
        None,
    ),
    (
        OPEN,
        "open",
        "Mitä oppeja haluaisit siirtää seuraavalle valtuustokaudelle?",
        "Vilka lärdomar vill du föra vidare till nästa fullmäktigeperiod?",
        None,
        None,
    ),
]

# Open answers the demo rounds draw from, one list per open question, in the order of ITEMS.
OPEN_ANSWERS = [
    [
        "Hallituksen iltakoulut ovat olleet hyviä: asioista voi kysyä suoraan ennen kuin esitys on lukittu.",
        "Kunnanjohtaja on helposti tavoitettavissa ja vastaa kysymyksiin nopeasti.",
        "Puheenjohtajiston ja johtoryhmän yhteiset tapaamiset ovat selkeyttäneet työnjakoa.",
        "Lautakunnissa esittelijät kertovat avoimesti myös esityksen heikkouksista.",
        "Talousarvioseminaari antoi hyvän kokonaiskuvan ennen varsinaista käsittelyä.",
        "Samarbetet med sektorcheferna fungerar bra och tonen är respektfull.",
        "Uusien valtuutettujen perehdytys oli hyvin järjestetty.",
    ],
    [
        "Isot asiat tulevat valtuustolle liian valmiina; keskustelu pitäisi avata aiemmin.",
        "Esityslistat tulevat usein viime tingassa, eikä niihin ehdi perehtyä kunnolla.",
        "Tarvitaan yhteinen käytäntö siitä, miten valtuustoaloitteisiin vastataan ja aikataulutetaan.",
        "Strategian mittarit pitäisi käydä läpi vähintään kerran vuodessa valtuustossa.",
        "Ryhmien välinen vuoropuhelu kaipaa foorumia, joka ei ole kokous.",
        "Informationen till nämnderna om pågående beredning kunde vara mer regelbunden.",
        "Viranhaltijoiden ja luottamushenkilöiden yhteisiä työpajoja lisää.",
    ],
    [
        "Roolit kannattaa käydä läpi heti kauden alussa, ei vasta ensimmäisen kiistan jälkeen.",
        "Talouden tilannekuva on jaettava kaikille valtuutetuille samaan aikaan.",
        "Hyvä perehdytys maksaa itsensä takaisin: ensimmäinen vuosi menee muuten opetteluun.",
        "Strategiaa ei pidä kirjoittaa liian yleisellä tasolla, muuten sitä ei voi seurata.",
        "Det lönar sig att kom överens om spelregler för samarbetet i början av perioden.",
    ],
]
