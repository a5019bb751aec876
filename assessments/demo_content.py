"""Demo quizzes (Finnish), one per module of the demo courses.

Every quiz asks the learner to apply the law to a situation, not to recall a list: each module has at least two
scenario questions (a short case, the question, and "the rule" shown with the feedback), on disqualification
(esteellisyys: kuntalaki 97 §, hallintolaki 27–28 §), the right to take up a matter (otto-oikeus, 92 §),
elected officials' right to information (83 §) and the leadership agreement (johtajasopimus, 42 §). Wrong
options are mistakes people really make, and their feedback says why. The right option sits in different
places from question to question (attempts shuffle the options too).

Facts follow /work/shared/CONTENT-FACTS.md; the orientation speaks from autumn 2021. A question with a "case" is
a scenario question and must have an "explanation". Each option is (text, is_correct, feedback).
"""

ORIENTATION = "valtuustokauden-2021-2025-perehdytys"
SUSTAINABILITY = "kestava-kunnan-johtaminen"

RULE_97 = (
    "Kuntalain 97 §: valtuutettu on valtuustossa esteellinen vain asiassa, joka koskee henkilökohtaisesti häntä "
    "tai hänen läheistään. Muiden luottamushenkilöiden, kuten kunnanhallituksen ja lautakuntien jäsenten, sekä "
    "viranhaltijoiden esteellisyys arvioidaan hallintolain 27–30 §:n mukaan."
)
RULE_HL = (
    "Hallintolain 28 §:n mukaan esteellinen on muun muassa se, jonka läheinen (esimerkiksi puoliso, lapsi, sisarus "
    "tai vanhempi) on asianosainen, tai joka on asianosaisena olevan yhteisön hallituksen jäsen. Esteellinen ei "
    "saa osallistua asian käsittelyyn eikä olla läsnä sitä käsiteltäessä (hallintolaki 27 §)."
)
RULE_92 = (
    "Kuntalain 92 §: kunnanhallituksen alaisen viranomaisen päättämän asian voivat ottaa kunnanhallituksen "
    "käsiteltäväksi kunnanhallitus, sen puheenjohtaja, kunnanjohtaja (tai pormestari) ja hallintosäännössä "
    "määrätyt viranhaltijat. Lautakunta ja sen puheenjohtaja voivat vastaavasti ottaa lautakunnan alaisen "
    "viranomaisen päättämän asian lautakunnan käsiteltäväksi, kun hallintosäännössä niin määrätään. Otto-oikeus "
    "ei ole yksittäisen valtuutetun tai jäsenen oikeus, mutta se ei ole vain toimielimen oikeus."
)
RULE_83 = (
    "Kuntalain 83 §: luottamushenkilöllä, kuten valtuutetulla, on oikeus saada kunnan viranomaisilta tiedot, "
    "jotka ovat tarpeen hänen tehtävänsä hoitamiseksi, jollei tiedon antaminen ole lailla säädetty salassa "
    "pidettäväksi. Valtuusto vastaa kunnan toiminnasta ja taloudesta (14 §), joten valtuutetun tehtävä kattaa ne."
)
RULE_42 = (
    "Kuntalain 41 §: valtuusto valitsee kunnanjohtajan. 42 §: kunnanjohtajan johtajasopimuksen hyväksyy "
    "26.5.2021 alkaen kunnanhallitus (laki 419/2021)."
)

