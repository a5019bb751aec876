"""Demokurssi: Kestävä kunnan johtaminen.

Kurssi valtuustokauden 2021–2025 luottamushenkilöille, kunnanjohtajille ja kouluttajille.
Pohjana USO-verkoston 2021–2022 kestävän kunnan johtamisen teema ja Kestävät kunnat 2030 -ennakointi.
Tiedot on tarkistettu tiedostosta CONTENT-FACTS.md ja kuntalain (410/2015) tekstistä.
Esimerkkitapaukset (case) ovat kuvitteellisia.
"""

COURSE = {
    "slug": "kestava-kunnan-johtaminen",
    "title": "Kestävä kunnan johtaminen",
    "summary": (
        "Kurssi näyttää, miten sosiaalinen, taloudellinen ja ekologinen kestävyys tuodaan kuntastrategiaan, "
        "talousarvioon ja päätösten valmisteluun. Se perustuu USO-verkoston 2021–2022 kestävän kunnan "
        "johtamisen teemaan ja Kestävät kunnat 2030 -ennakointiin."
    ),
    "learning_objectives": (
        "<ul>"
        "<li>Kurssin jälkeen tunnet kestävyyden kolme ulottuvuutta ja osaat kertoa, miten ne näkyvät kunnan päätöksissä.</li>"
        "<li>Kurssin jälkeen tiedät, mitä kuntalaki edellyttää kuntastrategialta, ja osaat arvioida, miten kestävyys on kirjattu oman kuntasi strategiaan.</li>"
        "<li>Kurssin jälkeen ymmärrät, miten talousarvio ja -suunnitelma toteuttavat strategiaa ja mitä taloudellinen kestävyys tarkoittaa pitkällä aikavälillä.</li>"
        "<li>Kurssin jälkeen osaat kysyä valmisteltavista asioista päätösten sosiaalisia, taloudellisia ja ekologisia vaikutuksia ja tehdä ristiriidat näkyviksi.</li>"
        "<li>Kurssin jälkeen tunnet Kestävät kunnat 2030 -ennakoinnin ja osaat käyttää skenaarioita valtuuston strategiatyössä.</li>"
        "</ul>"
    ),
    "audience": "both",
    # "estimated_minutes" is set below from the lessons, so the stated total cannot drift from their sum.
    "tags": [
        "kestävyys",
        "sosiaalinen kestävyys",
        "taloudellinen kestävyys",
        "ekologinen kestävyys",
        "strategia",
        "ennakointi",
        "kaksoisjohtaminen",
    ],
    "intro": [
        ("heading", {"text": "Kestävyys osaksi kunnan johtamista", "level": "h2"}),
        (
            "paragraph",
            "<p>Valtuustokausi 2021–2025 alkoi poikkeuksellisesti 1.8.2021, koska kuntavaalit siirrettiin "
            "koronaepidemian vuoksi huhtikuulta 13.6.2021 pidettäviksi. Uuden valtuuston päätösten on kestettävä "
            "niin asukkaiden hyvinvoinnin, kunnan talouden kuin ympäristönkin näkökulmasta, ja monet niistä "
            "vaikuttavat pitkälle tämän valtuustokauden jälkeen.</p>",
        ),
        (
            "paragraph",
            "<p>Kurssi perustuu USO-verkoston 2021–2022 toimintakauteen. Verkoston kuudennen kierroksen toteuttivat "
            "Kuntaliitto, FCG Finnish Consulting Group ja ympäristöministeriön Kestävä kaupunki -ohjelma. "
            "Kierroksen teemana oli kestävä kunnan johtaminen: miten sosiaalinen, taloudellinen ja ekologinen "
            "kestävyys liitetään osaksi kunnan strategisen johtamisen kehikkoa ja kunnan arkista työtä. "
            "Muina teemoina olivat strateginen johtaminen ja toimiva kaksoisjohtaminen.</p>",
        ),
        (
            "paragraph",
            "<p>Verkoston ohjelmaan kuului kuusi yhteistä seminaaria, kaksi luottamushenkilöille tarkoitettua "
            "koulutus- ja vertaistukitilaisuutta sekä viisi työpajaa, joita jäsenkunnat saattoivat käyttää omaan "
            "kehittämiseensä. Syksylle 2021 suosituimmiksi odotettiin uuden valtuuston perehdytys- ja "
            "kehittämisseminaareja sekä strategiatyöpajoja.</p>",
        ),
        ("heading", {"text": "Kurssin rakenne", "level": "h2"}),
        (
            "paragraph",
            "<p>Kurssissa on neljä moduulia. Ensimmäinen käsittelee kestävyyden kolmea ulottuvuutta ja "
            "kuntastrategiaa niiden kokoajana. Toinen vie strategian talousarvioon ja päätösten valmisteluun. "
            "Kolmas tarkastelee hyvinvointia, osallisuutta, maankäyttöä ja ilmastotyötä kunnan arjessa. "
            "Neljäs esittelee keväällä 2021 tehdyn Kestävät kunnat 2030 -ennakoinnin ja sen, miten valtuusto voi "
            "käyttää skenaarioita strategiatyössään.</p>",
        ),
        (
            "paragraph",
            "<p>Kurssi on tarkoitettu sekä luottamushenkilöille että viranhaltijoille. Kestävä johtaminen onnistuu "
            "vain, jos poliittinen ja ammatillinen johto tekevät työtä yhdessä ja ymmärtävät toistensa roolit. "
            "Jokainen oppitunti päättyy pohdintakysymykseen tai muistilistaan, jota voit käyttää omassa "
            "luottamustehtävässäsi tai työssäsi.</p>",
        ),
        (
            "key_point",
            {
                "title": "Kurssin ydinajatus",
                "text": "<p>Kestävyys ei ole erillinen hanke kunnan muun toiminnan rinnalla. Se on näkökulma, joka "
                "kulkee mukana strategiassa, talousarviossa ja jokaisen päätöksen valmistelussa.</p>",
            },
        ),
    ],
    "modules": [
        # ------------------------------------------------------------------
        # Moduuli 1
        # ------------------------------------------------------------------
        {
            "slug": "kestavyys-strategiassa",
            "title": "Kestävyys kuntastrategiassa",
            "summary": (
                "Kestävyyden kolme ulottuvuutta, kuntastrategia niiden kokoajana ja strategian mukainen "
                "johtaminen kuntalain 37 ja 38 §:n pohjalta."
            ),
            "intro": [
                (
                    "paragraph",
                    "<p>Tässä moduulissa tutustut siihen, mitä sosiaalinen, taloudellinen ja ekologinen kestävyys "
                    "tarkoittavat kunnassa. Sen jälkeen katsotaan, miksi kuntastrategia on luonteva paikka koota "
                    "ulottuvuudet yhteen ja miten strategia muuttuu johtamiseksi.</p>",
                ),
                (
                    "key_point",
                    {
                        "title": "Moduulin ydin",
                        "text": "<p>Kuntalaki velvoittaa johtamaan kuntaa valtuuston hyväksymän kuntastrategian "
                        "mukaisesti. Siksi kestävyyden on näyttävä strategiassa, jotta se näkyisi johtamisessa.</p>",
                    },
                ),
            ],
            "lessons": [
                {
                    "slug": "kestavyyden-kolme-ulottuvuutta",
                    "title": "Kestävyyden kolme ulottuvuutta",
                    "summary": (
                        "Mitä sosiaalinen, taloudellinen ja ekologinen kestävyys tarkoittavat kunnassa ja miksi "
                        "niitä kannattaa tarkastella yhdessä."
                    ),
                    "estimated_minutes": 10,
                    "body": [
                        ("heading", {"text": "Kestävyys on kunnan perustehtävä", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Kestävyys kuulostaa helposti juhlapuheiden sanalta, mutta kunnassa se on hyvin "
                            "konkreettinen asia. Kuntalain ensimmäinen pykälä asettaa kunnalle tehtävän, jossa "
                            "kestävyys on mukana jo lähtökohtana. Laissa sanotaan näin:</p>"
                            "<p><em>”Kunta edistää asukkaidensa hyvinvointia ja alueensa elinvoimaa sekä järjestää "
                            "asukkailleen palvelut taloudellisesti, sosiaalisesti ja ympäristöllisesti kestävällä "
                            "tavalla.”</em> (kuntalaki 410/2015, 1 § 2 mom.)</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Saman pykälän mukaan lain tarkoituksena on myös edistää kunnan toiminnan "
                            "suunnitelmallisuutta ja taloudellista kestävyyttä. Kestävyys ei siis ole valtuutetun "
                            "henkilökohtainen arvovalinta tai yhden puolueen teema, vaan osa sitä, mitä kunnalta lain "
                            "mukaan odotetaan. Poliittista harkintaa tarvitaan siinä, miten kestävyys toteutetaan ja "
                            "mitä painotetaan.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Kuntalain 69 §:n mukaan luottamushenkilön tulee edistää kunnan ja sen asukkaiden "
                            "etua. Kestävyyden näkökulmasta on hyvä muistaa myös ne, jotka asuvat kunnassa kymmenen tai "
                            "kolmenkymmenen vuoden kuluttua. Monet nyt tehtävät päätökset, kuten kaavat, "
                            "koulurakennukset ja velanotto, vaikuttavat pitkälle heidän elämäänsä. Kestävä päätös "
                            "ottaa huomioon myös ne, jotka eivät vielä pääse äänestämään.</p>",
                        ),
                        ("heading", {"text": "Kolme ulottuvuutta", "level": "h2"}),
                        (
                            "paragraph",
                            "<p><strong>Sosiaalinen kestävyys</strong> tarkoittaa, että ihmisillä on mahdollisuus "
                            "hyvään elämään nyt ja tulevaisuudessa: toimeentuloon, terveyteen, koulutukseen, "
                            "turvallisuuteen ja yhteisöön kuulumiseen. Kunnassa se näkyy esimerkiksi siinä, miten "
                            "palvelut tavoittavat ne, jotka niitä eniten tarvitsevat, ja miten asukkaat pääsevät "
                            "vaikuttamaan omaan ympäristöönsä.</p>",
                        ),
                        (
                            "paragraph",
                            "<p><strong>Taloudellinen kestävyys</strong> tarkoittaa, että kunta pystyy hoitamaan "
                            "tehtävänsä pitkällä aikavälillä siirtämättä kohtuutonta laskua tuleville asukkaille tai "
                            "päättäjille. Kyse ei ole pelkästä säästämisestä, vaan siitä, että tulot, menot, "
                            "investoinnit ja velka pysyvät tasapainossa vuosien mittaan.</p>",
                        ),
                        (
                            "paragraph",
                            "<p><strong>Ekologinen kestävyys</strong> tarkoittaa, että kunnan toiminta sopii "
                            "luonnon kantokykyyn: ilmastopäästöt vähenevät, luonnon monimuotoisuus säilyy ja "
                            "luonnonvaroja käytetään harkiten. Kunnalla on tähän monta keinoa, kuten kaavoitus, "
                            "liikenne, rakennusten energiankäyttö, hankinnat ja oma kiinteistökanta.</p>",
                        ),
                        ("heading", {"text": "Ulottuvuudet vaikuttavat toisiinsa", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Kolmea ulottuvuutta ei kannata hoitaa erillisinä lokeroina, koska sama päätös "
                            "vaikuttaa yleensä kaikkiin. Kun kunta päättää esimerkiksi koulun sijainnista, päätös "
                            "vaikuttaa lasten koulumatkoihin ja kylän yhteisöön, kiinteistö- ja kuljetuskustannuksiin "
                            "sekä liikenteen päästöihin. Kun ulottuvuudet katsotaan yhdessä, ristiriidat tulevat "
                            "näkyviin ajoissa ja ratkaisuja voidaan hakea tietoisesti. Usein löytyy myös ratkaisuja, "
                            "jotka hyödyttävät useampaa ulottuvuutta kerralla. Esimerkiksi turvallinen pyörätie kouluun voi "
                            "lisätä lasten liikkumista, vähentää saattoliikennettä ja pienentää "
                            "koulukuljetustarvetta.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Kestävyydessä on aina kyse myös ajasta. Lyhyen aikavälin säästö voi muuttua pitkän "
                            "aikavälin kustannukseksi, ja nyt tehty investointi voi tuottaa hyötyjä vasta vuosien "
                            "päästä. Siksi kestävyyttä arvioitaessa kannattaa aina kysyä, millä aikavälillä "
                            "asiaa katsotaan.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>USO-verkoston 2021–2022 teemana oli juuri tämä: miten sosiaalinen, taloudellinen ja "
                            "ekologinen kestävyys liitetään osaksi kunnan strategista johtamista ja arkista työtä. "
                            "Ajatus on, että kestävyys ei ole erillinen ohjelma strategian rinnalla, vaan näkökulma, "
                            "joka kulkee mukana kaikessa valmistelussa ja päätöksenteossa.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Laajempana kehyksenä monet kunnat käyttävät YK:n kestävän kehityksen Agenda 2030 "
                            "-toimintaohjelmaa. Sen tavoitteet tarjoavat yhteisen kielen, jonka avulla kunnan omaa "
                            "työtä voi verrata kansainvälisiin tavoitteisiin. Kunnalle olennaista on kuitenkin se, "
                            "miten tavoitteet muuttuvat omiksi päätöksiksi ja teoiksi. Agenda 2030 ei korvaa "
                            "kuntastrategiaa, mutta se voi auttaa huomaamaan asioita, jotka omassa strategiassa "
                            "ovat jääneet vähälle huomiolle.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "title": "Muista",
                                "text": "<p>Kuntalaki edellyttää, että kunta järjestää palvelunsa taloudellisesti, "
                                "sosiaalisesti ja ympäristöllisesti kestävällä tavalla. Valtuutetun tehtävä on "
                                "huolehtia, että kaikki kolme ulottuvuutta otetaan huomioon samassa päätöksessä, "
                                "ei vuorotellen.</p>",
                            },
                        ),
                        (
                            "reflection",
                            {
                                "question": "Ajattele jotakin asiaa, jonka valtuusto tai lautakunta on käsitellyt "
                                "äskettäin. Miten se vaikuttaa asukkaiden hyvinvointiin, kunnan talouteen ja "
                                "ympäristöön – ja mistä vaikutuksista päätösesityksessä kerrottiin?",
                                "guidance": "Jos vaikutuksia kuvattiin vain yhdestä näkökulmasta, mieti, mitä tietoa "
                                "olisit tarvinnut muista ulottuvuuksista ja keneltä olisit voinut sitä pyytää.",
                            },
                        ),
                    ],
                },
                {
                    "slug": "kuntastrategia-kestavyyden-kehyksena",
                    "title": "Kuntastrategia kestävyyden kehyksenä",
                    "summary": (
                        "Kuntalain 37 § tekee kuntastrategiasta valtuuston tärkeimmän välineen, johon kestävyyden "
                        "ulottuvuudet voidaan koota."
                    ),
                    "estimated_minutes": 12,
                    "body": [
                        ("heading", {"text": "Mikä kuntastrategia on", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Jokaisessa kunnassa on oltava kuntastrategia. Kuntalain 37 §:n mukaan valtuusto "
                            "päättää strategiassa kunnan toiminnan ja talouden pitkän aikavälin tavoitteista. "
                            "Strategia on siis valtuuston oma asiakirja: se kertoo, mihin kunta pyrkii ja mitä se "
                            "pitää tärkeänä. Valtuuston tehtäviä luetteleva 14 § mainitsee kuntastrategian "
                            "valtuuston päätettävien asioiden joukossa talousarvion, hallintosäännön ja "
                            "omistajaohjauksen rinnalla.</p>",
                        ),
                        ("heading", {"text": "Mitä strategiassa on otettava huomioon", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Kuntalaki luettelee asiat, jotka kuntastrategiassa tulee ottaa huomioon:</p>"
                            "<ol>"
                            "<li>kunnan asukkaiden hyvinvoinnin edistäminen</li>"
                            "<li>palvelujen järjestäminen ja tuottaminen</li>"
                            "<li>kunnan tehtäviä koskevissa laeissa säädetyt palvelutavoitteet</li>"
                            "<li>omistajapolitiikka</li>"
                            "<li>henkilöstöpolitiikka</li>"
                            "<li>kunnan asukkaiden osallistumis- ja vaikuttamismahdollisuudet</li>"
                            "<li>elinympäristön ja alueen elinvoiman kehittäminen.</li>"
                            "</ol>",
                        ),
                        (
                            "paragraph",
                            "<p>Lista on kestävyyden kannalta kiinnostava. Hyvinvoinnin edistäminen ja "
                            "osallistumismahdollisuudet ovat sosiaalista kestävyyttä. Palvelujen järjestäminen, "
                            "omistajapolitiikka ja henkilöstöpolitiikka liittyvät vahvasti taloudelliseen "
                            "kestävyyteen. Elinympäristön kehittäminen kytkeytyy suoraan ekologiseen kestävyyteen. "
                            "Jako ei ole tarkka, sillä useimmat kohdat koskevat kaikkia kolmea ulottuvuutta. Juuri "
                            "siksi strategia on luonteva paikka koota ne yhteen.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Kaksi luettelon kohtaa jää kestävyyskeskustelussa usein vähälle huomiolle. "
                            "<strong>Omistajapolitiikka</strong> ratkaisee, mitä kunta odottaa omistamiltaan "
                            "yhtiöiltä, esimerkiksi energia-, vesihuolto- tai vuokrataloyhtiöltä. Jos strategiassa "
                            "tavoitellaan päästöjen vähentämistä tai kohtuuhintaista asumista, omistajaohjauksen on "
                            "tuettava samoja tavoitteita. <strong>Henkilöstöpolitiikka</strong> taas vaikuttaa siihen, "
                            "saako kunta osaavia työntekijöitä ja pysyvätkö he työkykyisinä. Ilman henkilöstöä "
                            "palveluja ei voi järjestää kestävästi.</p>",
                        ),
                        ("heading", {"text": "Nykytila, tulevat muutokset ja seuranta", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Lain mukaan strategian tulee perustua arvioon kunnan nykytilanteesta sekä tulevista "
                            "toimintaympäristön muutoksista ja niiden vaikutuksista kunnan tehtäviin. Strategiassa on "
                            "myös määriteltävä, miten sen toteutumista arvioidaan ja seurataan. Strategia tarkistetaan "
                            "vähintään kerran valtuuston toimikaudessa. Monessa kunnassa uusi valtuusto käykin strategian "
                            "läpi kautensa alussa. Syksyllä 2021 strategiatyöpajojen odotetaankin olevan USO-verkoston "
                            "kuntien suosituimpia työpajoja. Kuntastrategian on oltava saatavilla yleisessä tietoverkossa eli "
                            "käytännössä kunnan verkkosivuilla (109 §), joten asukkaat voivat itse arvioida, miten "
                            "kunta pitää lupauksensa.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Seuranta on kestävyyden kannalta ratkaiseva. Jos strategiaan kirjataan, että kunnan "
                            "päästöt vähenevät tai lasten hyvinvointi paranee, valtuusto tarvitsee mittareita, joilla "
                            "kehitystä voi seurata. Hyvä mittari on ymmärrettävä, siitä saa tietoa säännöllisesti ja "
                            "se kertoo jotain olennaista tavoitteesta. Mittareita ei tarvita paljon: muutama hyvin "
                            "valittu kertoo enemmän kuin pitkä taulukko, jota kukaan ei ehdi lukea. Seurannan tulokset "
                            "kannattaa tuoda valtuuston käsiteltäviksi säännöllisesti, esimerkiksi tilinpäätöksen "
                            "yhteydessä.</p>",
                        ),
                        ("heading", {"text": "Miten kestävyys kirjoitetaan strategiaan", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Kestävyyden voi tuoda strategiaan kahdella tavalla. Sen voi kirjoittaa omaksi "
                            "luvukseen tai sisällyttää kaikkiin strategian päämääriin. USO-verkoston ajatus "
                            "kestävyyden integroinnista puoltaa jälkimmäistä. Kun jokaisen päämäärän kohdalla "
                            "kysytään, mitä se tarkoittaa sosiaalisesti, taloudellisesti ja ekologisesti, kestävyys ei "
                            "jää erilliseksi liitteeksi. Erillinen ohjelma, esimerkiksi ilmasto- tai "
                            "hyvinvointiohjelma, voi silti olla hyödyllinen, kunhan se on kytketty strategian "
                            "tavoitteisiin ja talousarvioon.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Strategia on valtuuston asiakirja, mutta sen valmistelussa kannattaa kuulla laajasti. "
                            "Asukkaat, järjestöt, yritykset, henkilöstö sekä nuorisovaltuusto, vanhusneuvosto ja "
                            "vammaisneuvosto tuovat näkökulmia, joita valtuustolla ei muuten olisi. Kun asukkaat ovat "
                            "olleet mukana, strategian tavoitteisiin on myös helpompi sitoutua.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "title": "Strategia on valtuuston tärkein työkalu",
                                "text": "<p>Kun valtuusto päättää strategiasta, se päättää samalla, millä perusteilla "
                                "kuntaa johdetaan koko valtuustokauden. Kestävyys, jota ei ole kirjattu strategian "
                                "tavoitteisiin ja mittareihin, jää helposti puheen tasolle.</p>",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Kestävyys kuntastrategiassa – tarkista nämä",
                                "items": [
                                    "Strategia perustuu arvioon kunnan nykytilasta ja tulevista muutoksista.",
                                    "Kaikki kuntalain 37 §:ssä luetellut seitsemän asiaa on otettu huomioon.",
                                    "Jokaisen päämäärän sosiaalisia, taloudellisia ja ekologisia vaikutuksia on pohdittu.",
                                    "Tavoitteille on valittu muutama selkeä mittari.",
                                    "Strategiassa kerrotaan, miten ja milloin sen toteutumista arvioidaan ja seurataan.",
                                    "On sovittu, miten strategian tavoitteet viedään talousarvioon.",
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "strategian-mukaan-johtaminen",
                    "title": "Strategian mukaan johtaminen",
                    "summary": (
                        "Strategia ohjaa kuntaa vasta, kun sitä käytetään johtamisessa, talousarviossa ja "
                        "seurannassa, ja siihen tarvitaan sekä poliittista että ammatillista johtoa."
                    ),
                    "estimated_minutes": 12,
                    "body": [
                        ("heading", {"text": "Laki velvoittaa johtamaan strategian mukaan", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Kuntalain 38 § alkaa lauseella, joka kannattaa muistaa koko valtuustokauden ajan: "
                            "<em>”Kunnan toimintaa johdetaan valtuuston hyväksymän kuntastrategian mukaisesti.”</em> "
                            "Strategia ei siis ole pelkkä suunta-asiakirja, vaan johtamisen perusta. Käytännössä tämä "
                            "tarkoittaa, että strategian tavoitteiden pitäisi näkyä kunnanhallituksen ja lautakuntien "
                            "päätöksissä, toimialojen suunnitelmissa ja viranhaltijoiden työssä.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Samassa pykälässä säädetään työnjaosta. Kunnanhallitus johtaa kunnan toimintaa, "
                            "hallintoa ja taloutta. Kunnanjohtaja johtaa kunnanhallituksen alaisena kunnan hallintoa, "
                            "taloudenhoitoa ja muuta toimintaa. Valtuusto voi myös päättää, että kuntaa johtaa "
                            "kunnanjohtajan sijasta pormestari.</p>",
                        ),
                        ("heading", {"text": "Kaksoisjohtaminen: kaksi puolta, yksi strategia", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Suomalaista kuntaa johtavat yhdessä luottamushenkilöt ja viranhaltijat. Tutkimuksessa "
                            "puhutaan dualistisesta johtamisjärjestelmästä, arkikielessä kaksoisjohtamisesta. "
                            "Poliittinen johto asettaa tavoitteet ja tekee arvovalinnat, ammatillinen johto "
                            "valmistelee ja toteuttaa. Kuntaliiton mukaan menestyvät ne kunnat, joita poliittinen ja "
                            "ammatillinen johto johtavat strategisesti yhdessä, ja yhteinen ymmärrys kummankin "
                            "osapuolen rooleista ja tehtävistä on välttämätön. USO-verkosto nostikin toimivan "
                            "kaksoisjohtamisen yhdeksi teemoistaan kestävän ja strategisen johtamisen rinnalle.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Kestävyyden kannalta kaksoisjohtaminen tarkoittaa, että kummallakin puolella on oma "
                            "vastuunsa. Luottamushenkilöt päättävät, mitä kestävyys omassa kunnassa tarkoittaa ja mitä "
                            "tavoitellaan. Viranhaltijat tuovat tiedon, vaihtoehdot ja vaikutusarviot sekä vievät "
                            "päätökset käytäntöön. Kummankin puolen on myös kerrottava toiselle avoimesti, mitä se "
                            "tarvitsee: päättäjät selkeää tietoa ja vaihtoehtoja, valmistelijat selkeitä linjauksia. "
                            "Jos toinen puoli puuttuu, kestävyydestä jää käteen joko tavoitteita "
                            "ilman toteutusta tai toimintaa ilman yhteistä suuntaa.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Kuntalaki antaa yhteistyölle myös välineitä. Kunnanhallituksen puheenjohtaja johtaa "
                            "poliittista yhteistyötä, jota kunnanhallituksen tehtävien hoitaminen edellyttää (40 §). "
                            "Kunnan ja kunnanjohtajan välisessä johtajasopimuksessa sovitaan kunnan johtamisen "
                            "edellytyksistä (42 §). Sopimuksen hyväksyy 26.5.2021 alkaen kunnanhallitus. Sopimukseen "
                            "voidaan ottaa määräyksiä kunnanjohtajan ja kunnanhallituksen puheenjohtajan työnjaosta, "
                            "ja se on hyvä paikka sopia myös siitä, miten strategian toteutumista seurataan.</p>",
                        ),
                        ("heading", {"text": "Strategiasta arkeen: johtamisen ketju", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Strategia muuttuu käytännöksi vaihe vaiheelta:</p>"
                            "<ol>"
                            "<li>Kuntastrategia asettaa pitkän aikavälin tavoitteet (37 §).</li>"
                            "<li>Talousarvio ja -suunnitelma laaditaan niin, että ne toteuttavat strategiaa. Niissä "
                            "hyväksytään kunnan ja kuntakonsernin toiminnan ja talouden tavoitteet (110 §).</li>"
                            "<li>Lautakunnat ja toimialat suunnittelevat oman toimintansa näiden tavoitteiden "
                            "pohjalta.</li>"
                            "<li>Tilinpäätöksen toimintakertomuksessa kerrotaan, miten valtuuston asettamat "
                            "tavoitteet ovat toteutuneet kunnassa ja kuntakonsernissa (115 §).</li>"
                            "<li>Tarkastuslautakunta arvioi, ovatko valtuuston asettamat toiminnan ja talouden "
                            "tavoitteet toteutuneet, ja antaa valtuustolle arviointikertomuksen (121 §).</li>"
                            "</ol>",
                        ),
                        (
                            "paragraph",
                            "<p>Valtuutetulle ketju tarjoaa useita kohtia vaikuttaa: strategiaa päätettäessä, "
                            "talousarviota käsiteltäessä sekä tilinpäätöstä ja arviointikertomusta käsiteltäessä. "
                            "Viimeinen vaihe jää usein vähälle huomiolle, vaikka juuri siinä nähdään, toteutuiko "
                            "se, mitä luvattiin. Lautakunnan jäsenenä voit lisäksi kysyä, miten strategian tavoitteet "
                            "näkyvät lautakunnan omassa talousarvioesityksessä ja toimintasuunnitelmassa, ja pyytää "
                            "osavuosiraportteihin tietoa myös kestävyystavoitteista.</p>",
                        ),
                        (
                            "case",
                            {
                                "title": "Strategia, joka jäi hyllyyn",
                                "municipality": "Keskikokoinen kaupunki (kuvitteellinen)",
                                "situation": "<p>Kaupungin valtuusto hyväksyi kunnianhimoisen strategian, jossa "
                                "luvattiin vähentää päästöjä ja vahvistaa nuorten hyvinvointia. Talousarvioon "
                                "tavoitteita ei kuitenkaan kirjattu, eikä niille ollut sovittu mittareita. Kahden "
                                "vuoden kuluttua tarkastuslautakunta totesi arviointikertomuksessaan, ettei "
                                "tavoitteiden toteutumista pystytty arvioimaan.</p>",
                                "lesson": "<p>Kunnianhimoinen strategia ei yksin riitä. Tavoitteet on vietävä "
                                "talousarvioon, ja seurannasta on sovittava jo strategiaa hyväksyttäessä. Kaupunki "
                                "päätti strategian seuraavassa tarkistuksessa valita kullekin päämäärälle kaksi tai "
                                "kolme mittaria ja raportoida niistä valtuustolle vuosittain.</p>",
                                "source": "Kuvitteellinen esimerkki",
                            },
                        ),
                        (
                            "key_point",
                            {
                                "title": "Johtamisen ketju",
                                "text": "<p>Strategia, talousarvio, toimintakertomus ja arviointikertomus muodostavat "
                                "ketjun. Kestävyystavoite toteutuu vain, jos se kulkee ketjun läpi alusta "
                                "loppuun.</p>",
                            },
                        ),
                        (
                            "reflection",
                            {
                                "question": "Missä johtamisen ketjun vaiheessa sinulla on omassa roolissasi eniten "
                                "mahdollisuuksia varmistaa, että strategian kestävyystavoitteet toteutuvat?",
                                "guidance": "Mieti valtuuston lisäksi niitä toimielimiä, joihin kuulut, ja sitä, "
                                "milloin saat tietoa tavoitteiden toteutumisesta. Jos tietoa ei tule, voit pyytää "
                                "sitä.",
                            },
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------
        # Moduuli 2
        # ------------------------------------------------------------------
        {
            "slug": "talousarvio-ja-paatokset",
            "title": "Kestävyys talousarviossa ja päätöksenteossa",
            "summary": (
                "Talousarvio strategian toteuttajana, taloudellinen kestävyys pitkällä aikavälillä ja päätösten "
                "vaikutusten ennakkoarviointi."
            ),
            "intro": [
                (
                    "paragraph",
                    "<p>Strategia kertoo suunnan, mutta talousarvio ja yksittäiset päätökset ratkaisevat, mihin "
                    "kunta todella menee. Tässä moduulissa katsotaan, miten talousarvio toteuttaa strategiaa, mitä "
                    "taloudellinen kestävyys tarkoittaa pitkällä aikavälillä ja miten päätösten vaikutukset saadaan "
                    "näkyviin ennen päätöstä.</p>",
                ),
                (
                    "key_point",
                    {
                        "title": "Moduulin ydin",
                        "text": "<p>Kuntalain mukaan talousarvio ja -suunnitelma on laadittava niin, että ne "
                        "toteuttavat kuntastrategiaa. Hyvät kysymykset valmisteluvaiheessa auttavat varmistamaan, "
                        "että näin myös tapahtuu.</p>",
                    },
                ),
            ],
            "lessons": [
                {
                    "slug": "talousarvio-strategian-toteuttajana",
                    "title": "Talousarvio strategian toteuttajana",
                    "summary": (
                        "Talousarvio ja -suunnitelma ovat valtuuston keino viedä strategian kestävyystavoitteet "
                        "käytäntöön."
                    ),
                    "estimated_minutes": 12,
                    "body": [
                        ("heading", {"text": "Mitä kuntalaki sanoo talousarviosta", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Kuntalain 110 §:n mukaan valtuuston on hyväksyttävä vuoden loppuun mennessä kunnalle "
                            "seuraavan kalenterivuoden talousarvio. Samalla valtuusto hyväksyy taloussuunnitelman "
                            "kolmeksi tai useammaksi vuodeksi. Talousarviovuosi on suunnitelman ensimmäinen vuosi. "
                            "Talousarviota laadittaessa on otettava huomioon myös kuntakonsernin talouden vastuut ja "
                            "velvoitteet eli esimerkiksi kunnan omistamien yhtiöiden talous.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Strategian ja talousarvion yhteydestä laki on yksiselitteinen: <em>”Talousarvio ja "
                            "-suunnitelma on laadittava siten, että ne toteuttavat kuntastrategiaa ja edellytykset "
                            "kunnan tehtävien hoitamiseen turvataan.”</em> (110 § 2 mom.) Talousarviossa ja "
                            "-suunnitelmassa hyväksytään kunnan ja kuntakonsernin toiminnan ja talouden tavoitteet. "
                            "Kunnan toiminnassa ja taloudenhoidossa on noudatettava talousarviota.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Lisäksi valtuusto päättää viimeistään talousarvion hyväksymisen yhteydessä kunnan "
                            "tuloveroprosentista ja kiinteistöveroprosenteista (111 §). Myös verotus on siis osa "
                            "samaa kokonaisuutta, jossa strategian tavoitteet ja niiden rahoitus sovitetaan "
                            "yhteen.</p>",
                        ),
                        ("heading", {"text": "Rahat ja tavoitteet kulkevat yhdessä", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Talousarviossa on kaksi puolta: määrärahat ja tavoitteet. Määrärahat kertovat, "
                            "paljonko rahaa kuhunkin tehtävään käytetään. Toiminnalliset tavoitteet kertovat, mitä "
                            "rahalla pitäisi saada aikaan. Kestävyys tulee talousarvioon ennen kaikkea tavoitteiden "
                            "kautta. Jos strategiassa tavoitellaan päästöjen vähentämistä, talousarviossa voi olla "
                            "tavoite kunnan kiinteistöjen energiankulutuksen pienentämisestä ja määräraha "
                            "energiakorjauksiin. Jos strategiassa painotetaan lasten ja nuorten hyvinvointia, "
                            "talousarviossa voi näkyä tavoite harrastusmahdollisuuksista tai perheiden varhaisesta "
                            "tuesta.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Hyvä tavoite on niin selkeä, että sen toteutumisen voi todeta. Muotoilu "
                            "”energiatehokkuutta edistetään” ei kerro, milloin tavoite on saavutettu. Muotoilu, jossa "
                            "kerrotaan lähtötaso, mittari ja tavoiteltava muutos, antaa valtuustolle mahdollisuuden "
                            "seurata edistymistä ja kysyä syitä, jos tavoite ei toteudu.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Talousarviossa kerrotaan yleensä myös, mitkä tavoitteet ja määrärahat ovat "
                            "valtuustoon nähden sitovia. Sitovuus kertoo, mistä toimielinten ja viranhaltijoiden on "
                            "vastattava valtuustolle. Jos kestävyystavoitteet ovat vain taustatekstiä eivätkä sitovia "
                            "tavoitteita, niiden toteutumista on vaikea vaatia.</p>",
                        ),
                        ("heading", {"text": "Vaikuta ajoissa", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Talousarvio syntyy pitkän valmistelun tuloksena. Kunnanhallitus vastaa valmistelusta "
                            "ja tekee valtuustolle esityksen, ja valtuusto päättää talousarviosta vuoden loppuun "
                            "mennessä. Monessa kunnassa talousarvion raamit linjataan jo keväällä tai alkukesällä, ja "
                            "lautakunnat valmistelevat omat esityksensä niiden pohjalta. Kun talousarvio tulee "
                            "valtuuston käsittelyyn, suurten muutosten tekeminen on vaikeaa. Siksi kestävyyteen "
                            "liittyvät painotukset kannattaa tuoda esiin jo raamivaiheessa, valtuustoryhmissä ja "
                            "talousarvioseminaareissa.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Myös asukkaat voivat olla mukana. Kuntalaki mainitsee yhtenä osallistumisen keinona "
                            "mahdollisuudet osallistua kunnan talouden suunnitteluun (22 §). Vuoden päätteeksi "
                            "tilinpäätökseen sisältyvä talousarvion toteutumisvertailu näyttää, miten talousarvio "
                            "toteutui.</p>",
                        ),
                        ("heading", {"text": "Miten talousarviota kannattaa lukea", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Talousarvio on usein satoja sivuja pitkä, eikä uuden valtuutetun kannata yrittää "
                            "hallita kaikkea kerralla. Hyödyllisempää on lukea sitä muutaman kysymyksen avulla. "
                            "Miten strategian päämäärät näkyvät tavoitteissa? Mitkä tavoitteet ovat sitovia? Onko "
                            "kestävyystavoitteille varattu rahaa, vai ovatko ne pelkkiä toiveita? Mitä investoinnit "
                            "maksavat käyttötaloudessa tulevina vuosina? Kysymyksiä voi esittää valtuustoryhmässä tai "
                            "talousarvioseminaarissa, ja moni vastaus löytyy nopeasti, kun tietää, keneltä kysyä.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Talousarviossa on käyttötalous- ja tuloslaskelmaosa sekä investointi- ja "
                            "rahoitusosa. Kestävyyden kannalta investointiosa on erityisen tärkeä, koska investoinnit "
                            "sitovat kunnan ratkaisuihin vuosikymmeniksi. Koulu, päiväkoti tai katuverkko vaikuttaa "
                            "käyttökustannuksiin, energiankulutukseen ja palvelujen saavutettavuuteen pitkään sen "
                            "jälkeen, kun investointipäätös on tehty.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "title": "Talousarvio kertoo, mitä oikeasti tavoitellaan",
                                "text": "<p>Strategiassa voi luvata paljon, mutta talousarvio näyttää, mihin kunta "
                                "käyttää rahansa. Jos kestävyystavoite ei näy talousarvion tavoitteissa tai "
                                "määrärahoissa, kannattaa kysyä, miten sen on tarkoitus toteutua.</p>",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Kun luet talousarvioesitystä",
                                "items": [
                                    "Löydän strategian päämäärät talousarvion tavoitteista.",
                                    "Tiedän, mitkä tavoitteet ja määrärahat ovat valtuustoon nähden sitovia.",
                                    "Kestävyystavoitteille on osoitettu rahaa tai muut keinot.",
                                    "Investointien tulevat käyttö- ja ylläpitokustannukset on kerrottu.",
                                    "Taloussuunnitelmasta näkyy, mihin suuntaan talous on menossa tulevina vuosina.",
                                    "Kuntakonsernin yhtiöiden ja muiden yhteisöjen vastuut on otettu huomioon.",
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "taloudellinen-kestavyys",
                    "title": "Taloudellinen kestävyys pitkällä aikavälillä",
                    "summary": (
                        "Taloudellinen kestävyys on tasapainoa vuosien mittaan, ja se kytkeytyy tiiviisti "
                        "sosiaaliseen ja ekologiseen kestävyyteen."
                    ),
                    "estimated_minutes": 12,
                    "body": [
                        ("heading", {"text": "Tasapaino yli vuosien", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Taloudellisesti kestävä kunta pystyy rahoittamaan tehtävänsä pitkällä aikavälillä. "
                            "Sen ei tarvitse jatkuvasti paikata vanhoja päätöksiä tai siirtää laskuja tuleville "
                            "sukupolville. Kuntalaki edellyttää, että taloussuunnitelma on tasapainossa tai "
                            "ylijäämäinen (110 §). Laki ei kuitenkaan kerro, millainen talous on juuri sinun "
                            "kunnassasi kestävä. Sen valtuusto joutuu arvioimaan itse, ja siihen tarvitaan sekä "
                            "lukuja että harkintaa.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Yksittäisen vuoden tulos kertoo vähän. Tärkeämpää on, mihin suuntaan talous on "
                            "menossa. Riittävätkö tulot kattamaan menot ja investoinnit myös tulevina vuosina? "
                            "Kasvaako velka nopeammin kuin kunnan kyky hoitaa sitä? Onko kunnan omaisuudesta pidetty "
                            "huolta? Näihin kysymyksiin vastaa parhaiten taloussuunnitelma ja sen vertailu aiempiin "
                            "vuosiin.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Talouden tunnusluvut auttavat hahmottamaan kokonaisuutta. Esimerkiksi vuosikate "
                            "kertoo, paljonko tulorahoitusta jää juoksevien menojen jälkeen investointeihin ja "
                            "lainojen lyhennyksiin. Tunnuslukuja kannattaa kuitenkin katsoa usean vuoden ajalta ja "
                            "pyytää talousjohtajaa kertomaan, mitä ne juuri tämän kunnan kohdalla tarkoittavat.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Pitkällä aikavälillä talouteen vaikuttaa myös väestön muutos. Jos lasten määrä "
                            "vähenee ja ikääntyneiden määrä kasvaa, palvelujen tarve muuttuu. Kestävä taloussuunnittelu "
                            "ennakoi tällaiset muutokset eikä mitoita palveluverkkoa ja rakennuksia vain nykytilanteen "
                            "mukaan.</p>",
                        ),
                        ("heading", {"text": "Kolme tapaa siirtää lasku tulevaisuuteen", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Taloudellinen kestävyys heikkenee usein huomaamatta. Tyypillisiä tapoja siirtää "
                            "kustannuksia tulevaisuuteen ovat ainakin nämä:</p>"
                            "<ul>"
                            "<li><strong>Korjausvelka.</strong> Kun rakennusten, katujen tai vesihuollon "
                            "kunnossapitoa lykätään, säästö näkyy tämän vuoden tuloksessa, mutta korjaukset "
                            "kallistuvat myöhemmin.</li>"
                            "<li><strong>Investointien käyttökustannukset.</strong> Uusi rakennus maksaa myös "
                            "valmistumisensa jälkeen: lämmitys, siivous, huolto ja henkilöstö. Jos niitä ei lasketa "
                            "etukäteen, tulevien vuosien talousarviot yllättävät.</li>"
                            "<li><strong>Konsernin riskit.</strong> Kunnan omistamien yhtiöiden ja muiden "
                            "konserniyhteisöjen talous vaikuttaa kunnan talouteen. Siksi laki edellyttää, että "
                            "talousarviossa otetaan huomioon koko kuntakonsernin talouden vastuut ja "
                            "velvoitteet.</li>"
                            "</ul>",
                        ),
                        ("heading", {"text": "Talous ei ole erillään muista ulottuvuuksista", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Taloudellinen kestävyys kytkeytyy muihin ulottuvuuksiin. Ennaltaehkäisevä työ, "
                            "kuten nuorten harrastusmahdollisuudet tai perheiden varhainen tuki, voi vähentää "
                            "raskaampien palvelujen tarvetta myöhemmin. Tällaisia vaikutuksia on kuitenkin vaikea "
                            "todentaa, ja hyödyt näkyvät usein vasta vuosien päästä ja eri kohdassa talousarviota "
                            "kuin kustannukset. Energiatehokas rakentaminen voi maksaa alussa enemmän mutta "
                            "elinkaarensa aikana vähemmän. Myös ilmastonmuutokseen varautuminen on talouskysymys: kun "
                            "esimerkiksi rankkasateisiin varaudutaan kaavoituksessa ja kunnallistekniikassa ajoissa, "
                            "voidaan välttää kalliimpia korjauksia myöhemmin.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Kaikki kestävyysteot eivät silti maksa itseään takaisin, ja se on hyvä sanoa ääneen. "
                            "Joskus sosiaalisesti tai ekologisesti kestävä ratkaisu on kalliimpi, ja valtuusto päättää "
                            "silti valita sen. Valtuuston tehtävä on tehdä tällaiset valinnat tietoisesti ja "
                            "perustella ne avoimesti.</p>",
                        ),
                        (
                            "case",
                            {
                                "title": "Kyläkoulun tulevaisuus",
                                "municipality": "Pieni maaseutukunta (kuvitteellinen)",
                                "situation": "<p>Kunnan oppilasmäärä on pienentynyt, ja kyläkoulun rakennus tarvitsee "
                                "mittavan peruskorjauksen. Valmistelussa on kolme vaihtoehtoa: koulun korjaaminen, "
                                "uuden ja pienemmän koulun rakentaminen tai koulun lakkauttaminen ja oppilaiden "
                                "siirtäminen kirkonkylän kouluun. Ensimmäisessä esityksessä vaihtoehtoja verrattiin "
                                "vain investointikustannusten perusteella.</p>",
                                "lesson": "<p>Valtuutetut pyysivät, että vaihtoehdoista kuvataan myös "
                                "käyttökustannukset kymmenen vuoden ajalta, koulukuljetusten kustannukset ja päästöt, "
                                "oppilaiden koulumatkojen pituus sekä koulun merkitys kylän yhteisölle. Täydennetty "
                                "vertailu ei tehnyt päätöksestä helppoa, mutta se näytti, mitä kukin vaihtoehto "
                                "maksaa ja kenelle. Valtuusto pystyi perustelemaan ratkaisunsa avoimesti.</p>",
                                "source": "Kuvitteellinen esimerkki",
                            },
                        ),
                        (
                            "key_point",
                            {
                                "title": "Kestävä talous on tasapainoa vuosien mittaan",
                                "text": "<p>Taloussuunnitelman on lain mukaan oltava tasapainossa tai ylijäämäinen. "
                                "Kestävyys vaatii lisäksi, että korjausvelka, investointien käyttökustannukset ja "
                                "konsernin riskit otetaan huomioon ajoissa.</p>",
                            },
                        ),
                        (
                            "reflection",
                            {
                                "question": "Mikä kunnassasi on sellainen menoerä tai omaisuuserä, jonka kustannukset "
                                "kasvavat, jos siihen ei puututa nyt?",
                                "guidance": "Voit etsiä vastausta tilinpäätöksestä tai investointisuunnitelmasta tai "
                                "kysyä talousjohtajalta. Mieti myös, miten asia näkyy kuluvan vuoden "
                                "talousarviossa.",
                            },
                        ),
                    ],
                },
                {
                    "slug": "ennakkoarviointi-ja-oikeat-kysymykset",
                    "title": "Vaikutusten ennakkoarviointi ja oikeat kysymykset",
                    "summary": (
                        "Ennakkovaikutusten arviointi tuo päätösten seuraukset näkyviin ennen päätöstä, ja "
                        "valtuutettu voi edistää sitä kysymällä oikeat kysymykset ajoissa."
                    ),
                    "estimated_minutes": 12,
                    "body": [
                        ("heading", {"text": "Mitä ennakkoarviointi on", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Ennakkovaikutusten arvioinnissa päätöksen todennäköisiä seurauksia selvitetään jo "
                            "valmisteluvaiheessa, ennen kuin asiasta päätetään. Tarkoitus on, että päättäjät tietävät, "
                            "mitä eri vaihtoehdot merkitsevät ihmisille, kunnan taloudelle ja ympäristölle. Arviointi "
                            "ei tee päätöstä päättäjien puolesta, vaan antaa heille paremman pohjan punnita "
                            "vaihtoehtoja.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Kunnissa ennakkoarvioinnista käytetään monia nimiä ja malleja. Puhutaan esimerkiksi "
                            "ihmisiin kohdistuvien vaikutusten arvioinnista, lapsivaikutusten arvioinnista, "
                            "ympäristö- ja ilmastovaikutusten arvioinnista sekä taloudellisten vaikutusten "
                            "arvioinnista. Kestävän johtamisen kannalta olennaista on, että arviointi kattaa kaikki "
                            "kolme ulottuvuutta eikä vain sitä, johon valmistelevan toimialan on tapana "
                            "keskittyä.</p>",
                        ),
                        ("heading", {"text": "Oikea laajuus ja vaihtoehtojen vertailu", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Kaikkea ei tarvitse arvioida yhtä perusteellisesti. Pienissä asioissa riittää lyhyt "
                            "kuvaus vaikutuksista. Suurissa ja pitkäkestoisissa päätöksissä, kuten palveluverkon "
                            "muutoksissa, kaavoituksessa tai suurissa investoinneissa, tarvitaan perusteellisempi "
                            "selvitys. Monessa kunnassa päätösesityksen pohjassa on kohta vaikutusten kuvaamiselle. "
                            "Se toimii vain, jos kohta täytetään ajatuksella eikä rutiinilla toteamalla, ettei "
                            "vaikutuksia ole.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Hyvässä arvioinnissa verrataan vaihtoehtoja, myös sitä, että mitään ei tehdä. Siinä "
                            "kysytään, keihin päätös vaikuttaa ja miten vaikutukset jakautuvat eri ryhmille, kuten "
                            "lapsille, ikääntyneille, vammaisille ihmisille ja eri alueiden asukkaille. Lisäksi siinä "
                            "katsotaan sekä lyhyttä että pitkää aikaväliä, sillä moni hyöty tai haitta näkyy vasta "
                            "vuosien päästä.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Esimerkki selventää. Jos kunta harkitsee kutsuliikenteen korvaamista "
                            "vuoroliikenteellä tai päinvastoin, arvioinnissa kannattaa kuvata ainakin vaikutus niiden "
                            "asukkaiden arkeen, joilla ei ole autoa (sosiaalinen), kustannukset nyt ja "
                            "suunnitelmakaudella (taloudellinen) sekä vaikutus ajokilometreihin ja päästöihin "
                            "(ekologinen). Kun nämä on kuvattu rinnakkain, päättäjät näkevät, mitä he valitsevat.</p>",
                        ),
                        ("heading", {"text": "Valtuutettu kysyy – ajoissa", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Kaksoisjohtamisessa viranhaltijat valmistelevat ja luottamushenkilöt päättävät. "
                            "Päättäjä ei kuitenkaan ole pelkkä valmiin esityksen vastaanottaja. Valtuutettu voi "
                            "vaikuttaa siihen, millaista tietoa valmistelussa tuotetaan, kysymällä ajoissa: "
                            "valtuustoryhmässä, lautakunnassa, valtuustoseminaarissa tai suoraan valmistelijalta. "
                            "Kuntalain 83 § antaa luottamushenkilölle oikeuden saada kunnan viranomaisilta tietoja, "
                            "joita hän tarvitsee tehtävänsä hoitamiseen.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Ajoitus on tärkeä. Kun asia on jo valtuuston esityslistalla, uusia vaihtoehtoja on "
                            "vaikea lisätä. Kun kysymykset esitetään valmistelun alussa, ne ohjaavat selvitystyötä. "
                            "Hyvä kysymys ei ole syytös, vaan pyyntö saada tietoa, jota päätöksen tekemiseen "
                            "tarvitaan. Jos olennainen tieto puuttuu vielä kokouksessakin, valtuusto voi päättää "
                            "palauttaa asian uudelleen valmisteltavaksi. Se on kuitenkin raskas keino, ja ajoissa "
                            "esitetty kysymys on yleensä parempi.</p>",
                        ),
                        ("heading", {"text": "Arviointi ei pääty päätökseen", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Ennakkoarviointi on arvio, ja arvio voi osua väärin. Siksi merkittävien päätösten "
                            "kohdalla kannattaa sopia jo päätöstä tehtäessä, miten ja milloin vaikutuksia seurataan. "
                            "Jälkikäteen tehtävä tarkastelu kertoo, toteutuivatko odotetut vaikutukset, ja opettaa "
                            "tekemään seuraavat arviot paremmin.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Vaikutuksista on myös kerrottava asukkaille. Kuntalain 29 §:n mukaan kunnan tulee "
                            "antaa riittävästi tietoja muun muassa valmistelussa olevista asioista, tehdyistä "
                            "päätöksistä ja päätösten vaikutuksista. Huolellinen vaikutusten arviointi helpottaa myös "
                            "tätä viestintää.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "title": "Kysymys on päättäjän työkalu",
                                "text": "<p>Ennakkoarvioinnin laatu riippuu myös siitä, mitä päättäjät siltä "
                                "odottavat. Kun valtuutetut kysyvät johdonmukaisesti vaikutuksista kaikilla kolmella "
                                "ulottuvuudella, arvioinnista tulee osa kunnan valmistelukulttuuria.</p>",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Kysymyksiä valmisteltavasta asiasta",
                                "items": [
                                    "Mitä vaihtoehtoja selvitettiin, ja mitä tapahtuu, jos mitään ei tehdä?",
                                    "Keihin päätös vaikuttaa, ja onko heitä kuultu?",
                                    "Miten vaikutukset jakautuvat eri asukasryhmien ja alueiden kesken?",
                                    "Mitä päätös maksaa nyt, ja mitä käyttö- ja ylläpitokustannuksia se aiheuttaa tulevina vuosina?",
                                    "Miten päätös vaikuttaa päästöihin, energiankulutukseen ja luontoon?",
                                    "Miten päätös edistää kuntastrategian tavoitteita, vai onko se ristiriidassa niiden kanssa?",
                                    "Miten vaikutuksia seurataan päätöksen jälkeen?",
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------
        # Moduuli 3
        # ------------------------------------------------------------------
        {
            "slug": "sosiaalinen-ja-ekologinen",
            "title": "Sosiaalinen ja ekologinen kestävyys kunnan arjessa",
            "summary": (
                "Hyvinvointi, osallisuus, asukkaiden osallistuminen, maankäyttö ja ilmastotyö kunnan arjessa "
                "sekä valintojen näkyväksi tekeminen."
            ),
            "intro": [
                (
                    "paragraph",
                    "<p>Sosiaalinen ja ekologinen kestävyys eivät ole abstrakteja tavoitteita, vaan ne ratkeavat "
                    "kunnan arkisissa päätöksissä: miten palvelut järjestetään, keitä kuullaan, mihin rakennetaan ja "
                    "miten kunta toimii ilmastonmuutoksen kanssa. Tässä moduulissa käydään läpi nämä kysymykset ja "
                    "se, miten ulottuvuuksien väliset ristiriidat saadaan näkyviin.</p>",
                ),
                (
                    "key_point",
                    {
                        "title": "Moduulin ydin",
                        "text": "<p>Hyvinvointi, osallistuminen, maankäyttö ja ilmastotyö kuuluvat kaikille "
                        "toimialoille. Kestävässä päätöksessä niiden vaikutukset on punnittu yhdessä.</p>",
                    },
                ),
            ],
            "lessons": [
                {
                    "slug": "hyvinvointi-ja-osallisuus",
                    "title": "Hyvinvointi ja osallisuus",
                    "summary": (
                        "Asukkaiden hyvinvoinnin edistäminen ja osallisuus ovat sosiaalisen kestävyyden ydin ja "
                        "kunnan perustehtävää."
                    ),
                    "estimated_minutes": 11,
                    "body": [
                        ("heading", {"text": "Hyvinvointi kuuluu kaikille toimialoille", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Kuntalain ensimmäisen pykälän mukaan kunta edistää asukkaidensa hyvinvointia. Sama "
                            "asia on ensimmäisenä niiden asioiden luettelossa, jotka kuntastrategiassa on otettava "
                            "huomioon (37 §). Hyvinvoinnin edistäminen ei rajoitu yhteen toimialaan, vaan se kuuluu "
                            "myös sivistystoimelle, kulttuurille, liikunnalle, kaavoitukselle, liikenteelle ja "
                            "elinkeinotyölle. Turvalliset kävely- ja pyöräreitit, toimivat kirjastot ja "
                            "lähiliikuntapaikat ovat hyvinvointipolitiikkaa, vaikka niitä ei aina sillä nimellä "
                            "kutsuta.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Valtuusto saa tietoa asukkaiden hyvinvoinnista muun muassa hyvinvointikertomuksesta. "
                            "Siihen kootaan tietoa asukkaiden hyvinvoinnista, terveydestä ja niihin vaikuttavista "
                            "tekijöistä. Kertomus on hyvä pohja strategiatyölle, koska se näyttää, missä kunta on "
                            "onnistunut ja missä asukasryhmien väliset erot ovat suuria.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Hyvinvointi kytkeytyy myös kunnan elinvoimaan ja talouteen. Turvallinen ja viihtyisä "
                            "elinympäristö, toimivat peruspalvelut ja vahva yhteisö voivat vaikuttaa siihen, "
                            "haluavatko ihmiset muuttaa kuntaan ja jäädä sinne. Kun hyvinvointia edistetään ajoissa, "
                            "raskaampien palvelujen tarve voi vähentyä. Siksi hyvinvoinnin edistämistä ei kannata "
                            "nähdä vain menoeränä, vaan osana kunnan pitkän aikavälin kestävyyttä.</p>",
                        ),
                        ("heading", {"text": "Osallisuus on sosiaalisen kestävyyden ydin", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Sosiaalisessa kestävyydessä on kyse myös siitä, että ihminen kokee kuuluvansa "
                            "yhteisöön ja voi vaikuttaa omaan elämäänsä ja ympäristöönsä. Tätä kutsutaan "
                            "osallisuudeksi. Sen vastakohta, osattomuus, tarkoittaa kokemusta siitä, ettei kuulu "
                            "mihinkään tai ettei omalla äänellä ole merkitystä. Osattomuus heikentää hyvinvointia ja "
                            "luottamusta yhteisiin instituutioihin, myös kuntaan. Yksinäisyys on siitä yksi "
                            "näkyvimmistä muodoista. Osallisuutta ei voi päättää ylhäältä, mutta kunta voi luoda sille "
                            "edellytyksiä omilla palveluillaan, tiloillaan ja toimintatavoillaan.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Kestävät kunnat 2030 -ennakoinnissa uhkakuvaksi nimetty skenaario ”Yksinäisten "
                            "kestämätön kunta” muistuttaa jo nimellään, että sosiaalisen kestävyyden heikkeneminen voi "
                            "uhata koko kunnan kestävyyttä. Skenaarioihin palataan tarkemmin moduulissa 4.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Kunta voi vahvistaa osallisuutta monella tavalla. Se voi tukea järjestöjä ja "
                            "vapaaehtoistoimintaa ja tarjota kohtaamispaikkoja, kuten kirjastoja, nuorisotiloja ja "
                            "kylätaloja. Se voi huolehtia siitä, että palvelut ovat saavutettavia myös niille, joilla "
                            "ei ole autoa tai digitaitoja. Lisäksi se voi ottaa asukkaita mukaan palvelujen "
                            "suunnitteluun ja kehittämiseen.</p>",
                        ),
                        ("heading", {"text": "Kenen ääni puuttuu?", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Hyvinvoinnin ja osallisuuden edistäminen vaatii valtuutetulta herkkyyttä huomata, "
                            "kenen tarpeet jäävät päätöksenteossa näkymättömiin. Äänekkäät ryhmät tulevat kuulluiksi "
                            "helpommin kuin ne, joilla on vähiten voimavaroja osallistua. Siksi kannattaa kysyä, kenen "
                            "näkökulma esityksestä puuttuu, ja pyytää tietoa väestöryhmittäin ja alueittain. "
                            "Hyvinvointitieto on arvokkainta, kun se kertoo keskiarvojen lisäksi myös eroista.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Sosiaalinen kestävyys on myös pitkäjänteistä työtä. Lasten ja nuorten hyvinvointiin "
                            "tehdyt panostukset vaikuttavat vuosikymmenten päähän, ja ne kannattaa nähdä osana "
                            "kunnan kestävyyttä eikä vain kuluvan vuoden menoina.</p>",
                        ),
                        (
                            "case",
                            {
                                "title": "Hyvinvointitieto alueittain",
                                "municipality": "Keskikokoinen kaupunki (kuvitteellinen)",
                                "situation": "<p>Kaupungin hyvinvointikertomuksen keskiarvot näyttivät hyviltä, ja "
                                "valtuustossa asiaa käsiteltiin nopeasti. Eräs valtuutettu pyysi tietoja "
                                "asuinalueittain. Niistä näkyi, että yhdellä alueella nuorten harrastaminen oli "
                                "selvästi muita vähäisempää ja yksinasuvien ikääntyneiden osuus suuri. Alueen "
                                "nuorisotila oli suljettu säästösyistä muutamaa vuotta aiemmin.</p>",
                                "lesson": "<p>Keskiarvot voivat peittää eroja, jotka ovat sosiaalisen kestävyyden "
                                "kannalta olennaisimpia. Kaupunki kohdisti alueelle nuorisotyötä ja järjesti "
                                "kirjastoon kohtaamispaikan yhdessä järjestöjen kanssa. Valtuusto päätti seurata "
                                "alueellisia eroja jatkossa osana strategian mittareita.</p>",
                                "source": "Kuvitteellinen esimerkki",
                            },
                        ),
                        (
                            "key_point",
                            {
                                "title": "Hyvinvointi on kunnan perustehtävä",
                                "text": "<p>Asukkaiden hyvinvoinnin edistäminen on kuntalaissa kunnan perustehtävä "
                                "ja kuntastrategian sisältö. Se toteutuu tai jää toteutumatta jokaisen toimialan "
                                "päätöksissä, ei vain yhdessä palvelussa.</p>",
                            },
                        ),
                        (
                            "reflection",
                            {
                                "question": "Mikä asukasryhmä kunnassasi on mielestäsi vaarassa jäädä päätöksenteossa "
                                "näkymättömiin, ja mistä saisit tietoa sen tilanteesta?",
                                "guidance": "Voit tutustua hyvinvointikertomukseen, kysyä järjestöiltä tai kunnan "
                                "vaikuttamistoimielimiltä, kuten nuorisovaltuustolta, vanhusneuvostolta tai "
                                "vammaisneuvostolta. Mieti myös, miten ryhmän näkökulma saataisiin mukaan "
                                "valmisteluun.",
                            },
                        ),
                    ],
                },
                {
                    "slug": "asukkaiden-osallistuminen",
                    "title": "Asukkaat mukaan päätöksentekoon",
                    "summary": (
                        "Kuntalaki velvoittaa valtuuston huolehtimaan monipuolisista ja vaikuttavista "
                        "osallistumisen mahdollisuuksista, ja oppitunti näyttää, miten osallistumisesta tehdään "
                        "merkityksellistä."
                    ),
                    "estimated_minutes": 11,
                    "body": [
                        ("heading", {"text": "Lain lähtökohta", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Kuntalain 22 §:n mukaan kunnan asukkailla ja palvelujen käyttäjillä on oikeus "
                            "osallistua ja vaikuttaa kunnan toimintaan. Vastuu on osoitettu valtuustolle: sen on "
                            "pidettävä huolta monipuolisista ja vaikuttavista osallistumisen mahdollisuuksista. "
                            "Asukkaiden osallistumis- ja vaikuttamismahdollisuudet on otettava huomioon myös "
                            "kuntastrategiassa (37 §).</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Laki mainitsee esimerkkejä keinoista, joilla osallistumista voidaan edistää. Niitä "
                            "ovat esimerkiksi keskustelu- ja kuulemistilaisuudet ja kuntalaisraadit, asukkaiden "
                            "mielipiteiden selvittäminen ennen päätöksentekoa, mahdollisuudet osallistua kunnan "
                            "talouden suunnitteluun, palvelujen suunnittelu yhdessä käyttäjien kanssa sekä asukkaiden "
                            "ja järjestöjen oma-aloitteisen toiminnan tukeminen.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Lisäksi kunnanhallituksen on asetettava nuorisovaltuusto, vanhusneuvosto ja "
                            "vammaisneuvosto (26–28 §). Niille on annettava mahdollisuus vaikuttaa kunnan eri "
                            "toimialojen toiminnan suunnitteluun, valmisteluun ja seurantaan niiden edustamille "
                            "ryhmille tärkeissä asioissa. Kunnan on myös kerrottava toiminnastaan ja siitä, miten "
                            "päätösten valmisteluun voi osallistua ja vaikuttaa (29 §).</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Asukkailla on myös aloiteoikeus. Kunnan asukas sekä kunnassa toimiva yhteisö ja säätiö "
                            "voivat tehdä aloitteita kunnan toimintaa koskevissa asioissa, ja aloitteen tekijälle on "
                            "kerrottava, mihin toimenpiteisiin aloite on johtanut (23 §). Valtuustolle on vähintään "
                            "kerran vuodessa kerrottava sen toimivaltaan kuuluvissa asioissa tehdyistä aloitteista ja "
                            "niiden johdosta tehdyistä toimenpiteistä. Aloitteet ovat valtuutetulle hyvä tietolähde "
                            "siitä, mikä asukkaita askarruttaa.</p>",
                        ),
                        ("heading", {"text": "Mikä tekee osallistumisesta vaikuttavaa", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Laki puhuu vaikuttavista osallistumisen mahdollisuuksista, ja sana on tärkeä. "
                            "Osallistuminen, jolla ei ole vaikutusta, voi heikentää luottamusta enemmän kuin se, ettei "
                            "asukkailta kysytä mitään. Vaikuttava osallistuminen edellyttää ainakin kolmea asiaa:</p>"
                            "<ol>"
                            "<li>Asukkaita kuullaan silloin, kun vaihtoehdot ovat vielä auki.</li>"
                            "<li>Etukäteen kerrotaan, mihin palautteella voi vaikuttaa ja mihin ei.</li>"
                            "<li>Jälkikäteen kerrotaan, mitä palautteelle tapahtui ja miten se näkyi "
                            "päätöksessä.</li>"
                            "</ol>",
                        ),
                        (
                            "paragraph",
                            "<p>Osallistuminen liittyy kaikkiin kestävyyden ulottuvuuksiin. Se on sosiaalista "
                            "kestävyyttä, koska se vahvistaa osallisuutta ja luottamusta. Se tukee taloudellista "
                            "kestävyyttä, kun palvelut suunnitellaan vastaamaan todellisia tarpeita. Ekologisessa "
                            "kestävyydessä asukkaiden paikallistuntemus esimerkiksi lähiluonnosta ja arjen "
                            "liikkumisesta on arvokasta tietoa, ja ilmastotyö onnistuu paremmin, kun asukkaat ovat "
                            "mukana.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Osallistumisen kanavia kannattaa olla useita. Verkkokysely tavoittaa eri ihmiset kuin "
                            "iltatilaisuus kunnantalolla, ja koulussa tai palvelutalossa järjestetty kuuleminen taas "
                            "eri ihmiset kuin kumpikaan. Kun kanavat ovat monipuoliset, myös ne tulevat kuulluiksi, "
                            "joiden ääni muuten jäisi vaimeaksi. Vaikeissa ja arvoja koskevissa kysymyksissä esimerkiksi "
                            "kuntalaisraati, jossa asukkaat perehtyvät asiaan ja muodostavat yhteisen näkemyksen, voi "
                            "antaa päättäjille syvällisempää tietoa kuin kysely.</p>",
                        ),
                        (
                            "case",
                            {
                                "title": "Kuuleminen, joka tuli liian myöhään",
                                "municipality": "Keskikokoinen kaupunki (kuvitteellinen)",
                                "situation": "<p>Kaupunki valmisteli kirjastopalvelujen uudistusta, jossa kahden "
                                "lähikirjaston toiminta siirrettäisiin uuteen monitoimitaloon. Asukastilaisuus "
                                "järjestettiin vasta, kun lautakunnan päätösesitys oli valmis. Tilaisuudessa "
                                "ikääntyneet asukkaat ja lapsiperheet kertoivat, että uuteen taloon olisi heille pitkä "
                                "matka ilman autoa. Palaute ei enää ehtinyt vaikuttaa esitykseen, ja moni osallistuja "
                                "koki, ettei heitä kuunneltu.</p>",
                                "lesson": "<p>Seuraavassa palveluverkkoa koskevassa asiassa kaupunki otti asukkaat ja "
                                "vanhusneuvoston mukaan jo vaihtoehtojen laatimiseen. Kuulemisen tulokset ja niiden "
                                "vaikutus kirjattiin päätösesitykseen. Näin päättäjät saivat tiedon saavutettavuuden "
                                "ongelmista ajoissa.</p>",
                                "source": "Kuvitteellinen esimerkki",
                            },
                        ),
                        (
                            "key_point",
                            {
                                "title": "Ajoissa mukaan, palaute takaisin",
                                "text": "<p>Valtuuston on kuntalain mukaan huolehdittava monipuolisista ja "
                                "vaikuttavista osallistumisen mahdollisuuksista. Osallistuminen on vaikuttavaa, kun "
                                "asukkaita kuullaan ennen kuin vaihtoehdot on lukittu ja heille kerrotaan, miten "
                                "palaute vaikutti.</p>",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Onko osallistuminen vaikuttavaa? Tarkista valmisteltavasta asiasta",
                                "items": [
                                    "Asukkaita ja palvelujen käyttäjiä kuultiin, kun vaihtoehdot olivat vielä auki.",
                                    "Nuorisovaltuusto, vanhusneuvosto tai vammaisneuvosto pääsi vaikuttamaan, jos asia koskee niiden edustamia ryhmiä.",
                                    "Myös vaikeimmin tavoitettavia ryhmiä yritettiin tavoittaa.",
                                    "Päätösesityksessä kerrotaan, mitä kuulemisessa tuli esiin ja miten se otettiin huomioon.",
                                    "Osallistujille kerrotaan päätöksestä ja sen perusteluista.",
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "maankaytto-ilmasto-ja-valinnat",
                    "title": "Maankäyttö, ilmastotyö ja valintojen näkyväksi tekeminen",
                    "summary": (
                        "Kaavoitus ja ilmastotyö ovat kunnan arkea, jossa kestävyyden ulottuvuudet joutuvat usein "
                        "vastakkain, ja valinnat kannattaa tehdä näkyviksi."
                    ),
                    "estimated_minutes": 12,
                    "body": [
                        ("heading", {"text": "Maankäyttö vaikuttaa vuosikymmeniä", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Harva kunnan päätös vaikuttaa yhtä pitkään kuin maankäyttöä koskevat ratkaisut. Kun "
                            "kunta kaavoittaa uuden asuinalueen, se päättää samalla, miten asukkaat liikkuvat, kuinka "
                            "kaukana palvelut ovat, millaisia katuja ja verkostoja on rakennettava ja ylläpidettävä "
                            "ja mitä luonnolle tapahtuu. Rakennukset ja kadut ovat käytössä vuosikymmeniä, joten "
                            "maankäyttöpäätökset ovat aina samalla ilmasto-, talous- ja hyvinvointipäätöksiä.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Kuntalaki liittää elinympäristön ja alueen elinvoiman kehittämisen kuntastrategiaan "
                            "(37 §). Siksi maankäytön pitkän aikavälin linjaukset kannattaa kytkeä strategiaan eikä "
                            "käsitellä niitä vain yksittäisinä kaava-asioina. Valtuutetulle maankäyttö on keskeinen "
                            "vaikuttamisen paikka, sillä merkittävimmät kaavat hyväksyy valtuusto.</p>",
                        ),
                        ("heading", {"text": "Ilmastotyö on osa kunnan perustoimintaa", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Kunnan ilmastotyössä on kaksi puolta. Päästöjen vähentäminen koskee esimerkiksi "
                            "liikennettä, rakennusten lämmitystä ja sähkönkäyttöä, kunnan omia kiinteistöjä ja "
                            "ajoneuvoja sekä hankintoja. Ilmastonmuutokseen sopeutuminen taas tarkoittaa varautumista "
                            "esimerkiksi rankkasateisiin, tulviin ja helteisiin. Molemmissa kunta toimii sekä omistajana "
                            "ja palvelujen järjestäjänä että kaavoittajana, joka luo edellytyksiä asukkaiden ja "
                            "yritysten valinnoille.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Ympäristöministeriön Kestävä kaupunki -ohjelma oli yksi USO-verkoston 2021–2022 "
                            "toteuttajista. Sen mukanaolo kuvastaa ajatusta, että ekologinen kestävyys kuuluu kunnan "
                            "johtamiseen eikä ole erillinen ympäristöasia. Ilmastotavoite, jota ei ole kytketty talousarvioon, "
                            "hankintoihin ja kaavoitukseen, jää helposti irralliseksi.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Hankinnat ovat esimerkki arkisesta keinosta, joka yhdistää ulottuvuudet. Kun kunta "
                            "hankkii ruokapalveluja, kuljetuksia tai rakennusurakoita, se voi ottaa huomioon "
                            "ympäristövaikutukset ja elinkaarikustannukset, ja joissain hankinnoissa myös "
                            "työllistämiseen liittyviä tavoitteita. Valtuusto ei päätä yksittäisistä hankinnoista, "
                            "mutta se voi linjata strategiassa, mitä kestävyys kunnan hankinnoissa tarkoittaa, ja "
                            "seurata linjausten toteutumista.</p>",
                        ),
                        ("heading", {"text": "Ristiriidat näkyviin", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Kestävyyden ulottuvuudet eivät aina vedä samaan suuntaan. Uusi omakotialue kunnan "
                            "reunalla voi tuoda uusia asukkaita ja vastata asumistoiveisiin, mutta se voi lisätä "
                            "autoliikennettä ja pirstoa metsäalueita. Keskustan täydennysrakentaminen voi tukea "
                            "palveluja ja joukkoliikennettä, mutta se voi viedä lähiviheralueita ja herättää "
                            "vastustusta naapurustossa. Tällaisia valintoja ei voi välttää, mutta ne voi tehdä "
                            "näkyviksi.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Ristiriitojen näkyväksi tekeminen tarkoittaa, että päätösesityksessä kerrotaan "
                            "rehellisesti:</p>"
                            "<ul>"
                            "<li>mitä kukin vaihtoehto tuottaa ja maksaa kullakin kolmella ulottuvuudella</li>"
                            "<li>kuka hyötyy ja kuka kantaa haitat</li>"
                            "<li>miten vaikutukset jakautuvat ajassa: mikä näkyy heti ja mikä vasta vuosien päästä.</li>"
                            "</ul>"
                            "<p>Yksinkertainen taulukko, jossa vaihtoehdot ovat riveillä ja ulottuvuudet sarakkeissa, "
                            "auttaa usein enemmän kuin pitkä selvitys. Kun ristiriidat ovat näkyvissä, valtuusto voi "
                            "tehdä arvovalintansa avoimesti ja perustella sen asukkaille. Avoimuus ei poista "
                            "erimielisyyttä, mutta se auttaa käymään erimielisyydestä asiallista keskustelua.</p>",
                        ),
                        (
                            "case",
                            {
                                "title": "Asuinalue metsän laitaan vai keskustaan?",
                                "municipality": "Kasvava kehyskunta (kuvitteellinen)",
                                "situation": "<p>Valtuustossa oli kaksi näkemystä uusien asuntojen sijoittamisesta. "
                                "Osa valtuutetuista halusi kaavoittaa omakotialueen metsäiselle alueelle kunnan "
                                "reunalle, osa painotti keskustan täydennysrakentamista. Keskustelu kärjistyi nopeasti "
                                "vastakkainasetteluksi kasvun ja luonnon välillä.</p>",
                                "lesson": "<p>Kunnanhallitus pyysi valmistelijoilta vertailun: katujen ja verkostojen "
                                "rakentamis- ja ylläpitokustannukset, etäisyydet kouluihin ja päiväkoteihin, arvio "
                                "liikenteen päästöistä, luontoarvot sekä asukaskyselyn tulokset. Vertailu ei "
                                "ratkaissut kiistaa, mutta keskustelu siirtyi vastakkainasettelusta siihen, millä "
                                "ehdoilla kumpikin vaihtoehto olisi kestävämpi.</p>",
                                "source": "Kuvitteellinen esimerkki",
                            },
                        ),
                        (
                            "key_point",
                            {
                                "title": "Valintoja ei voi välttää, mutta ne voi tehdä näkyviksi",
                                "text": "<p>Kun päätösesitys kertoo avoimesti, mitä kukin vaihtoehto tuottaa ja "
                                "maksaa sosiaalisesti, taloudellisesti ja ekologisesti, valtuusto voi tehdä "
                                "arvovalintansa tietoisesti ja perustella sen asukkaille.</p>",
                            },
                        ),
                        (
                            "reflection",
                            {
                                "question": "Valitse jokin kunnassasi vireillä oleva maankäyttöä tai ilmastotyötä "
                                "koskeva asia. Mitkä kestävyyden ulottuvuudet vetävät siinä eri suuntiin, ja onko "
                                "tämä kerrottu päätösesityksessä?",
                                "guidance": "Yritä nimetä jokaisesta vaihtoehdosta yksi hyöty ja yksi haitta "
                                "jokaisella kolmella ulottuvuudella. Jos tietoa ei löydy, siitä saat hyvän "
                                "kysymyksen valmistelijalle.",
                            },
                        ),
                    ],
                },
            ],
        },
        # ------------------------------------------------------------------
        # Moduuli 4
        # ------------------------------------------------------------------
        {
            "slug": "kestavat-kunnat-2030",
            "title": "Kestävät kunnat 2030 -ennakointi",
            "summary": (
                "Keväällä 2021 tehty Kestävät kunnat 2030 -ennakointi, sen skenaariot ja niiden käyttö "
                "valtuuston strategiatyössä."
            ),
            "intro": [
                (
                    "paragraph",
                    "<p>Keväällä 2021, juuri ennen uuden valtuustokauden alkua, 34 kuntaa pohti yhdessä, millaisia "
                    "kestävän kunnan tulevaisuuksia on edessä. Tässä moduulissa tutustut ennakointityöhön, sen "
                    "tuottamiin skenaarioihin ja siihen, miten valtuusto voi käyttää skenaarioita omassa "
                    "strategiatyössään.</p>",
                ),
                (
                    "key_point",
                    {
                        "title": "Moduulin ydin",
                        "text": "<p>Skenaariot eivät ennusta tulevaisuutta. Ne auttavat valtuustoa näkemään useita "
                        "mahdollisia kehityskulkuja ja tunnistamaan valinnat, joilla suuntaa voi muuttaa.</p>",
                    },
                ),
            ],
            "lessons": [
                {
                    "slug": "ennakointityo-kevaalla-2021",
                    "title": "Ennakointityö keväällä 2021",
                    "summary": (
                        "Kestävät kunnat 2030 -ennakointi kokosi 34 kuntaa neljään tulevaisuustyöpajaan, ja "
                        "kuntalaki tekee ennakoinnista valtuuston asian."
                    ),
                    "estimated_minutes": 10,
                    "body": [
                        ("heading", {"text": "Kestävät kunnat 2030", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Keväällä 2021 USO-verkosto ja kestävää kuntataloutta käsittelevä kuntaverkosto "
                            "tekivät yhdessä ennakointityön nimeltä Kestävät kunnat 2030. Mukana oli 34 kuntaa. Työ "
                            "tehtiin neljässä tulevaisuustyöpajassa, joissa YK:n Agenda 2030 -toimintaohjelman "
                            "tavoitteita tarkasteltiin ekologisesta, sosiaalisesta ja taloudellisesta "
                            "näkökulmasta.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Työn tuloksena syntyi neljä skenaariota kestävästä kunnasta sekä kehityspolkuja, "
                            "jotka kuvaavat, miten eri tulevaisuuksiin voidaan päätyä. Työn tuloksia on esitelty "
                            "julkaisussa ”Kestävä kehitys kunnissa – Lähtölaskenta uhkakuvasta unelmaan”. "
                            "Skenaarioita käsitellään tarkemmin seuraavassa oppitunnissa.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Ajoitus oli osuva. Työ tehtiin keväällä 2021, ja uudet valtuustot aloittivat kautensa "
                            "1.8.2021. Kuntastrategian tarkistus kuuluu tyypillisesti uuden valtuuston ensimmäisiin "
                            "isoihin tehtäviin, ja USO-verkoston kunnissa strategiatyöpajoja odotettiinkin syksylle "
                            "2021 suosituiksi. Ennakointityön tuloksia oli siten mahdollista käyttää strategiakeskustelujen "
                            "pohjana.</p>",
                        ),
                        ("heading", {"text": "Miten tulevaisuustyöpaja toimii", "level": "h3"}),
                        (
                            "paragraph",
                            "<p>Tulevaisuustyöpaja on yleisesti käytetty ennakoinnin menetelmä. Siinä osallistujat "
                            "tyypillisesti tunnistavat tulevaisuuteen vaikuttavia muutosvoimia, kuvaavat "
                            "vaihtoehtoisia tulevaisuuksia ja pohtivat, millaisilla teoilla toivottuun tulevaisuuteen "
                            "päästään ja miten uhkaavat kehityskulut vältetään. Tässä kuvataan menetelmää yleisesti, "
                            "ei Kestävät kunnat 2030 -työpajojen yksityiskohtaista kulkua.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Kun useat kunnat tekevät ennakointia yhdessä, ne näkevät laajemman kuvan kuin yksin. "
                            "Samat muutokset koskettavat monia kuntia, mutta niiden vaikutukset vaihtelevat kunnan "
                            "koon, sijainnin ja väestön mukaan. Yhteinen työ auttaa huomaamaan, mikä on yhteistä ja "
                            "mikä oman kunnan erityispiirre. USO-verkoston ohjelmaan kuului myös luottamushenkilöille "
                            "tarkoitettuja koulutus- ja vertaistukitilaisuuksia.</p>",
                        ),
                        ("heading", {"text": "Miksi ennakointi kuuluu valtuustolle", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Ennakointi voi kuulostaa asiantuntijoiden työltä, mutta kuntalaki tekee siitä "
                            "valtuuston asian. Lain 37 §:n mukaan kuntastrategian tulee perustua arvioon kunnan "
                            "nykytilanteesta sekä tulevista toimintaympäristön muutoksista ja niiden vaikutuksista "
                            "kunnan tehtävien toteuttamiseen. Strategiaa ei siis voi rakentaa vain menneiden vuosien "
                            "tai kuluvan vuoden lukujen varaan.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Kestävyyden kannalta ennakointi on erityisen tärkeää, koska moni kestävyyteen "
                            "liittyvä muutos on hidas mutta vaikea kääntää. Väestörakenteen muutokset, ilmaston "
                            "muuttuminen tai kunnan rakennusten vähittäinen rapistuminen eivät juuri näy yhden vuoden "
                            "talousarviossa, mutta ne voivat muuttaa kunnan mahdollisuuksia merkittävästi "
                            "vuosikymmenessä. Ennakointi auttaa huomaamaan tällaiset muutokset ajoissa, kun niihin "
                            "voi vielä vaikuttaa.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Ennakointi ei vaadi valtuutetulta erityisosaamista. Riittää, että valtuutettu on valmis "
                            "kysymään, mitä jokin päätös tarkoittaa kymmenen tai kahdenkymmenen vuoden päästä, ja "
                            "kuuntelemaan myös epämukavia vastauksia. Viranhaltijoilla on usein käytössään tietoa "
                            "esimerkiksi väestöennusteista ja rakennusten kunnosta, ja sitä kannattaa pyytää "
                            "strategiatyön tueksi.</p>",
                        ),
                        ("heading", {"text": "Skenaario ei ole ennuste", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Skenaario on johdonmukainen kuvaus yhdestä mahdollisesta tulevaisuudesta. Se ei ole "
                            "ennuste siitä, mitä tulee tapahtumaan, eikä suunnitelma siitä, mitä pitäisi tehdä. "
                            "Skenaariot laajentavat ajattelua: ne auttavat näkemään useita mahdollisia kehityskulkuja "
                            "ja kysymään, miten kunta pärjäisi kussakin. Kun skenaarioita on useita, niiden väliset "
                            "erot näyttävät, mihin asioihin omilla valinnoilla voi vaikuttaa.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Kestävät kunnat 2030 -työssä skenaarioihin liitettiin kehityspolkuja. Kehityspolku "
                            "kuvaa, millaisten valintojen ja tapahtumien kautta kunta voi päätyä johonkin "
                            "tulevaisuuteen. Tämä tekee skenaarioista käyttökelpoisia päätöksenteossa: kun tiedetään, "
                            "mikä vie kohti toivottua tai uhkaavaa tulevaisuutta, voidaan tunnistaa myös ne "
                            "päätökset, joilla suuntaa voi muuttaa.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "title": "Ennakointi on strategian lakisääteinen pohja",
                                "text": "<p>Kuntalain mukaan kuntastrategian on perustuttava arvioon tulevista "
                                "toimintaympäristön muutoksista. Skenaariot ovat yksi tapa tehdä tämä arvio niin, että "
                                "valtuusto näkee useita mahdollisia tulevaisuuksia yhden ennusteen sijaan.</p>",
                            },
                        ),
                        (
                            "reflection",
                            {
                                "question": "Mikä on mielestäsi suurin muutos, joka kuntaasi todennäköisesti kohtaa "
                                "seuraavan kymmenen vuoden aikana, ja miten se näkyy nykyisessä kuntastrategiassa?",
                                "guidance": "Mieti muutosta kaikilla kolmella ulottuvuudella. Jos muutos ei näy "
                                "strategiassa lainkaan, se voi olla hyvä aihe strategian seuraavaan tarkistukseen.",
                            },
                        ),
                    ],
                },
                {
                    "slug": "skenaariot-unelmasta-uhkakuvaan",
                    "title": "Skenaariot: unelmasta uhkakuvaan",
                    "summary": (
                        "Ennakointi tuotti neljä skenaariota kestävästä kunnasta. Oppitunti kertoo, mitä niistä "
                        "tiedetään, mistä niiden sisällön löytää ja miten skenaarioita luetaan."
                    ),
                    "estimated_minutes": 12,
                    "body": [
                        ("heading", {"text": "Neljä skenaariota ja mitä niistä tässä kerrotaan", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Kestävät kunnat 2030 -ennakointi tuotti neljä skenaariota kestävästä kunnasta ja "
                            "niihin liittyviä kehityspolkuja. Kurssin lähteissä skenaarioista on nimetty kolme: "
                            "toivottu tulevaisuus ”Vähähiiliset hyvinvointiverkostot”, uhkakuva ”Yksinäisten "
                            "kestämätön kunta” sekä ”Loittoneva kunta”. Neljännen skenaarion nimeä kurssin lähteet "
                            "eivät kerro. Kaikkien neljän skenaarion kuvaukset ja kehityspolut ovat julkaisussa "
                            "”Kestävä kehitys kunnissa – Lähtölaskenta uhkakuvasta unelmaan”.</p>",
                        ),
                        (
                            "paragraph",
                            "<p><strong>Huomaa:</strong> tämä oppitunti ei kuvaa skenaarioiden sisältöä, koska "
                            "kurssin tekijöillä ei ole käytössään skenaarioiden varsinaisia kuvauksia. Skenaarion "
                            "nimestä ei voi päätellä, mitä siinä kuvataan, joten emme arvaa. Lue skenaariot "
                            "julkaisusta, ennen kuin käytät niitä kunnassasi.</p>",
                        ),
                        ("heading", {"text": "Miten skenaarioita kannattaa lukea", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Kun luet skenaariot julkaisusta, voit käydä jokaisen läpi kolmen kysymyksen avulla, "
                            "yksi kutakin kestävyyden ulottuvuutta kohden:</p>"
                            "<ul>"
                            "<li>Miltä asukkaiden arki ja hyvinvointi näyttävät tässä tulevaisuudessa?</li>"
                            "<li>Miten kunnan talous ja palvelut kestävät?</li>"
                            "<li>Mitä tapahtuu päästöille, luonnolle ja elinympäristölle?</li>"
                            "</ul>"
                            "<p>Kun kaikista neljästä skenaariosta kysytään samat kysymykset, erot tulevat "
                            "näkyviin. Samalla näkyy, mitkä asiat ovat kunnan omissa käsissä ja mitkä riippuvat "
                            "kunnan ulkopuolisista tekijöistä.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Uhkakuva voi tuntua synkältä, mutta se on skenaariotyön hyödyllisimpiä osia. Kun "
                            "uhkaava kehitys on kuvattu, on helpompi tunnistaa sen varhaiset merkit omassa kunnassa ja "
                            "sopia, mihin niistä halutaan reagoida. Uhkakuva ei ole ennustus, vaan varoitus siitä, mihin "
                            "voidaan päätyä, jos suuntaa ei muuteta.</p>",
                        ),
                        ("heading", {"text": "Kehityspolut: valinnat ratkaisevat suunnan", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Skenaarioiden lisäksi ennakointi kuvasi kehityspolkuja. Niiden avulla voidaan "
                            "tunnistaa, mitkä valinnat vievät kohti toivottua tulevaisuutta ja mitkä kohti uhkakuvaa. "
                            "Valtuutetulle tämä on rohkaiseva viesti: tulevaisuus ei ole valmiiksi päätetty, ja tämän "
                            "valtuustokauden päätökset vaikuttavat siihen, mihin kunta on matkalla. Samalla se on "
                            "muistutus vastuusta, sillä myös päättämättä jättäminen on valinta.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "title": "Lue skenaariot lähteestä",
                                "text": "<p>Ennakointi tuotti neljä skenaariota. Niiden sisältö on julkaisussa, ei "
                                "niiden nimissä: lue kuvaukset ennen kuin käytät skenaarioita päätösten "
                                "perusteluna, ja käsittele kaikki neljä, älä vain toivottua tulevaisuutta ja "
                                "uhkakuvaa.</p>",
                            },
                        ),
                        (
                            "reflection",
                            {
                                "question": "Mitkä merkit kuntasi nykyisessä kehityksessä vievät kohti toivottua "
                                "tulevaisuutta ja mitkä kohti uhkakuvaa, kun olet lukenut niiden kuvaukset?",
                                "guidance": "Etsi konkreettisia merkkejä kaikilta kolmelta ulottuvuudelta, esimerkiksi "
                                "hyvinvointikertomuksesta, talouden tunnusluvuista tai kunnan ilmastotyön "
                                "seurannasta. Kirjaa ylös myös merkit, jotka vievät eri suuntiin.",
                            },
                        ),
                    ],
                },
                {
                    "slug": "skenaariot-strategiatyossa",
                    "title": "Skenaariot valtuuston strategiatyössä",
                    "summary": (
                        "Miten valtuusto voi käyttää skenaarioita tavoitteiden asettamiseen, strategian "
                        "testaamiseen ja seurannan suuntaamiseen."
                    ),
                    "estimated_minutes": 12,
                    "body": [
                        ("heading", {"text": "Skenaariot strategiatyön välineenä", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Kuntastrategia tarkistetaan vähintään kerran valtuustokaudessa, ja sen on perustuttava "
                            "arvioon tulevista muutoksista. Skenaariot sopivat tähän työhön hyvin. USO-verkoston "
                            "kunnissa syksyn 2021 suosituimmiksi työpajoiksi odotettiin uuden valtuuston perehdytys- "
                            "ja kehittämisseminaareja sekä strategiatyöpajoja. Juuri niissä skenaarioita on luontevaa "
                            "käyttää.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Skenaarioita voi käyttää ainakin kolmella tavalla: tavoitteiden asettamiseen, "
                            "strategian testaamiseen ja seurannan suuntaamiseen. Valmiita skenaarioita, kuten "
                            "Kestävät kunnat 2030 -työn skenaarioita, voi käyttää sellaisenaan tai muokata niitä oman "
                            "kunnan oloihin. Oman kunnan tietoihin perustuva muokkaus tekee keskustelusta "
                            "konkreettisempaa.</p>",
                        ),
                        ("heading", {"text": "1. Tavoitteiden asettaminen", "level": "h3"}),
                        (
                            "paragraph",
                            "<p>Valtuusto voi keskustella siitä, millainen tulevaisuus on toivottava juuri tässä "
                            "kunnassa. Valmis skenaario, kuten Vähähiiliset hyvinvointiverkostot, antaa keskustelulle "
                            "lähtökohdan, mutta jokaisen kunnan on itse määriteltävä, mitä se tarkoittaa omassa "
                            "tilanteessa. Pienessä maaseutukunnassa vähähiilisyys ja verkostot näyttävät erilaisilta "
                            "kuin kasvavassa kaupungissa. Keskustelussa kannattaa myös kysyä, mitä kunta voi tehdä itse ja "
                            "missä se tarvitsee kumppaneita, kuten naapurikuntia, järjestöjä tai yrityksiä.</p>",
                        ),
                        ("heading", {"text": "2. Strategian testaaminen", "level": "h3"}),
                        (
                            "paragraph",
                            "<p>Kun strategialuonnos on valmis, sitä voi testata kysymällä, miten se toimisi kussakin "
                            "skenaariossa. Viekö strategia kohti toivottua tulevaisuutta? Suojaako se kuntaa "
                            "uhkakuvalta? Onko strategiassa jotain, mikä toimii vain yhdessä tulevaisuudessa? "
                            "Tällainen testaus paljastaa heikkoja kohtia, jotka muuten jäisivät huomaamatta.</p>",
                        ),
                        ("heading", {"text": "3. Seurannan suuntaaminen", "level": "h3"}),
                        (
                            "paragraph",
                            "<p>Kehityspolkuja voi käyttää seurannan apuna. Jos tiedetään, millaiset merkit kertovat "
                            "liikkeestä kohti uhkakuvaa, niitä voidaan seurata mittareina. Esimerkiksi yksinäisyyttä, "
                            "osallistumista tai palvelujen saavutettavuutta kuvaavat tiedot voivat kertoa sosiaalisen "
                            "kestävyyden suunnasta jo ennen kuin ongelmat näkyvät kunnan taloudessa. Vastaavasti "
                            "ekologisen kestävyyden suuntaa voivat kuvata esimerkiksi päästö- tai energiatiedot.</p>",
                        ),
                        ("heading", {"text": "Yhdessä viranhaltijoiden kanssa", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Skenaariotyö on luonteva paikka toimivalle kaksoisjohtamiselle. Viranhaltijat tuovat "
                            "tietoa toimintaympäristön muutoksista ja palvelujen tilanteesta, luottamushenkilöt "
                            "arvovalinnat ja asukkaiden näkökulman. Kun molemmat ovat mukana samassa työpajassa, "
                            "syntyy yhteinen käsitys siitä, mihin kunta on menossa ja mihin se haluaa mennä. "
                            "Kuntaliitto korostaa, että menestyviä ovat ne kunnat, joita poliittinen ja ammatillinen "
                            "johto johtavat strategisesti yhdessä.</p>",
                        ),
                        ("heading", {"text": "Skenaariot eivät vanhene hyllyssä", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Skenaarioista on eniten hyötyä, kun niihin palataan. Talousarvioseminaari tai "
                            "valtuustokauden puoliväli ovat hyviä hetkiä kysyä, onko kehitys kulkenut kohti toivottua "
                            "tulevaisuutta vai uhkakuvaa ja onko toimintaympäristössä tapahtunut jotain, mitä "
                            "skenaariot eivät ennakoineet. Laki edellyttää strategian tarkistamista vähintään kerran "
                            "valtuustokaudessa, joten tarvittaessa sen voi tarkistaa useamminkin.</p>",
                        ),
                        (
                            "case",
                            {
                                "title": "Skenaariot valtuustoseminaarissa",
                                "municipality": "Pieni maaseutukunta (kuvitteellinen)",
                                "situation": "<p>Uusi valtuusto aloitti strategiatyön seminaarilla, johon "
                                "osallistuivat myös kunnanhallitus ja johtoryhmä. Pienryhmät saivat kukin yhden "
                                "skenaarion ja kuvasivat, miltä arki kunnassa näyttäisi siinä tulevaisuudessa: kuka "
                                "kunnassa asuu, miten palvelut toimivat ja miten kunnan talous kestää. Lopuksi ryhmät "
                                "kertoivat, mitkä nykyiset päätökset vievät kohti kutakin tulevaisuutta.</p>",
                                "lesson": "<p>Harjoitus toi esiin, että ikääntyvä väestö ja harva asutus tekivät "
                                "yksinäisyydestä kunnassa todellisen riskin. Strategiaan kirjattiin tavoite kylien "
                                "kohtaamispaikkojen ja järjestöyhteistyön vahvistamisesta sekä mittari, jolla asiaa "
                                "seurataan. Harjoitus loi myös yhteisen kielen, jota valtuutetut ja viranhaltijat "
                                "voivat käyttää koko kauden ajan.</p>",
                                "source": "Kuvitteellinen esimerkki",
                            },
                        ),
                        (
                            "key_point",
                            {
                                "title": "Skenaario auttaa kysymään oikeat kysymykset",
                                "text": "<p>Skenaariot eivät kerro, mitä tapahtuu. Ne auttavat valtuustoa asettamaan "
                                "tavoitteet, testaamaan strategiaa ja valitsemaan mittarit, jotka kertovat suunnasta "
                                "ajoissa.</p>",
                            },
                        ),
                        (
                            "checklist",
                            {
                                "title": "Skenaariot strategiatyössä – muistilista",
                                "items": [
                                    "Valtuusto on keskustellut, millainen tulevaisuus on kunnalle toivottava ja millainen uhkaava.",
                                    "Toivotun tulevaisuuden kuvauksessa ovat mukana sosiaalinen, taloudellinen ja ekologinen kestävyys.",
                                    "Strategialuonnosta on testattu useamman skenaarion valossa.",
                                    "Strategiaan on valittu mittareita, jotka kertovat ajoissa, jos kehitys kulkee kohti uhkakuvaa.",
                                    "Luottamushenkilöt ja viranhaltijat ovat tehneet skenaariotyötä yhdessä.",
                                    "On sovittu, milloin skenaarioihin palataan valtuustokauden aikana.",
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}

COURSE["estimated_minutes"] = sum(
    lesson["estimated_minutes"] for module in COURSE["modules"] for lesson in module["lessons"]
)
