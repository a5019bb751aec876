"""Demo quizzes (Finnish), one per module of the demo courses.

Facts follow /work/shared/CONTENT-FACTS.md and the demo lessons: kuntalaki 410/2015 as amended by act
419/2021, the 2021 election act 256/2021, the USO network 2021–2022 and the Kestävät kunnat 2030 foresight.
Each option is (text, is_correct, feedback); the feedback says why.
"""

ORIENTATION = "valtuustokauden-2021-2025-perehdytys"
SUSTAINABILITY = "kestava-kunnan-johtaminen"

QUIZZES = [
    {
        "key": "kaksoisjohtaminen",
        "course": ORIENTATION,
        "module": "kaksoisjohtaminen",
        "title": "Tietovisa: kaksoisjohtaminen",
        "intro": "Neljä kysymystä moduulin keskeisistä asioista. Läpäisyyn tarvitset 75 % pisteistä.",
        "pass_mark_percent": 75,
        "max_attempts": None,
        "questions": [
            {
                "text": "Mitä kuntalain 38 §:n 1 momentti sanoo kunnan johtamisesta?",
                "multiple": False,
                "options": [
                    (
                        "Kunnan toimintaa johdetaan valtuuston hyväksymän kuntastrategian mukaisesti.",
                        True,
                        "Oikein. Tämä on pykälän ensimmäinen momentti sanatarkasti. Se sitoo sekä luottamushenkilöt "
                        "että viranhaltijat samaan strategiaan.",
                    ),
                    (
                        "Kunnanjohtaja johtaa kuntaa itsenäisesti ja raportoi valtuustolle kerran vuodessa.",
                        False,
                        "Ei. Kunnanjohtaja johtaa hallintoa, taloudenhoitoa ja muuta toimintaa kunnanhallituksen "
                        "alaisena, ei itsenäisesti.",
                    ),
                    (
                        "Kunnanhallitus päättää kuntastrategiasta ja johtaa kuntaa sen mukaan.",
                        False,
                        "Ei aivan. Kunnanhallitus johtaa kunnan toimintaa, hallintoa ja taloutta, mutta "
                        "kuntastrategiasta päättää valtuusto (14 § ja 37 §).",
                    ),
                ],
            },
            {
                "text": "Mitä kuntastrategiassa on kuntalain 37 §:n mukaan otettava huomioon? Valitse kaikki oikeat.",
                "multiple": True,
                "options": [
                    (
                        "Kunnan asukkaiden hyvinvoinnin edistäminen",
                        True,
                        "Oikein. Hyvinvoinnin edistäminen on ensimmäinen 37 §:n luettelemista asioista.",
                    ),
                    (
                        "Palvelujen järjestäminen ja tuottaminen",
                        True,
                        "Oikein. Strategiassa otetaan huomioon palvelujen järjestäminen ja tuottaminen sekä "
                        "lakisääteiset palvelutavoitteet.",
                    ),
                    (
                        "Henkilöstöpolitiikka",
                        True,
                        "Oikein. Myös henkilöstöpolitiikka ja omistajapolitiikka kuuluvat 37 §:n luetteloon.",
                    ),
                    (
                        "Valtuustoryhmien vaalirahoitus",
                        False,
                        "Ei. Vaalirahoitus ei kuulu kuntastrategiaan. Strategia koskee kunnan toiminnan ja "
                        "talouden pitkän aikavälin tavoitteita.",
                    ),
                ],
            },
            {
                "text": "Kuka hyväksyy kunnanjohtajan johtajasopimuksen 26.5.2021 alkaen?",
                "multiple": False,
                "options": [
                    (
                        "Kunnanhallitus",
                        True,
                        "Oikein. Kuntalain muutos 419/2021 tuli voimaan 26.5.2021, ja sen jälkeen "
                        "johtajasopimuksen hyväksyy kunnanhallitus (42 §).",
                    ),
                    (
                        "Valtuusto",
                        False,
                        "Ei. Valtuusto valitsee kunnanjohtajan (41 §), mutta johtajasopimuksen hyväksyy "
                        "26.5.2021 alkaen kunnanhallitus (42 §, laki 419/2021).",
                    ),
                    (
                        "Kunnanjohtaja itse",
                        False,
                        "Ei. Sopimus tehdään kunnan ja kunnanjohtajan välillä, joten kunnanjohtaja ei voi "
                        "hyväksyä sitä kunnan puolesta. Sen hyväksyy kunnanhallitus.",
                    ),
                ],
            },
            {
                "text": "Kuka johtaa kunnanhallituksen alaisena kunnan hallintoa, taloudenhoitoa ja muuta toimintaa?",
                "multiple": False,
                "options": [
                    (
                        "Kunnanjohtaja, tai pormestari, jos valtuusto on niin päättänyt",
                        True,
                        "Oikein. Näin sanoo kuntalain 38 §. Pormestarimallista säädetään 44 §:ssä.",
                    ),
                    (
                        "Valtuuston puheenjohtaja",
                        False,
                        "Ei. Valtuuston puheenjohtaja johtaa valtuuston työskentelyä. Kunnanhallituksen "
                        "puheenjohtaja johtaa poliittista yhteistyötä (40 §).",
                    ),
                    (
                        "Tarkastuslautakunta",
                        False,
                        "Ei. Tarkastuslautakunta (121 §) arvioi ja valvoo, se ei johda kunnan toimintaa.",
                    ),
                ],
            },
        ],
    },
    {
        "key": "roolit",
        "course": ORIENTATION,
        "module": "roolit",
        "title": "Tietovisa: roolit, sidonnaisuudet ja esteellisyys",
        "intro": "Viisi kysymystä. Läpäisyyn tarvitset 80 % pisteistä. Yrityksiä on kolme.",
        "pass_mark_percent": 80,
        "max_attempts": 3,
        "questions": [
            {
                "text": "Korkein hallinto-oikeus kumosi Muhoksen valtuuston päätöksen (KHO:2021:141). Miksi?",
                "multiple": False,
                "options": [
                    (
                        "Esteellinen kunnanhallituksen jäsen oli läsnä valtuustosalissa asian käsittelyn aikana.",
                        True,
                        "Oikein. Jäsen ei tuonut esteellisyyttään esiin eikä siirtynyt selvästi yleisöpaikoille. "
                        "Esteellisyys koskee myös läsnäoloa, ei vain puheenvuoroja ja äänestämistä.",
                    ),
                    (
                        "Päätös tehtiin sähköisessä kokouksessa.",
                        False,
                        "Ei. Ratkaisu ei koskenut kokouksen muotoa vaan esteellisen jäsenen läsnäoloa.",
                    ),
                    (
                        "Valtuuston puheenjohtajisto oli esteellinen.",
                        False,
                        "Ei. KHO katsoi, etteivät puheenjohtajistoon kuuluneet valtuutetut olleet esteellisiä: "
                        "asia ei koskenut heitä henkilökohtaisesti kuntalain 97 §:n tarkoittamalla tavalla.",
                    ),
                ],
            },
            {
                "text": "Milloin valtuutettu on kuntalain 97 §:n mukaan esteellinen valtuuston kokouksessa?",
                "multiple": False,
                "options": [
                    (
                        "Kun asia koskee henkilökohtaisesti häntä tai hänen läheistään",
                        True,
                        "Oikein. Valtuustossa sovelletaan tätä suppeaa sääntöä.",
                    ),
                    (
                        "Aina, kun hän on myös kunnanhallituksen jäsen",
                        False,
                        "Ei. Kunnanhallituksen jäsenyys ei yksin tee valtuutetusta esteellistä valtuustossa. "
                        "Ratkaisevaa on, koskeeko asia häntä tai hänen läheistään henkilökohtaisesti.",
                    ),
                    (
                        "Kun hänellä on asiasta vahva poliittinen mielipide",
                        False,
                        "Ei. Poliittinen kanta ei tee esteelliseksi. Valtuutetun tehtävä on juuri ottaa kantaa.",
                    ),
                ],
            },
            {
                "text": "Minkä lain mukaan arvioidaan kunnanhallituksen ja lautakuntien jäsenten esteellisyys?",
                "multiple": False,
                "options": [
                    (
                        "Hallintolain 27–30 §:n mukaan",
                        True,
                        "Oikein. Kuntalain 97 § ohjaa muiden luottamushenkilöiden ja viranhaltijoiden "
                        "esteellisyyden hallintolakiin. Näin arvioitiin myös Muhoksen tapauksessa.",
                    ),
                    (
                        "Samoin kuin valtuutettujen, kuntalain 97 §:n suppean säännön mukaan",
                        False,
                        "Ei. Suppea sääntö koskee valtuutettuja valtuustossa. Muihin sovelletaan hallintolakia.",
                    ),
                    (
                        "Kunkin kunnan hallintosäännön mukaan",
                        False,
                        "Ei. Hallintosääntö (90 §) ei voi muuttaa laissa säädettyjä esteellisyysperusteita.",
                    ),
                ],
            },
            {
                "text": "Ketkä ilmoittavat sidonnaisuutensa kuntalain 84 §:n mukaan? Valitse kaikki oikeat.",
                "multiple": True,
                "options": [
                    ("Kunnanhallituksen jäsenet", True, "Oikein. Kunnanhallituksen jäsenet kuuluvat ilmoittajiin."),
                    (
                        "Valtuuston ja lautakuntien puheenjohtajat ja varapuheenjohtajat",
                        True,
                        "Oikein. Puheenjohtajat ja varapuheenjohtajat kuuluvat ilmoittajiin.",
                    ),
                    (
                        "Kunnanjohtaja",
                        True,
                        "Oikein. Myös kunnanjohtaja tai pormestari ja apulaispormestarit sekä esittelijät "
                        "ilmoittavat sidonnaisuutensa.",
                    ),
                    (
                        "Jokainen valtuutettu, vaikka hänellä ei ole muita luottamustehtäviä",
                        False,
                        "Ei. Pelkkä valtuutetun tehtävä ei 84 §:n mukaan velvoita ilmoittamaan sidonnaisuuksia. "
                        "Velvollisuus tulee esimerkiksi kunnanhallituksen jäsenyydestä tai puheenjohtajuudesta.",
                    ),
                ],
            },
            {
                "text": "Kenelle sidonnaisuusilmoitus tehdään, ja missä ajassa?",
                "multiple": False,
                "options": [
                    (
                        "Tarkastuslautakunnalle kahden kuukauden kuluessa valinnasta",
                        True,
                        "Oikein. Muutoksista ilmoitetaan viipymättä, ja ilmoitukset julkaistaan verkossa.",
                    ),
                    (
                        "Kunnanhallitukselle vuoden kuluessa valinnasta",
                        False,
                        "Ei. Ilmoitus tehdään tarkastuslautakunnalle, ja aikaa on kaksi kuukautta.",
                    ),
                    (
                        "Valtuuston puheenjohtajalle ennen ensimmäistä kokousta",
                        False,
                        "Ei. Ilmoitukset ottaa vastaan tarkastuslautakunta, joka valvoo ilmoitusvelvollisuutta.",
                    ),
                ],
            },
        ],
    },
    {
        "key": "yhteistyon-kaytannot",
        "course": ORIENTATION,
        "module": "yhteistyon-kaytannot",
        "title": "Tietovisa: hyvät yhteistyön käytännöt",
        "intro": "Neljä kysymystä valmistelusta, kokouksista ja valtuustokaudesta.",
        "pass_mark_percent": 75,
        "max_attempts": None,
        "questions": [
            {
                "text": "Mikä on kunnanhallituksen tehtävä valtuuston päätösten osalta kuntalain 39 §:n mukaan?",
                "multiple": False,
                "options": [
                    (
                        "Se valmistelee valtuuston asiat, panee päätökset täytäntöön ja valvoo niiden laillisuutta.",
                        True,
                        "Oikein. Nämä kuuluvat 39 §:ssä lueteltuihin kunnanhallituksen tehtäviin.",
                    ),
                    (
                        "Se vahvistaa valtuuston päätökset ennen kuin ne tulevat voimaan.",
                        False,
                        "Ei. Kunnanhallitus ei vahvista valtuuston päätöksiä. Se valvoo niiden laillisuutta ja "
                        "panee ne täytäntöön.",
                    ),
                    (
                        "Se voi muuttaa valtuuston päätöstä, jos talous sitä vaatii.",
                        False,
                        "Ei. Valtuusto käyttää kunnan päätösvaltaa (14 §). Kunnanhallitus ei voi muuttaa sen "
                        "päätöksiä.",
                    ),
                ],
            },
            {
                "text": "Mitä otto-oikeus tarkoittaa (kuntalaki 92 §)?",
                "multiple": False,
                "options": [
                    (
                        "Ylempi toimielin voi ottaa käsiteltäväkseen asian, jonka alempi on päättänyt.",
                        True,
                        "Oikein. Otto-oikeudella esimerkiksi kunnanhallitus voi ottaa lautakunnan tai "
                        "viranhaltijan päättämän asian käsiteltäväkseen.",
                    ),
                    (
                        "Jokainen valtuutettu voi ottaa minkä tahansa asian valtuuston esityslistalle.",
                        False,
                        "Ei. Otto-oikeus kuuluu toimielimelle, ei yksittäiselle valtuutetulle.",
                    ),
                    (
                        "Kunnanjohtaja voi siirtää valtuuston asian lautakunnan päätettäväksi.",
                        False,
                        "Ei. Otto-oikeus toimii toiseen suuntaan: ylempi toimielin ottaa asian alemmalta.",
                    ),
                ],
            },
            {
                "text": "Mitä kuntalain 99 § sanoo sähköisestä kokouksesta 1.6.2021 alkaen?",
                "multiple": False,
                "options": [
                    (
                        "Sähköinen kokous on pysyvä mahdollisuus, kun osallistujat voidaan todentaa ja "
                        "jokainen voi seurata ja osallistua käsittelyyn.",
                        True,
                        "Oikein. Laki 419/2021 uudisti 99 §:n, ja pysyvä säännös tuli voimaan 1.6.2021.",
                    ),
                    (
                        "Sähköiset kokoukset olivat sallittuja vain koronaepidemian ajan.",
                        False,
                        "Ei. Laki 419/2021 teki sähköisestä kokouksesta pysyvän mahdollisuuden 1.6.2021 alkaen.",
                    ),
                    (
                        "Valtuusto saa kokoontua sähköisesti vain kerran vuodessa.",
                        False,
                        "Ei. Laissa ei ole tällaista kertarajaa. Ratkaisevaa ovat 99 §:n edellytykset.",
                    ),
                ],
            },
            {
                "text": "Mitkä pitävät paikkansa valtuustokaudesta 2021–2025? Valitse kaikki oikeat.",
                "multiple": True,
                "options": [
                    (
                        "Kuntavaalit pidettiin 13.6.2021.",
                        True,
                        "Oikein. Vaalit siirrettiin huhtikuulta kesäkuulle epidemian vuoksi (laki 256/2021).",
                    ),
                    ("Valtuustokausi alkoi 1.8.2021.", True, "Oikein. Kausi alkoi poikkeuksellisesti elokuussa."),
                    (
                        "Kausi alkoi kesäkuun alussa, kuten kuntalain 15 §:ssä tavallisesti säädetään.",
                        False,
                        "Ei. Tavallisesti kausi alkaa vaalivuoden kesäkuun alussa, mutta vuonna 2021 se alkoi "
                        "poikkeuksellisesti 1.8.2021.",
                    ),
                    ("Kausi päättyi toukokuun 2025 lopussa.", True, "Oikein. Kausi oli siksi tavallista lyhyempi."),
                ],
            },
        ],
    },
    {
        "key": "kestavyys-strategiassa",
        "course": SUSTAINABILITY,
        "module": "kestavyys-strategiassa",
        "title": "Tietovisa: kestävyys kuntastrategiassa",
        "intro": "Neljä kysymystä. Läpäisyyn tarvitset 75 % pisteistä.",
        "pass_mark_percent": 75,
        "max_attempts": None,
        "questions": [
            {
                "text": "Mitkä ovat kestävyyden kolme ulottuvuutta? Valitse kaikki oikeat.",
                "multiple": True,
                "options": [
                    ("Sosiaalinen kestävyys", True, "Oikein. Sosiaalinen kestävyys on yksi kolmesta."),
                    ("Taloudellinen kestävyys", True, "Oikein. Taloudellinen kestävyys on yksi kolmesta."),
                    ("Ekologinen kestävyys", True, "Oikein. Ekologinen kestävyys on yksi kolmesta."),
                    (
                        "Puoluepoliittinen kestävyys",
                        False,
                        "Ei. USO-verkoston 2021–2022 teemassa ulottuvuudet ovat sosiaalinen, taloudellinen ja "
                        "ekologinen kestävyys.",
                    ),
                ],
            },
            {
                "text": "Kuka päättää kuntastrategiasta?",
                "multiple": False,
                "options": [
                    ("Valtuusto", True, "Oikein. Kuntastrategia on valtuuston tehtävä (14 § ja 37 §)."),
                    (
                        "Kunnanhallitus",
                        False,
                        "Ei. Kunnanhallitus valmistelee ja johtaa strategian mukaisesti, mutta päätös on valtuuston.",
                    ),
                    (
                        "Kunnanjohtaja",
                        False,
                        "Ei. Kunnanjohtaja johtaa organisaatiota strategian mukaisesti, mutta ei päätä siitä.",
                    ),
                ],
            },
            {
                "text": "Kuinka usein kuntastrategia on kuntalain 37 §:n mukaan tarkistettava?",
                "multiple": False,
                "options": [
                    (
                        "Vähintään kerran valtuustokaudessa",
                        True,
                        "Oikein. Uuden valtuuston kauden alku on luonteva hetki tarkistaa strategia.",
                    ),
                    (
                        "Joka vuosi talousarvion yhteydessä",
                        False,
                        "Ei. Talousarvio toteuttaa strategiaa vuosittain, mutta laki edellyttää strategian "
                        "tarkistamista vähintään kerran valtuustokaudessa.",
                    ),
                    (
                        "Vain silloin, kun kunnanjohtaja vaihtuu",
                        False,
                        "Ei. Strategia on valtuuston väline, eikä sen tarkistaminen riipu kunnanjohtajasta.",
                    ),
                ],
            },
            {
                "text": "Mitä kuntastrategiaan kuuluu 37 §:n mukaan tavoitteiden lisäksi?",
                "multiple": False,
                "options": [
                    (
                        "Arviointi ja seuranta: miten strategian toteutumista arvioidaan ja seurataan",
                        True,
                        "Oikein. Ilman seurantaa strategia jää helposti hyllyyn.",
                    ),
                    (
                        "Jokaisen palvelun yksityiskohtainen budjetti",
                        False,
                        "Ei. Määrärahat päätetään talousarviossa (110 §), ei strategiassa.",
                    ),
                    (
                        "Luettelo valtuutettujen sidonnaisuuksista",
                        False,
                        "Ei. Sidonnaisuuksista ilmoitetaan tarkastuslautakunnalle (84 §), ei strategiassa.",
                    ),
                ],
            },
        ],
    },
    {
        "key": "talousarvio-ja-paatokset",
        "course": SUSTAINABILITY,
        "module": "talousarvio-ja-paatokset",
        "title": "Tietovisa: kestävyys talousarviossa ja päätöksissä",
        "intro": "Kolme kysymystä. Läpäisyyn tarvitset kaikki pisteet.",
        "pass_mark_percent": 100,
        "max_attempts": None,
        "questions": [
            {
                "text": "Kuka hyväksyy kunnan talousarvion ja taloussuunnitelman?",
                "multiple": False,
                "options": [
                    ("Valtuusto", True, "Oikein. Talousarvio ja -suunnitelma kuuluvat valtuuston tehtäviin (14 §)."),
                    (
                        "Kunnanhallitus",
                        False,
                        "Ei. Kunnanhallitus valmistelee talousarvion, mutta hyväksyminen on valtuuston.",
                    ),
                    (
                        "Tarkastuslautakunta",
                        False,
                        "Ei. Tarkastuslautakunta arvioi jälkikäteen, toteutuivatko tavoitteet.",
                    ),
                ],
            },
            {
                "text": "Miksi talousarviota kannattaa lukea kuntastrategian rinnalla?",
                "multiple": False,
                "options": [
                    (
                        "Talousarvio toteuttaa strategiaa: siitä näkee, mihin kunta oikeasti panostaa.",
                        True,
                        "Oikein. Jos strategian tavoite ei näy määrärahoissa tai tavoitteissa, kannattaa kysyä miksi.",
                    ),
                    (
                        "Koska strategia korvaa talousarvion niinä vuosina, kun se tarkistetaan",
                        False,
                        "Ei. Talousarvio hyväksytään joka vuosi, myös strategian tarkistusvuonna.",
                    ),
                    (
                        "Ei kannata: talousarvio on viranhaltijoiden tekninen asiakirja.",
                        False,
                        "Ei. Talousarvio on valtuuston päätös ja sen tärkeimpiä ohjausvälineitä.",
                    ),
                ],
            },
            {
                "text": "Mitä kannattaa kysyä valmisteltavasta asiasta ennen päätöstä? Valitse kaikki oikeat.",
                "multiple": True,
                "options": [
                    ("Mitkä ovat päätöksen sosiaaliset vaikutukset?", True, "Oikein. Kenen arki muuttuu?"),
                    (
                        "Mitä päätös maksaa pitkällä aikavälillä?",
                        True,
                        "Oikein. Taloudellinen kestävyys katsoo yli yhden vuoden talousarvion.",
                    ),
                    (
                        "Mitkä ovat päätöksen ekologiset vaikutukset?",
                        True,
                        "Oikein. Esimerkiksi päästöt ja maankäyttö.",
                    ),
                    (
                        "Riittääkö, että tiedämme ensimmäisen vuoden kustannukset?",
                        False,
                        "Ei. Pelkkä ensimmäinen vuosi jättää näkymättä pitkän aikavälin kustannukset ja vaikutukset.",
                    ),
                ],
            },
        ],
    },
    {
        "key": "sosiaalinen-ja-ekologinen",
        "course": SUSTAINABILITY,
        "module": "sosiaalinen-ja-ekologinen",
        "title": "Tietovisa: sosiaalinen ja ekologinen kestävyys",
        "intro": "Kolme kysymystä hyvinvoinnista, osallisuudesta ja luottamushenkilön tehtävästä.",
        "pass_mark_percent": 75,
        "max_attempts": None,
        "questions": [
            {
                "text": "Mitä kuntastrategiassa on 37 §:n mukaan otettava huomioon? Valitse kaikki oikeat.",
                "multiple": True,
                "options": [
                    (
                        "Asukkaiden osallistumis- ja vaikuttamismahdollisuudet",
                        True,
                        "Oikein. Ne ovat 37 §:n luettelossa.",
                    ),
                    ("Elinympäristö ja alueen elinvoima", True, "Oikein. Myös ne ovat 37 §:n luettelossa."),
                    ("Asukkaiden hyvinvoinnin edistäminen", True, "Oikein. Se on luettelon ensimmäinen asia."),
                    (
                        "Kuntavaalien ehdokasasettelu",
                        False,
                        "Ei. Ehdokasasettelu on puolueiden ja valitsijayhdistysten asia, ei kuntastrategian.",
                    ),
                ],
            },
            {
                "text": "Milloin asukkaita kannattaa kuulla palveluverkkoa koskevassa asiassa?",
                "multiple": False,
                "options": [
                    (
                        "Jo valmistelun alussa, kun vaihtoehdot ovat vielä auki",
                        True,
                        "Oikein. Silloin palaute ehtii vaikuttaa esitykseen.",
                    ),
                    (
                        "Kun päätösesitys on valmis",
                        False,
                        "Ei. Silloin palaute ei yleensä enää ehdi vaikuttaa, ja asukkaat kokevat, ettei heitä "
                        "kuunneltu.",
                    ),
                    (
                        "Vasta päätöksen jälkeen, kun muutos toteutetaan",
                        False,
                        "Ei. Silloin kyse on tiedottamisesta, ei kuulemisesta.",
                    ),
                ],
            },
            {
                "text": "Mitä kuntalain 69 § edellyttää luottamushenkilöltä?",
                "multiple": False,
                "options": [
                    (
                        "Hänen tulee edistää kunnan ja sen asukkaiden etua.",
                        True,
                        "Oikein. Lisäksi hänen on toimittava arvokkaasti tehtävän edellyttämällä tavalla.",
                    ),
                    (
                        "Hänen tulee edistää ensisijaisesti oman puolueensa tavoitteita.",
                        False,
                        "Ei. Laki puhuu kunnan ja sen asukkaiden edusta.",
                    ),
                    (
                        "Hänen tulee ajaa oman asuinalueensa etua muiden alueiden kustannuksella.",
                        False,
                        "Ei. Luottamushenkilö edistää koko kunnan ja sen asukkaiden etua.",
                    ),
                ],
            },
        ],
    },
    {
        "key": "kestavat-kunnat-2030",
        "course": SUSTAINABILITY,
        "module": "kestavat-kunnat-2030",
        "title": "Tietovisa: Kestävät kunnat 2030",
        "intro": "Kolme kysymystä keväällä 2021 tehdystä ennakoinnista ja USO-verkostosta.",
        "pass_mark_percent": 75,
        "max_attempts": None,
        "questions": [
            {
                "text": "Mikä oli Kestävät kunnat 2030 -ennakoinnin toivottu skenaario?",
                "multiple": False,
                "options": [
                    ("Vähähiiliset hyvinvointiverkostot", True, "Oikein. Se oli toivottu tulevaisuus."),
                    (
                        "Yksinäisten kestämätön kunta",
                        False,
                        "Ei. Se oli skenaarioista uhkakuva.",
                    ),
                    (
                        "Loittoneva kunta",
                        False,
                        "Ei. Loittoneva kunta oli yksi skenaarioista, mutta ei toivottu tulevaisuus.",
                    ),
                ],
            },
            {
                "text": "Montako kuntaa osallistui keväällä 2021 Kestävät kunnat 2030 -ennakointiin?",
                "multiple": False,
                "options": [
                    ("34", True, "Oikein. Mukana oli 34 kuntaa, ja tulevaisuustyöpajoja oli neljä."),
                    ("309", False, "Ei. 309 oli Suomen kuntien määrä vuonna 2021."),
                    ("6", False, "Ei. Kuusi oli USO-verkoston yhteisten seminaarien määrä."),
                ],
            },
            {
                "text": "Ketkä vetivät USO-verkostoa 2021–2022? Valitse kaikki oikeat.",
                "multiple": True,
                "options": [
                    ("Kuntaliitto", True, "Oikein."),
                    ("FCG Finnish Consulting Group", True, "Oikein."),
                    ("Ympäristöministeriön Kestävä kaupunki -ohjelma", True, "Oikein."),
                    ("Valtiovarainministeriö", False, "Ei. Valtiovarainministeriö ei ollut verkoston vetäjä."),
                ],
            },
        ],
    },
]