QUIZZES = [
    {
        "key": "kaksoisjohtaminen",
        "course": ORIENTATION,
        "module": "kaksoisjohtaminen",
        "title": "Tietovisa: kaksoisjohtaminen",
        "intro": "Neljä tilannetta kunnan johtamisesta. Läpäisyyn tarvitset 75 % pisteistä.",
        "pass_mark_percent": 75,
        "max_attempts": None,
        "questions": [
            {
                "case": (
                    "Valtuusto valitsi tammikuussa 2022 kunnalle uuden kunnanjohtajan. Valtuuston puheenjohtaja "
                    "ehdottaa, että johtajasopimus tuodaan valtuuston hyväksyttäväksi, koska valtuusto valitsi "
                    "johtajankin."
                ),
                "text": "Kuka hyväksyy johtajasopimuksen?",
                "multiple": False,
                "options": [
                    (
                        "Valtuusto, koska se valitsi kunnanjohtajan",
                        False,
                        "Ei. Valtuusto valitsee kunnanjohtajan (41 §), mutta johtajasopimuksen hyväksyy "
                        "26.5.2021 alkaen kunnanhallitus (42 §).",
                    ),
                    (
                        "Kunnanhallitus",
                        True,
                        "Oikein. Lain 419/2021 muutoksen jälkeen johtajasopimuksen hyväksyy kunnanhallitus (42 §). "
                        "Puheenjohtajan ehdotus sekoittaa valinnan ja sopimuksen.",
                    ),
                    (
                        "Kukaan: kunnanjohtaja ja valtuuston puheenjohtaja allekirjoittavat sen",
                        False,
                        "Ei. Sopimus tehdään kunnan ja kunnanjohtajan välillä, ja kunnan puolesta sen hyväksyy "
                        "toimielin: 42 §:n mukaan kunnanhallitus.",
                    ),
                    (
                        "Tarkastuslautakunta, koska se valvoo johtamista",
                        False,
                        "Ei. Tarkastuslautakunta (121 §) arvioi ja valvoo, mutta ei hyväksy sopimuksia.",
                    ),
                ],
                "explanation": RULE_42,
            },
            {
                "case": (
                    "Valtuutettu Aino valmistautuu kokoukseen, jossa valtuusto päättää koulurakennuksen "
                    "peruskorjauksesta. Hän pyytää sivistystoimelta rakennuksen kuntotutkimuksen. Toimialajohtaja "
                    "vastaa, että tutkimus annetaan vain kunnanhallituksen jäsenille."
                ),
                "text": "Miten tilannetta pitää arvioida?",
                "multiple": False,
                "options": [
                    (
                        "Toimialajohtaja menettelee oikein: valtuutettu saa tietoa vain esityslistalta.",
                        False,
                        "Ei. Esityslista ei rajaa valtuutetun tiedonsaantia. 83 §:n mukaan hänellä on oikeus "
                        "tehtävänsä hoitamiseksi tarpeellisiin tietoihin.",
                    ),
                    (
                        "Aino voi saada tutkimuksen vain tietopyynnöllä kuten kuka tahansa kuntalainen.",
                        False,
                        "Ei aivan. Julkisia asiakirjoja voi pyytää kuka tahansa, mutta luottamushenkilöllä on "
                        "lisäksi kuntalain 83 §:n oikeus tehtävänsä hoitamiseksi tarpeellisiin tietoihin.",
                    ),
                    (
                        "Aino saa tutkimuksen vasta, kun valtuusto on tehnyt päätöksen.",
                        False,
                        "Ei. Tieto tarvitaan nimenomaan ennen päätöstä: juuri siksi valtuutetulla on "
                        "tiedonsaantioikeus.",
                    ),
                    (
                        "Ainolla on oikeus saada tutkimus, koska hän tarvitsee sitä valtuutetun tehtävässä, "
                        "ellei tieto ole lain mukaan salassa pidettävä.",
                        True,
                        "Oikein. Kuntotutkimus on tarpeen peruskorjauspäätöksen harkitsemiseksi, joten 83 § "
                        "antaa Ainolle oikeuden saada sen.",
                    ),
                ],
                "explanation": RULE_83,
            },
            {
                "text": (
                    "Kunnanhallituksen puheenjohtaja ja kunnanjohtaja ovat eri mieltä siitä, kumpi johtaa "
                    "kunnan hallintoa arjessa. Mikä pitää paikkansa?"
                ),
                "multiple": False,
                "options": [
                    (
                        "Puheenjohtaja johtaa hallintoa, koska hän johtaa poliittista yhteistyötä.",
                        False,
                        "Ei. Kunnanhallituksen puheenjohtaja johtaa poliittista yhteistyötä (40 §), mutta "
                        "hallintoa johtaa kunnanjohtaja kunnanhallituksen alaisena (38 §).",
                    ),
                    (
                        "Kunnanjohtaja johtaa kuntaa itsenäisesti ja raportoi valtuustolle kerran vuodessa.",
                        False,
                        "Ei. Kunnanjohtaja ei johda itsenäisesti: hän toimii kunnanhallituksen alaisena.",
                    ),
                    (
                        "Kunnanjohtaja johtaa hallintoa, taloudenhoitoa ja muuta toimintaa kunnanhallituksen alaisena.",
                        True,
                        "Oikein. Näin sanoo 38 §. Kaksoisjohtamisessa molemmilla on oma roolinsa, ja niistä "
                        "kannattaa sopia yhdessä.",
                    ),
                ],
            },
            {
                "text": (
                    "Lautakunta valmistelee palveluverkkoesitystä, joka poikkeaa valtuuston hyväksymän "
                    "kuntastrategian linjauksesta. Mikä on kuntalain 38 §:n lähtökohta?"
                ),
                "multiple": False,
                "options": [
                    (
                        "Kunnan toimintaa johdetaan kuntastrategian mukaisesti: esitys sovitetaan strategiaan, "
                        "tai linjan muuttamisesta päättää valtuusto.",
                        True,
                        "Oikein. 38 § alkaa: ”Kunnan toimintaa johdetaan valtuuston hyväksymän kuntastrategian "
                        "mukaisesti.” Strategiasta päättää valtuusto (14 ja 37 §).",
                    ),
                    (
                        "Lautakunta voi poiketa strategiasta, koska strategia sitoo vain valtuustoa.",
                        False,
                        "Ei. Strategian mukaan johdetaan kunnan koko toimintaa, ei vain valtuuston työtä.",
                    ),
                    (
                        "Kunnanjohtaja voi muuttaa strategian linjausta, jos esitys sitä vaatii.",
                        False,
                        "Ei. Kunnanjohtaja johtaa toimintaa strategian mukaisesti, mutta strategiasta päättää "
                        "valtuusto.",
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
        "intro": (
            "Neljä kysymystä, jotka arvotaan kuuden kysymyksen joukosta. Läpäisyyn tarvitset 75 % pisteistä. "
            "Yrityksiä on kolme."
        ),
        "pass_mark_percent": 75,
        "max_attempts": 3,
        "draw_count": 4,
        "questions": [
            {
                "case": (
                    "Kunnanhallituksen jäsen Matti on esteellinen asiassa, jota kunnanhallitus käsittelee. Hän "
                    "ilmoittaa esteellisyydestään mutta jää istumaan paikalleen, koska ei aio puhua eikä äänestää."
                ),
                "text": "Mitä tästä seuraa?",
                "multiple": False,
                "options": [
                    (
                        "Ei mitään, koska esteellisyys koskee vain puheenvuoroja ja äänestämistä.",
                        False,
                        "Ei. Esteellinen ei saa olla edes läsnä asiaa käsiteltäessä.",
                    ),
                    (
                        "Riittää, että esteellisyys kirjataan pöytäkirjaan.",
                        False,
                        "Ei riitä. Kirjaus on tarpeen, mutta Matin olisi pitänyt myös poistua käsittelyn ajaksi.",
                    ),
                    (
                        "Päätös on pätevä, jos Matin ääni ei olisi muuttanut lopputulosta.",
                        False,
                        "Ei. Matti ei äänestänyt lainkaan; virhe on hänen läsnäolonsa. Muhoksen tapauksessa "
                        "päätös kumottiin juuri läsnäolon vuoksi.",
                    ),
                    (
                        "Päätös voidaan valituksesta kumota, koska esteellinen oli läsnä käsittelyn aikana.",
                        True,
                        "Oikein. Matin olisi pitänyt poistua. KHO kumosi Muhoksen valtuuston päätöksen "
                        "(KHO:2021:141), koska esteellinen kunnanhallituksen jäsen oli salissa asian käsittelyn ajan.",
                    ),
                ],
                "explanation": RULE_97 + " " + RULE_HL,
            },
            {
                "case": (
                    "Valtuusto käsittelee asemakaavaa, joka muuttaa valtuutettu Liisan omistaman metsäpalstan "
                    "rakennusmaaksi. Liisa kysyy, saako hän osallistua asian käsittelyyn."
                ),
                "text": "Mitä Liisalle kannattaa vastata?",
                "multiple": False,
                "options": [
                    (
                        "Saa, koska valtuutettu ei ole valtuustossa koskaan esteellinen.",
                        False,
                        "Ei. Suppeakin sääntö tekee esteelliseksi, kun asia koskee valtuutettua henkilökohtaisesti.",
                    ),
                    (
                        "Ei saa: kaava koskee hänen omaa maataan, joten hän on esteellinen.",
                        True,
                        "Oikein. Asia koskee Liisaa henkilökohtaisesti (97 §). Hän ilmoittaa esteellisyydestään "
                        "ja poistuu käsittelyn ajaksi.",
                    ),
                    (
                        "Saa, kunhan palsta on mainittu hänen sidonnaisuusilmoituksessaan.",
                        False,
                        "Ei. Sidonnaisuusilmoitus (84 §) tekee sidonnaisuudet näkyviksi, mutta ei poista "
                        "esteellisyyttä.",
                    ),
                    (
                        "Saa keskustella asiasta, mutta ei äänestää.",
                        False,
                        "Ei. Esteellinen ei osallistu käsittelyyn lainkaan, ei myöskään keskusteluun.",
                    ),
                ],
                "explanation": RULE_97,
            },
            {
                "case": (
                    "Valtuutettu Pekka on opettaja kunnan peruskoulussa. Valtuusto päättää talousarviosta, jossa "
                    "perusopetuksen määrärahat nousevat."
                ),
                "text": "Onko Pekka esteellinen talousarvion käsittelyssä?",
                "multiple": False,
                "options": [
                    (
                        "Ei ole: talousarvio ei koske häntä henkilökohtaisesti.",
                        True,
                        "Oikein. Talousarvio koskee koko kuntaa. Pelkkä kunnan palveluksessa oleminen ei tee "
                        "valtuutettua esteelliseksi valtuuston yleisessä asiassa.",
                    ),
                    (
                        "On, koska hän on kunnan palveluksessa.",
                        False,
                        "Ei. Valtuustossa ratkaisee 97 §:n suppea sääntö: koskeeko asia häntä henkilökohtaisesti. "
                        "Koko perusopetuksen määrärahat eivät koske.",
                    ),
                    (
                        "On, jos määrärahat voivat nostaa hänen palkkaansa.",
                        False,
                        "Ei. Määrärahat kohdistuvat koko perusopetukseen, eivät Pekkaan henkilökohtaisesti.",
                    ),
                    (
                        "Pekka saa itse päättää, pitääkö hän itseään esteellisenä.",
                        False,
                        "Ei. Esteellisyys arvioidaan laissa säädettyjen perusteiden mukaan, ei oman tuntuman.",
                    ),
                ],
                "explanation": RULE_97
                + " Sama henkilö arvioitaisiin lautakunnassa hallintolain mukaan, ja siellä tulos voisi olla toinen.",
            },
            {
                "case": (
                    "Vapaa-aikalautakunnan jäsen Sari on urheiluseuran hallituksen jäsen. Lautakunta jakaa "
                    "avustuksia, ja yksi hakijoista on Sarin seura."
                ),
                "text": "Miten Sarin esteellisyys arvioidaan?",
                "multiple": False,
                "options": [
                    (
                        "Kuntalain 97 §:n suppean säännön mukaan: asia ei koske häntä henkilökohtaisesti, joten "
                        "hän ei ole esteellinen.",
                        False,
                        "Ei. Suppea sääntö koskee valtuutettuja valtuustossa. Lautakunnassa sovelletaan hallintolakia.",
                    ),
                    (
                        "Kunnan hallintosäännön mukaan, koska hallintosääntö ratkaisee lautakuntien esteellisyydet.",
                        False,
                        "Ei. Esteellisyysperusteet ovat laissa; hallintosääntö (90 §) ei voi muuttaa niitä.",
                    ),
                    (
                        "Hallintolain mukaan: hän on esteellinen, koska hän on hakijana olevan yhteisön hallituksen "
                        "jäsen.",
                        True,
                        "Oikein. Tämä on hallintolain 28 §:n yhteisöjäävi. Sari ilmoittaa esteellisyydestään ja "
                        "poistuu, kun seuransa hakemusta käsitellään.",
                    ),
                    (
                        "Hän on esteellinen vain, jos seura saa enemmän kuin muut hakijat.",
                        False,
                        "Ei. Esteellisyys ei riipu päätöksen lopputuloksesta vaan asemasta asianosaiseen nähden.",
                    ),
                ],
                "explanation": RULE_97 + " " + RULE_HL,
            },
            {
                "case": (
                    "Kunnanhallitukseen elokuussa 2021 valittu jäsen on paikallisen rakennusyhtiön hallituksessa "
                    "ja omistaa sen osakkeita."
                ),
                "text": "Mitä hänen on tehtävä kuntalain 84 §:n mukaan?",
                "multiple": False,
                "options": [
                    (
                        "Luovuttava rakennusyhtiön hallituspaikasta ennen ensimmäistä kokousta.",
                        False,
                        "Ei. Laki ei vaadi luopumaan muista tehtävistä. Sidonnaisuudet ilmoitetaan, jotta ne "
                        "näkyvät ja esteellisyys voidaan arvioida.",
                    ),
                    (
                        "Ilmoitettava sidonnaisuutensa tarkastuslautakunnalle kahden kuukauden kuluessa valinnasta.",
                        True,
                        "Oikein. Kunnanhallituksen jäsenet kuuluvat ilmoittajiin. Muutoksista ilmoitetaan "
                        "viipymättä, ja ilmoitukset julkaistaan verkossa.",
                    ),
                    (
                        "Ei mitään, koska sidonnaisuuksia ilmoittavat vain viranhaltijat.",
                        False,
                        "Ei. 84 §:n ilmoittajiin kuuluvat muun muassa kunnanhallituksen jäsenet.",
                    ),
                    (
                        "Ilmoitettava sidonnaisuutensa kunnanhallitukselle vuoden kuluessa valinnasta.",
                        False,
                        "Ei. Ilmoitus tehdään tarkastuslautakunnalle, ja aikaa on kaksi kuukautta.",
                    ),
                ],
                "explanation": (
                    "Kuntalain 84 §: kunnanhallituksen ja maankäyttöasioita käsittelevän toimielimen jäsenet, "
                    "valtuuston ja lautakuntien puheenjohtajat ja varapuheenjohtajat, kunnanjohtaja tai pormestari "
                    "ja apulaispormestarit sekä esittelijät ilmoittavat sidonnaisuutensa tarkastuslautakunnalle "
                    "kahden kuukauden kuluessa valinnasta ja muutokset viipymättä. Ilmoitukset julkaistaan verkossa. "
                    "Ilmoitus ei poista esteellisyyttä, mutta auttaa tunnistamaan sen."
                ),
            },
            {
                "text": "Mitkä väitteet esteellisyydestä pitävät paikkansa? Valitse kaikki oikeat.",
                "multiple": True,
                "options": [
                    (
                        "Vahva poliittinen kanta asiaan tekee valtuutetusta esteellisen.",
                        False,
                        "Ei. Kannan ottaminen on valtuutetun tehtävä, eikä se tee esteelliseksi.",
                    ),
                    (
                        "Valtuutettu on valtuustossa esteellinen asiassa, joka koskee henkilökohtaisesti hänen "
                        "läheistään.",
                        True,
                        "Oikein. 97 §:n suppea sääntö koskee sekä valtuutettua itseään että hänen läheistään.",
                    ),
                    (
                        "Sidonnaisuusilmoitus poistaa esteellisyyden, kun sidonnaisuus on julkinen.",
                        False,
                        "Ei. Ilmoitus tekee sidonnaisuudet näkyviksi; esteellisyys arvioidaan silti asiakohtaisesti.",
                    ),
                    (
                        "Lautakunnan jäsenen esteellisyys arvioidaan hallintolain 27–30 §:n mukaan.",
                        True,
                        "Oikein. Kuntalain 97 § ohjaa muiden kuin valtuutettujen esteellisyyden hallintolakiin.",
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
        "intro": "Neljä tilannetta valmistelusta ja kokouksista. Läpäisyyn tarvitset 75 % pisteistä.",
        "pass_mark_percent": 75,
        "max_attempts": None,
        "questions": [
            {
                "case": (
                    "Kunnan tekninen johtaja on hallintosäännön antaman toimivallan nojalla päättänyt myydä "
                    "kunnan pienen tontin. Kunnanhallituksen puheenjohtaja pitää hintaa liian alhaisena ja haluaa "
                    "asian kunnanhallituksen käsiteltäväksi."
                ),
                "text": "Ketkä voivat kuntalain 92 §:n mukaan ottaa asian kunnanhallituksen käsiteltäväksi? "
                "Valitse kaikki oikeat.",
                "multiple": True,
                "options": [
                    (
                        "Kunnanhallituksen puheenjohtaja",
                        True,
                        "Oikein. 92 § antaa otto-oikeuden myös kunnanhallituksen puheenjohtajalle henkilönä.",
                    ),
                    (
                        "Yksittäinen valtuutettu",
                        False,
                        "Ei. Otto-oikeus ei ole yksittäisen valtuutetun oikeus.",
                    ),
                    (
                        "Kunnanjohtaja",
                        True,
                        "Oikein. Myös kunnanjohtajalla (tai pormestarilla) on otto-oikeus.",
                    ),
                    (
                        "Vain kunnanhallitus toimielimenä, ei kukaan henkilö",
                        False,
                        "Ei. Otto-oikeus ei ole vain toimielimen oikeus: se on myös kunnanhallituksen "
                        "puheenjohtajalla, kunnanjohtajalla ja hallintosäännössä määrätyillä viranhaltijoilla.",
                    ),
                    (
                        "Kunnanhallitus",
                        True,
                        "Oikein. Kunnanhallitus voi itse ottaa asian käsiteltäväkseen.",
                    ),
                ],
                "explanation": RULE_92,
            },
            {
                "case": (
                    "Sivistystoimenjohtaja on päättänyt koulukuljetusten reiteistä. Hallintosäännön mukaan "
                    "sivistyslautakunnalla ja sen puheenjohtajalla on otto-oikeus lautakunnan alaisten "
                    "viranhaltijoiden päätöksiin. Lautakunnan jäsen Jari haluaa reitit lautakunnan käsiteltäviksi."
                ),
                "text": "Miten asia voi tulla lautakunnan käsiteltäväksi?",
                "multiple": False,
                "options": [
                    (
                        "Jari ottaa asian käsiteltäväksi itse, koska hän on lautakunnan jäsen.",
                        False,
                        "Ei. Yksittäisellä jäsenellä ei ole otto-oikeutta; tässä kunnassa se on lautakunnalla ja "
                        "sen puheenjohtajalla.",
                    ),
                    (
                        "Ei mitenkään, koska otto-oikeus kuuluu vain kunnanhallitukselle.",
                        False,
                        "Ei. 92 § sallii lautakunnan ja sen puheenjohtajan otto-oikeuden, kun hallintosäännössä "
                        "niin määrätään, kuten tässä kunnassa.",
                    ),
                    (
                        "Lautakunnan puheenjohtaja tai lautakunta voi ottaa asian käsiteltäväksi; Jari voi pyytää "
                        "puheenjohtajaa tekemään niin.",
                        True,
                        "Oikein. Otto-oikeus on lautakunnalla ja sen puheenjohtajalla. Jari voi tuoda asian "
                        "puheenjohtajan tietoon.",
                    ),
                    (
                        "Asia siirretään valtuuston päätettäväksi.",
                        False,
                        "Ei. Otto-oikeudella asia nousee viranhaltijalta sen yläpuolella olevalle toimielimelle, "
                        "tässä lautakunnalle, ei valtuustolle.",
                    ),
                ],
                "explanation": RULE_92,
            },
            {
                "case": (
                    "Syyskuussa 2021 lautakunnan jäsen on työmatkalla ja pääsee kokoukseen vain puhelimella, "
                    "ilman kuvayhteyttä."
                ),
                "text": "Voiko hän osallistua kokoukseen kuntalain 99 §:n mukaan?",
                "multiple": False,
                "options": [
                    (
                        "Ei voi, koska laki edellyttää kaikille yhdenvertaista näkö- ja ääniyhteyttä.",
                        False,
                        "Ei enää. Näin vaati kuntalain alkuperäinen 99 §. Laki 419/2021 väljensi edellytyksiä "
                        "1.6.2021 alkaen: muukin soveltuva tekninen ratkaisu käy, kun kolme edellytystä täyttyy.",
                    ),
                    (
                        "Voi, jos osallistujat voidaan luotettavasti todentaa, puheenjohtaja voi johtaa kokousta ja "
                        "hän voi seurata kokousta ja osallistua asioiden käsittelyyn.",
                        True,
                        "Oikein. Nämä ovat 1.6.2021 alkaen voimassa olevan 99 §:n kolme edellytystä.",
                    ),
                    (
                        "Voi, mutta vain koronaepidemian ajan.",
                        False,
                        "Ei. Sähköiset kokoukset olivat sallittuja jo alkuperäisen kuntalain nojalla, eikä "
                        "1.6.2021 alkaen voimassa oleva 99 § ole sidottu epidemiaan.",
                    ),
                    (
                        "Voi, mutta hänen äänensä ei lasketa päätöksissä.",
                        False,
                        "Ei. Yksi 99 §:n edellytyksistä on juuri se, että jokainen osallistuja voi seurata "
                        "kokousta ja osallistua asioiden käsittelyyn.",
                    ),
                ],
                "explanation": (
                    "Kuntalain 99 §: sähköiset kokoukset olivat mahdollisia jo alkuperäisen kuntalain (410/2015) "
                    "mukaan, mutta silloin kaikilla osallistujilla piti olla yhdenvertainen näkö- ja ääniyhteys. "
                    "Laki 419/2021 kirjoitti pykälän uudelleen 1.6.2021 alkaen: videoneuvottelu tai muu "
                    "soveltuva tekninen ratkaisu käy, kun (1) puheenjohtaja ja sihteeri voivat luotettavasti "
                    "todentaa osallistujat, (2) puheenjohtaja voi johtaa kokousta 102 §:n mukaisesti ja "
                    "(3) jokainen osallistuja voi seurata kokousta ja osallistua asioiden käsittelyyn."
                ),
            },
            {
                "text": (
                    "Valtuusto on tehnyt päätöksen, jota kunnanhallituksen jäsen pitää lainvastaisena. Mikä on "
                    "kunnanhallituksen tehtävä kuntalain 39 §:n mukaan?"
                ),
                "multiple": False,
                "options": [
                    (
                        "Muuttaa päätöstä niin, että se on lainmukainen",
                        False,
                        "Ei. Kunnanhallitus ei voi muuttaa valtuuston päätöstä: päätösvaltaa käyttää valtuusto (14 §).",
                    ),
                    (
                        "Panna päätös täytäntöön sellaisenaan, koska laillisuus kuuluu vain tuomioistuimille",
                        False,
                        "Ei. Valtuuston päätösten laillisuuden valvonta kuuluu 39 §:n mukaan kunnanhallitukselle.",
                    ),
                    (
                        "Valvoa valtuuston päätösten laillisuutta, jonka lisäksi se valmistelee valtuuston asiat "
                        "ja panee päätökset täytäntöön",
                        True,
                        "Oikein. Nämä kuuluvat 39 §:ssä lueteltuihin kunnanhallituksen tehtäviin.",
                    ),
                ],
            },
        ],
    },
    {
        "key": "kestavyys-strategiassa",
        "course": SUSTAINABILITY,
        "module": "kestavyys-strategiassa",
        "title": "Tietovisa: kestävyys kuntastrategiassa",
        "intro": "Neljä tilannetta strategiatyöstä. Läpäisyyn tarvitset 75 % pisteistä.",
        "pass_mark_percent": 75,
        "max_attempts": None,
        "questions": [
            {
                "case": (
                    "Kunnanhallitus on valmistellut uuden kuntastrategian, jossa kestävyys on läpileikkaava "
                    "tavoite. Kunnanhallituksen puheenjohtaja ehdottaa, että kunnanhallitus hyväksyy strategian "
                    "itse, jotta työ ei viivästy."
                ),
                "text": "Mitä kuntalaki sanoo ehdotuksesta?",
                "multiple": False,
                "options": [
                    (
                        "Kunnanhallitus voi hyväksyä strategian, koska se johtaa kunnan toimintaa.",
                        False,
                        "Ei. Kunnanhallitus johtaa toimintaa, hallintoa ja taloutta (38 §), mutta strategiasta "
                        "päättää valtuusto.",
                    ),
                    (
                        "Strategia on vapaaehtoinen, joten kunta voi valita hyväksyjän.",
                        False,
                        "Ei. Kunnalla on oltava kuntastrategia (37 §), ja siitä päättää valtuusto.",
                    ),
                    (
                        "Kunnanjohtaja hyväksyy strategian, kun valtuusto on merkinnyt sen tiedoksi.",
                        False,
                        "Ei. Tiedoksi merkitseminen ei ole päätös. Strategiasta päättää valtuusto.",
                    ),
                    (
                        "Kunnanhallitus valmistelee strategian, mutta siitä päättää valtuusto.",
                        True,
                        "Oikein. Strategia on valtuuston päätös (14 ja 37 §); kunnanhallitus valmistelee "
                        "valtuuston asiat (39 §).",
                    ),
                ],
                "explanation": (
                    "Kuntalain 37 §: kunnalla on kuntastrategia, jossa valtuusto päättää kunnan toiminnan ja "
                    "talouden pitkän aikavälin tavoitteista; 14 § lukee strategian valtuuston tehtäviin. "
                    "Kunnanhallitus valmistelee valtuuston asiat (39 §) ja johtaa toimintaa strategian mukaisesti "
                    "(38 §)."
                ),
            },
            {
                "case": (
                    "Valtuutettu haluaa arvioida strategiatyössä, miten kunnan ilmastotavoitteet ovat edenneet. "
                    "Hän pyytää ympäristöpäälliköltä kunnan päästölaskelmat. Päällikkö vastaa, että laskelmat "
                    "annetaan vain ympäristölautakunnan jäsenille."
                ),
                "text": "Kuka on oikeassa?",
                "multiple": False,
                "options": [
                    (
                        "Valtuutettu: hänellä on oikeus tehtävänsä hoitamiseksi tarpeellisiin tietoihin.",
                        True,
                        "Oikein. Strategia on valtuuston päätös, joten päästölaskelmat ovat tarpeen valtuutetun "
                        "tehtävässä (83 §).",
                    ),
                    (
                        "Päällikkö: tiedot kuuluvat vain sen toimielimen jäsenille, joka asiaa käsittelee.",
                        False,
                        "Ei. Valtuusto vastaa kunnan toiminnasta ja taloudesta (14 §), ja valtuutettu saa "
                        "tehtävänsä hoitamiseksi tarpeelliset tiedot (83 §).",
                    ),
                    (
                        "Päällikkö: valtuutettu saa tietoa vain kunnanjohtajan kautta.",
                        False,
                        "Ei. 83 § antaa oikeuden saada tietoja kunnan viranomaisilta, ei vain kunnanjohtajalta.",
                    ),
                ],
                "explanation": RULE_83,
            },
            {
                "text": (
                    "Nykyinen strategia hyväksyttiin vuonna 2018, ja uusi valtuusto aloitti 1.8.2021. Mitä "
                    "kuntalain 37 § edellyttää?"
                ),
                "multiple": False,
                "options": [
                    (
                        "Strategia on tarkistettava joka vuosi talousarvion yhteydessä.",
                        False,
                        "Ei. Talousarvio toteuttaa strategiaa vuosittain, mutta laki edellyttää tarkistamista "
                        "vähintään kerran valtuustokaudessa.",
                    ),
                    (
                        "Uuden valtuuston on tarkistettava strategia kaudellaan, sillä se tarkistetaan vähintään "
                        "kerran valtuustokaudessa.",
                        True,
                        "Oikein. Kauden alku on luonteva hetki: uusi valtuusto linjaa tavoitteet, joiden mukaan "
                        "kuntaa johdetaan.",
                    ),
                    (
                        "Strategia on voimassa, kunnes kunnanjohtaja vaihtuu.",
                        False,
                        "Ei. Strategia on valtuuston väline, eikä sen tarkistaminen riipu kunnanjohtajasta.",
                    ),
                ],
            },
            {
                "text": (
                    "Strategialuonnoksessa on kunnianhimoiset kestävyystavoitteet, mutta ei sanaakaan siitä, miten "
                    "niiden toteutumista seurataan. Mitä 37 §:n mukaan puuttuu?"
                ),
                "multiple": False,
                "options": [
                    (
                        "Jokaisen tavoitteen yksityiskohtainen määräraha",
                        False,
                        "Ei. Määrärahat päätetään talousarviossa (110 §), ei strategiassa.",
                    ),
                    (
                        "Ei mitään: seuranta kuuluu tilinpäätökseen, ei strategiaan.",
                        False,
                        "Ei. 37 §:n mukaan strategiaan kuuluu arviointi ja seuranta.",
                    ),
                    (
                        "Arviointi ja seuranta: miten strategian toteutumista arvioidaan ja seurataan",
                        True,
                        "Oikein. Ilman seurantaa strategia jää helposti hyllyyn.",
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
        "intro": "Neljä tilannetta talousarviosta ja päätöksenteosta. Läpäisyyn tarvitset 75 % pisteistä.",
        "pass_mark_percent": 75,
        "max_attempts": None,
        "questions": [
            {
                "case": (
                    "Kunnanhallitus käsittelee talousarvioon liittyvää hankintaa. Kunnanhallituksen jäsenen "
                    "puoliso omistaa yrityksen, joka on yksi tarjoajista."
                ),
                "text": "Mitä jäsenen on tehtävä?",
                "multiple": False,
                "options": [
                    (
                        "Hän voi osallistua, koska kunnanhallituksessa sovelletaan valtuutettujen suppeaa sääntöä.",
                        False,
                        "Ei. Suppea sääntö koskee valtuutettuja valtuustossa. Kunnanhallituksessa sovelletaan "
                        "hallintolakia (97 §).",
                    ),
                    (
                        "Hän on esteellinen vain, jos puolison yritys voittaa kilpailun.",
                        False,
                        "Ei. Esteellisyys arvioidaan ennen käsittelyä, eikä se riipu lopputuloksesta.",
                    ),
                    (
                        "Ilmoittaa esteellisyydestään ja poistua käsittelyn ajaksi, koska hänen puolisonsa on "
                        "asianosainen.",
                        True,
                        "Oikein. Puoliso on hallintolain tarkoittama läheinen, ja tarjoajana asianosainen.",
                    ),
                    (
                        "Osallistua keskusteluun, mutta jättää äänestämättä.",
                        False,
                        "Ei. Esteellinen ei osallistu käsittelyyn eikä ole läsnä sen aikana.",
                    ),
                ],
                "explanation": RULE_97 + " " + RULE_HL,
            },
            {
                "case": (
                    "Valtuusto päättää talousarviossa uuden koulun rakentamisesta. Esityksessä on vain "
                    "ensimmäisen vuoden kustannukset. Valtuutettu haluaa tietää rakennuksen ylläpidon ja "
                    "käytön kustannukset tuleville vuosille ennen päätöstä."
                ),
                "text": "Mikä on hyvä tapa toimia?",
                "multiple": False,
                "options": [
                    (
                        "Pyytää elinkaarikustannukset valmistelusta ennen päätöstä.",
                        True,
                        "Oikein. Tieto on tarpeen päätöksen harkitsemiseksi, joten valtuutetulla on oikeus saada se "
                        "(83 §). Taloudellinen kestävyys katsoo yli yhden vuoden.",
                    ),
                    (
                        "Tyytyä ensimmäisen vuoden kustannuksiin, koska talousarvio koskee vain yhtä vuotta.",
                        False,
                        "Ei. Talousarvion rinnalla valtuusto hyväksyy taloussuunnitelman, ja rakennuksen "
                        "ylläpito maksaa vuosikymmeniä.",
                    ),
                    (
                        "Pyytää tarkastuslautakuntaa laskemaan kustannukset.",
                        False,
                        "Ei. Tarkastuslautakunta arvioi jälkikäteen, toteutuivatko tavoitteet; se ei valmistele "
                        "päätöksiä.",
                    ),
                    (
                        "Laskea kustannukset itse, koska valtuutettu ei voi pyytää lisätietoa valmistelusta.",
                        False,
                        "Ei. Valtuutettu voi pyytää tietoja kunnan viranomaisilta (83 §).",
                    ),
                ],
                "explanation": RULE_83
                + " Kuntalain 110 §: valtuusto hyväksyy talousarvion ja samalla taloussuunnitelman useammalle "
                "vuodelle, joten investoinnin vaikutukset tuleviin vuosiin kuuluvat päätöksen pohjaksi.",
            },
            {
                "text": (
                    "Kunnanhallituksen talousarvioesityksessä määrärahat eivät riitä strategian "
                    "kestävyystavoitteeseen. Mitä valtuusto voi tehdä?"
                ),
                "multiple": False,
                "options": [
                    (
                        "Vain hyväksyä tai hylätä esityksen, koska kunnanhallitus päättää määrärahoista.",
                        False,
                        "Ei. Talousarviosta päättää valtuusto (14 ja 110 §), ja se voi muuttaa esitystä.",
                    ),
                    (
                        "Jättää määrärahat kunnanjohtajan päätettäviksi.",
                        False,
                        "Ei. Talousarvio on valtuuston tärkeimpiä ohjausvälineitä, eikä sitä siirretä "
                        "kunnanjohtajalle.",
                    ),
                    (
                        "Muuttaa talousarviota ennen hyväksymistä, koska talousarviosta päättää valtuusto.",
                        True,
                        "Oikein. Kunnanhallitus valmistelee, valtuusto päättää. Jos strategian tavoite ei näy "
                        "määrärahoissa, valtuusto voi korjata sen.",
                    ),
                ],
            },
            {
                "text": (
                    "Lautakunta valmistelee kirjastoautopalvelun lopettamista. Mitä kestävyyden kannalta "
                    "kannattaa kysyä ennen päätöstä? Valitse kaikki oikeat."
                ),
                "multiple": True,
                "options": [
                    (
                        "Miten päätös ajoitetaan, ettei siitä keskustella ennen vaaleja?",
                        False,
                        "Ei. Tämä ei kysy päätöksen vaikutuksista vaan sen näkyvyydestä; avoimuus kuuluu hyvään "
                        "valmisteluun.",
                    ),
                    (
                        "Keiden arki muuttuu, ja miten palvelu heille korvataan?",
                        True,
                        "Oikein. Sosiaalinen kestävyys: kenen arki muuttuu?",
                    ),
                    (
                        "Mitä päätös säästää ja maksaa usean vuoden aikana?",
                        True,
                        "Oikein. Taloudellinen kestävyys katsoo yli yhden vuoden.",
                    ),
                    (
                        "Lisääkö muutos asukkaiden ajamista omalla autolla?",
                        True,
                        "Oikein. Ekologinen kestävyys: päästöt ja liikkuminen.",
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
        "intro": "Neljä tilannetta hyvinvoinnista, osallisuudesta ja luottamushenkilön tehtävästä.",
        "pass_mark_percent": 75,
        "max_attempts": None,
        "questions": [
            {
                "case": (
                    "Kunta suunnittelee kahden kyläkoulun yhdistämistä. Valmistelijat ehdottavat asukastilaisuutta "
                    "sen jälkeen, kun lautakunta on hyväksynyt esityksen."
                ),
                "text": "Milloin asukkaita kannattaa kuulla?",
                "multiple": False,
                "options": [
                    (
                        "Kun esitys on valmis, jotta asukkaille voi kertoa tarkat tiedot",
                        False,
                        "Ei. Silloin palaute ei yleensä ehdi vaikuttaa, ja asukkaat kokevat, ettei heitä kuunneltu.",
                    ),
                    (
                        "Ei lainkaan, koska valtuutetut edustavat asukkaita",
                        False,
                        "Ei. Valtuutetut edustavat asukkaita, mutta kuuleminen tuo valmisteluun tietoa, jota "
                        "heillä ei ole.",
                    ),
                    (
                        "Jo valmistelun alussa, kun vaihtoehdot ovat vielä auki",
                        True,
                        "Oikein. Silloin palaute ehtii vaikuttaa esitykseen.",
                    ),
                    (
                        "Vasta kun muutos pannaan täytäntöön",
                        False,
                        "Ei. Silloin kyse on tiedottamisesta, ei kuulemisesta.",
                    ),
                ],
                "explanation": (
                    "Kuntalain 37 §: kuntastrategiassa otetaan huomioon asukkaiden osallistumis- ja "
                    "vaikuttamismahdollisuudet. Kuuleminen on aitoa vain, kun palaute ehtii vaikuttaa: valmistelun "
                    "alussa vaihtoehdot ovat vielä auki."
                ),
            },
            {
                "case": (
                    "Valtuutettu asuu kylässä, jonka koulu on lakkautusuhan alla. Kyläyhdistys vaatii häntä "
                    "äänestämään lakkautusta vastaan riippumatta siitä, mitä selvitykset kertovat muiden alueiden "
                    "lasten palveluista."
                ),
                "text": "Mitä kuntalain 69 § edellyttää häneltä?",
                "multiple": False,
                "options": [
                    (
                        "Edistämään kunnan ja sen asukkaiden etua: hän tuo kylän näkökulman esiin, mutta punnitsee "
                        "sitä koko kunnan asukkaiden kannalta.",
                        True,
                        "Oikein. Laki puhuu kunnan ja sen asukkaiden edusta, ei yhden alueen edusta.",
                    ),
                    (
                        "Ajamaan ensisijaisesti oman asuinalueensa etua, koska sen asukkaat äänestivät hänet.",
                        False,
                        "Ei. Luottamushenkilö edistää koko kunnan ja sen asukkaiden etua.",
                    ),
                    (
                        "Jättäytymään pois käsittelystä, koska hän asuu kylässä.",
                        False,
                        "Ei. Asuinpaikka ei tee esteelliseksi: koulun lakkauttaminen ei koske häntä "
                        "henkilökohtaisesti 97 §:n tarkoittamalla tavalla.",
                    ),
                    (
                        "Noudattamaan valtuustoryhmänsä linjaa, koska ryhmä vastaa päätöksistä.",
                        False,
                        "Ei. Ryhmä voi sopia linjoista, mutta laki asettaa velvoitteen luottamushenkilölle itselleen.",
                    ),
                ],
                "explanation": (
                    "Kuntalain 69 §: luottamushenkilön ”tulee edistää kunnan ja sen asukkaiden etua” ja toimia "
                    "luottamustehtävän edellyttämällä arvokkuudella."
                ),
            },
            {
                "case": (
                    "Ympäristölautakunta käsittelee maa-aineksen ottamista koskevaa lupahakemusta. Lautakunnan "
                    "jäsenen veli omistaa yrityksen, joka hakee lupaa."
                ),
                "text": "Onko jäsen esteellinen?",
                "multiple": False,
                "options": [
                    (
                        "Ei ole, koska asia ei koske häntä itseään.",
                        False,
                        "Ei. Hallintolain mukaan esteellisyyden aiheuttaa myös se, että läheinen, kuten sisarus, "
                        "on asianosainen.",
                    ),
                    (
                        "On, koska hänen läheisensä on asianosainen.",
                        True,
                        "Oikein. Veli on hallintolain tarkoittama läheinen, ja hakijan omistajana asianosainen.",
                    ),
                    (
                        "On vain, jos hän omistaa itse osan veljensä yrityksestä.",
                        False,
                        "Ei. Läheisen asema asianosaisena riittää.",
                    ),
                    (
                        "Ei ole, jos muut jäsenet hyväksyvät hänen osallistumisensa.",
                        False,
                        "Ei. Esteellisyys perustuu lakiin; muiden suostumus ei poista sitä.",
                    ),
                ],
                "explanation": RULE_97 + " " + RULE_HL,
            },
            {
                "text": (
                    "Strategiatyöryhmä kokoaa sosiaalisen ja ekologisen kestävyyden tavoitteita. Mitkä kuuluvat "
                    "asioihin, jotka kuntalain 37 §:n mukaan otetaan strategiassa huomioon? Valitse kaikki oikeat."
                ),
                "multiple": True,
                "options": [
                    ("Elinympäristö ja alueen elinvoima", True, "Oikein. Ne ovat 37 §:n luettelossa."),
                    (
                        "Kuntavaalien ehdokasasettelu",
                        False,
                        "Ei. Ehdokasasettelu on puolueiden ja valitsijayhdistysten asia, ei kuntastrategian.",
                    ),
                    (
                        "Asukkaiden osallistumis- ja vaikuttamismahdollisuudet",
                        True,
                        "Oikein. Ne ovat 37 §:n luettelossa.",
                    ),
                    ("Asukkaiden hyvinvoinnin edistäminen", True, "Oikein. Se on luettelon ensimmäinen asia."),
                ],
            },
        ],
    },
    {
        "key": "kestavat-kunnat-2030",
        "course": SUSTAINABILITY,
        "module": "kestavat-kunnat-2030",
        "title": "Tietovisa: Kestävät kunnat 2030",
        "intro": (
            "Harjoitustehtävä: kolme tilannetta kestävästä johtamisesta. Läpäisyrajaa ei ole, eikä tehtävä estä "
            "oppitunnin merkitsemistä tehdyksi."
        ),
        "pass_mark_percent": 75,
        "max_attempts": None,
        "mode": "practice",
        "questions": [
            {
                "case": (
                    "Strategiatyöpajassa valtuutettu ehdottaa, että kunnan visioksi otetaan Kestävät kunnat 2030 "
                    "-ennakoinnin toivottu skenaario, ja varoittaa samalla sen uhkakuvasta."
                ),
                "text": "Mikä skenaario oli ennakoinnissa toivottu tulevaisuus?",
                "multiple": False,
                "options": [
                    ("Vähähiiliset hyvinvointiverkostot", True, "Oikein. Se oli ennakoinnin toivottu tulevaisuus."),
                    (
                        "Loittoneva kunta",
                        False,
                        "Ei. Loittoneva kunta oli yksi skenaarioista, mutta ei toivottu tulevaisuus.",
                    ),
                    (
                        "Yksinäisten kestämätön kunta",
                        False,
                        "Ei. Se oli skenaarioista uhkakuva, jota valtuutettu varoittaa välttämään.",
                    ),
                ],
                "explanation": (
                    "Kestävät kunnat 2030 -ennakointi (kevät 2021, 34 kuntaa, neljä tulevaisuustyöpajaa) laati "
                    "neljä skenaariota kestävästä kunnasta ja kehityspolkuja. Toivottu skenaario oli "
                    "”Vähähiiliset hyvinvointiverkostot”, uhkakuva ”Yksinäisten kestämätön kunta”. Julkaisu: "
                    "Kestävä kehitys kunnissa – Lähtölaskenta uhkakuvasta unelmaan."
                ),
            },
            {
                "case": (
                    "Kunnanjohtaja ehdottaa, että viranhaltijat laativat kestävyysohjelman valmiiksi ja "
                    "luottamushenkilöt näkevät sen vasta valtuuston kokouksessa, jotta työ etenee nopeasti."
                ),
                "text": "Mikä on kaksoisjohtamisen kannalta paras vastaus?",
                "multiple": False,
                "options": [
                    (
                        "Hyvä ehdotus: valmistelu kuuluu viranhaltijoille ja päätös luottamushenkilöille.",
                        False,
                        "Ei. Työnjako on oikea, mutta jos vaiheet eivät kohtaa, poliittinen linjaus tulee liian "
                        "myöhään.",
                    ),
                    (
                        "Ohjelma valmistellaan yhdessä: luottamushenkilöt linjaavat tavoitteet, viranhaltijat tuovat "
                        "asiantuntemuksen, ja roolit sovitaan.",
                        True,
                        "Oikein. Kuntaliiton mukaan onnistuvat kunnat, joita poliittinen ja ammatillinen johto "
                        "johtavat strategisesti yhdessä.",
                    ),
                    (
                        "Luottamushenkilöt laativat ohjelman itse ilman viranhaltijoita.",
                        False,
                        "Ei. Silloin valmistelusta puuttuu ammatillinen asiantuntemus.",
                    ),
                ],
                "explanation": (
                    "Kaksoisjohtaminen: kuntaa johtavat yhdessä luottamushenkilöt (poliittinen johto) ja "
                    "viranhaltijat (ammatillinen johto). Kuntaliiton mukaan yhteinen ymmärrys kummankin rooleista "
                    "ja tehtävistä on olennaista. USO-verkosto 2021–2022 nimeää toimivan kaksoisjohtamisen yhdeksi "
                    "teemoistaan."
                ),
            },
            {
                "case": (
                    "Uusi kunnanjohtaja aloittaa keväällä 2022. Valtuusto haluaa, että kestävän johtamisen "
                    "odotukset kirjataan kunnanjohtajan kanssa tehtävään johtajasopimukseen."
                ),
                "text": "Kuka hyväksyy johtajasopimuksen?",
                "multiple": False,
                "options": [
                    (
                        "Kunnanhallituksen puheenjohtaja yksin",
                        False,
                        "Ei. Sopimuksen hyväksyy toimielin: 42 §:n mukaan kunnanhallitus.",
                    ),
                    (
                        "Valtuusto, koska se valitsi kunnanjohtajan",
                        False,
                        "Ei. Valtuusto valitsee kunnanjohtajan (41 §), mutta johtajasopimuksen hyväksyy "
                        "26.5.2021 alkaen kunnanhallitus.",
                    ),
                    (
                        "Kunnanhallitus",
                        True,
                        "Oikein. Valtuusto voi tuoda odotuksensa esiin esimerkiksi strategiassa, mutta "
                        "sopimuksen hyväksyy kunnanhallitus (42 §).",
                    ),
                ],
                "explanation": RULE_42,
            },
        ],
    },
]
