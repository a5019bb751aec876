"""Valtuustokauden 2021–2025 perehdytys: demo course content (Finnish).

Plain data for courses/demo.py, in the format of FORMAT.md. Facts about the Local Government Act
(kuntalaki 410/2015) follow /work/shared/CONTENT-FACTS.md and the text of the act as enacted and as amended
by act 419/2021. The KHO:2021:141 (Muhos) case is real; every other case is a fictional, generic example.
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


FICTIONAL = "Kuvitteellinen esimerkki, joka kuvaa tyypillistä tilannetta. Ei perustu yksittäiseen kuntaan."


# ---------------------------------------------------------------------------------------------------------
# Moduuli 1: Kaksoisjohtaminen
# ---------------------------------------------------------------------------------------------------------

LESSON_1_1 = {
    "slug": "mita-kaksoisjohtaminen-tarkoittaa",
    "title": "Mitä kaksoisjohtaminen tarkoittaa?",
    "summary": "Opit, miten poliittinen ja ammatillinen johtaminen jakautuvat kunnassa ja miksi kumpaakin tarvitaan.",
    "estimated_minutes": 10,
    "body": [
        _h2("Kaksi johtajuutta, yksi kunta"),
        _p(
            "<p>Kuntaa johtaa kaksi joukkoa yhdessä: vaaleilla valitut luottamushenkilöt ja kunnan palveluksessa "
            "olevat viranhaltijat. Luottamushenkilöt edustavat <strong>poliittista johtamista</strong>. He saavat "
            "valtuutuksensa kuntalaisilta vaaleissa ja päättävät, mihin suuntaan kuntaa viedään. Viranhaltijat "
            "edustavat <strong>ammatillista johtamista</strong>. He tuovat päätöksentekoon asiantuntemuksen, "
            "valmistelevat asiat ja huolehtivat siitä, että päätökset pannaan toimeen.</p>"
        ),
        _p(
            "<p>Tutkimuksessa tätä asetelmaa kutsutaan dualistiseksi johtamisjärjestelmäksi, arkikielessä "
            "kaksoisjohtamiseksi. Kuntaliitto kuvaa sitä niin, että kunnan johtamistehtävät jakautuvat "
            "luottamushenkilöiden ja ammattijohdon kesken. Kuntaliiton mukaan onnistuvat ne kunnat, joita "
            "luottamushenkilöt ja viranhaltijat johtavat yhdessä ja strategisesti. Se edellyttää, että molemmilla "
            "puolilla on yhteinen käsitys siitä, mikä on kenenkin rooli ja tehtävä.</p>"
        ),
        _h2("Mitä laki sanoo johtamisesta"),
        _p("<p>Kaksoisjohtamisen perusta on kuntalain 38 §. Sen ensimmäinen momentti kuuluu näin:</p>"),
        _p(
            "<p><em>”Kunnan toimintaa johdetaan valtuuston hyväksymän kuntastrategian mukaisesti.”</em> "
            "(kuntalaki 38 § 1 mom.)</p>"
        ),
        _p(
            "<p>Saman pykälän mukaan kunnanhallitus johtaa kunnan toimintaa, hallintoa ja taloutta. Kunnanjohtaja "
            "johtaa kunnanhallituksen alaisena kunnan hallintoa, taloudenhoitoa ja muuta toimintaa. Valtuusto voi "
            "myös päättää, että kunnanjohtajan sijasta kuntaa johtaa pormestari.</p>"
            "<p>Laki kytkee siis molemmat puolet samaan ketjuun. Valtuusto päättää strategiasta, kunnanhallitus "
            "johtaa sen mukaisesti, ja kunnanjohtaja johtaa organisaatiota kunnanhallituksen alaisena. Kukaan ei "
            "johda yksin, eikä kenenkään kuulu johtaa strategian ohi.</p>"
        ),
        _h2("Kenelle kuuluu mitä?"),
        _p(
            "<p>Käytännössä työnjako näyttää usein tältä:</p>"
            "<ul>"
            "<li><strong>Luottamushenkilöt</strong> asettavat tavoitteet, tekevät arvovalinnat, päättävät "
            "voimavarojen jaosta ja seuraavat, että päätökset toteutuvat. He tuovat päätöksentekoon kuntalaisten "
            "näkemykset.</li>"
            "<li><strong>Viranhaltijat</strong> kokoavat tietoa, arvioivat vaihtoehtoja ja niiden vaikutuksia, "
            "valmistelevat päätösehdotukset, panevat päätökset toimeen ja johtavat henkilöstöä ja palveluja.</li>"
            "</ul>"
        ),
        _p(
            "<p>Raja ei ole jyrkkä. Hyvä valmistelu ei ole arvovapaata, ja hyvä poliittinen päätös tarvitsee "
            "tietoa. Siksi kaksoisjohtamisessa ei ole kyse aidoista vaan vuorovaikutuksesta. Olennaista on, että "
            "kaikki tietävät, kenellä on viimeinen sana missäkin vaiheessa.</p>"
            "<p>Vastuuta on molemmilla puolilla. Esittelijänä toimiva viranhaltija vastaa esittelystään tehdystä "
            "päätöksestä, ellei hän ole ilmoittanut eriävää mielipidettä (106 §). Myös luottamushenkilö hoitaa "
            "tointaan virkavastuulla (85 §). Luottamustehtävä ei siis ole pelkkää mielipiteiden esittämistä, vaan "
            "julkinen tehtävä, johon liittyy oikeudellinen vastuu.</p>"
        ),
        _p(
            "<p><strong>Esimerkki arjesta.</strong> Kunta suunnittelee uutta päiväkotia. Viranhaltijat "
            "selvittävät, miten lasten määrä kehittyy, mitkä sijainnit ovat mahdollisia ja mitä vaihtoehdot "
            "maksavat. Luottamushenkilöt punnitsevat, mikä ratkaisu palvelee kuntalaisia parhaiten ja miten se "
            "sopii strategiaan. Investoinnin määrärahasta päättää valtuusto talousarviossa. Muista asioista päättää "
            "se toimielin tai viranhaltija, jolle hallintosääntö päätösvallan antaa. Rakentamisen ja palvelun "
            "käynnistämisen hoitavat viranhaltijat, ja luottamushenkilöt seuraavat, toteutuuko päätös.</p>"
        ),
        _key(
            "Muista",
            "<p>Kaksoisjohtaminen tarkoittaa, että poliittinen ja ammatillinen johtaminen toimivat yhdessä saman "
            "kuntastrategian varassa. Luottamushenkilöt päättävät suunnasta. Viranhaltijat tuovat asiantuntemuksen "
            "ja toteuttavat päätökset. Kumpikaan ei onnistu ilman toista.</p>",
        ),
        _h2("Miksi roolit kannattaa sopia heti alussa"),
        _p(
            "<p>Uusi valtuustokausi tuo pöydän ääreen uusia ihmisiä. Osa luottamushenkilöistä on mukana "
            "ensimmäistä kertaa, ja myös viranhaltijat tutustuvat uusiin päättäjiin. Väärinkäsityksiä syntyy "
            "helpoimmin silloin, kun kukaan ei ole sanonut ääneen, miten yhdessä tehdään töitä. Siksi roolit "
            "kannattaa käydä läpi heti kauden alussa eikä vasta ensimmäisen ristiriidan jälkeen.</p>"
            "<p>USO-verkosto on nostanut toimivan kaksoisjohtamisen yhdeksi vuosien 2021–2022 teemoistaan "
            "kestävän ja strategisen johtamisen rinnalle. Seuraavissa oppitunneissa käydään läpi, miten "
            "kuntastrategia, kunnanhallitus ja kunnanjohtaja sekä arjen luottamus liittyvät tähän "
            "kokonaisuuteen.</p>"
        ),
        _reflection(
            "Missä asiassa poliittisen ja ammatillisen johtamisen raja on sinun kunnassasi mielestäsi epäselvin?",
            "Ajattele jotakin viime aikoina esillä ollutta asiaa, esimerkiksi palveluverkkoa tai suurta "
            "investointia. Kuka teki arvovalinnat, ja kuka toi tiedon ja vaihtoehdot? Jos olet uusi, kysy "
            "kokeneemmalta valtuutetulta tai kunnanjohtajalta, miten he näkevät asian.",
        ),
    ],
}

LESSON_1_2 = {
    "slug": "kuntastrategia-yhteisena-tyokaluna",
    "title": "Kuntastrategia yhteisenä työkaluna",
    "summary": (
        "Opit, mitä kuntastrategiassa on lain mukaan otettava huomioon ja miten strategia ohjaa sekä "
        "luottamushenkilöiden että viranhaltijoiden työtä."
    ),
    "estimated_minutes": 12,
    "body": [
        _h2("Strategia on valtuuston tärkein johtamisväline"),
        _p(
            "<p>Valtuusto päättää kuntastrategiasta (kuntalaki 14 §). Strategiassa valtuusto päättää kunnan "
            "toiminnan ja talouden pitkän aikavälin tavoitteista (37 §). Koska kuntaa johdetaan 38 §:n mukaan "
            "kuntastrategian mukaisesti, strategia on se kohta, jossa poliittinen ja ammatillinen johtaminen "
            "kohtaavat. Luottamushenkilöt päättävät strategian sisällöstä, ja viranhaltijat tekevät siitä totta "
            "palveluissa, talouden suunnittelussa ja arjen päätöksissä.</p>"
        ),
        _h2("Mitä strategiassa on otettava huomioon"),
        _p(
            "<p>Kuntalain 37 §:n mukaan kuntastrategiassa on otettava huomioon:</p>"
            "<ul>"
            "<li>kunnan asukkaiden hyvinvoinnin edistäminen</li>"
            "<li>palvelujen järjestäminen ja tuottaminen</li>"
            "<li>kunnan tehtäviä koskevissa laeissa säädetyt palvelutavoitteet</li>"
            "<li>omistajapolitiikka</li>"
            "<li>henkilöstöpolitiikka</li>"
            "<li>kunnan asukkaiden osallistumis- ja vaikuttamismahdollisuudet</li>"
            "<li>elinympäristön ja alueen elinvoiman kehittäminen.</li>"
            "</ul>"
        ),
        _p(
            "<p>Strategian on perustuttava arvioon kunnan nykytilanteesta sekä tulevista toimintaympäristön "
            "muutoksista ja niiden vaikutuksista. Strategiassa on myös määriteltävä, miten sen toteutumista "
            "arvioidaan ja seurataan. Strategia tarkistetaan vähintään kerran valtuuston toimikaudessa.</p>"
            "<p>Strategia ei jää paperiksi, koska laki sitoo sen talouteen. Talousarvio ja taloussuunnitelma on "
            "laadittava niin, että ne toteuttavat kuntastrategiaa (110 §). Jokainen talousarviokeskustelu on siis "
            "myös strategiakeskustelu.</p>"
        ),
        _h2("Kuka tekee mitä strategiatyössä?"),
        _p(
            "<p>Hyvä strategiaprosessi on kaksoisjohtamisen harjoitus. Viranhaltijat kokoavat tilannekuvan, "
            "esimerkiksi väestön ja talouden kehityksestä, palvelujen tarpeesta ja henkilöstön tilanteesta. "
            "Luottamushenkilöt keskustelevat siitä, mitä tilannekuva tarkoittaa ja mitkä asiat ovat tärkeimpiä. "
            "Kunnanhallitus johtaa valmistelua ja tuo strategian valtuustolle, joka päättää siitä. Sen jälkeen "
            "viranhaltijat muuttavat strategian toimenpiteiksi ja mittareiksi, ja luottamushenkilöt seuraavat "
            "niiden toteutumista.</p>"
            "<p>Myös kuntalaiset kannattaa ottaa mukaan. Strategiassa on otettava huomioon asukkaiden "
            "osallistumis- ja vaikuttamismahdollisuudet, ja asukkaita voi kuulla jo strategiaa laadittaessa, "
            "esimerkiksi kyselyin tai asukastilaisuuksin.</p>"
            "<p>Valtuustokausi 2021–2025 on tavallista lyhyempi. Jos strategia tarkistetaan vasta kauden "
            "puolivälissä, sen toteuttamiseen jää vähän aikaa. USO-verkoston kunnissa syksyn 2021 suosituimmiksi "
            "työpajoiksi odotetaan uuden valtuuston perehdytys- ja kehittämisseminaareja sekä "
            "strategiatyöpajoja.</p>"
        ),
        _h2("Kestävyys strategian ytimeen"),
        _p(
            "<p>Kuntalain 1 §:n mukaan kunta edistää asukkaidensa hyvinvointia ja alueensa elinvoimaa sekä "
            "järjestää palvelut taloudellisesti, sosiaalisesti ja ympäristöllisesti kestävällä tavalla. "
            "USO-verkoston kierroksen 2021–2022 teemana on kestävä kuntajohtaminen: sosiaalisen, taloudellisen ja "
            "ekologisen kestävyyden tuominen osaksi kunnan strategista johtamista ja arjen työtä.</p>"
            "<p>Keväällä 2021 tehdyssä Kestävät kunnat 2030 -ennakoinnissa 34 kuntaa hahmotteli neljässä "
            "tulevaisuustyöpajassa neljä skenaariota kestävästä kunnasta. Toivottavin niistä oli nimeltään "
            "”Vähähiiliset hyvinvointiverkostot”. Uhkakuvaksi nimettiin ”Yksinäisten kestämätön kunta”. "
            "Skenaariot sopivat hyvin strategiakeskustelun pohjaksi: mihin suuntaan kuntamme on menossa, ja mihin "
            "suuntaan haluamme sen menevän? Tulokset on koottu julkaisuun <em>Kestävä kehitys kunnissa – "
            "Lähtölaskenta uhkakuvasta unelmaan</em>.</p>"
        ),
        _h2("Strategia arjen päätöksissä"),
        _p(
            "<p>Strategia ei ole vain kerran kaudessa käsiteltävä asiakirja. Se on mittapuu jokaiselle "
            "päätökselle. Kun luet esityslistaa, kysy: miten tämä ehdotus edistää strategian tavoitteita, ja onko "
            "se ristiriidassa jonkin tavoitteen kanssa? Viranhaltijat voivat helpottaa tätä kertomalla "
            "päätösehdotuksessa, mihin strategian tavoitteeseen asia liittyy. Näin strategiasta tulee yhteinen "
            "kieli, jolla luottamushenkilöt ja viranhaltijat keskustelevat.</p>"
        ),
        _key(
            "Strategia on yhteinen sopimus",
            "<p>Kuntastrategia on valtuuston päätös, mutta se toimii vain, jos luottamushenkilöt ja viranhaltijat "
            "pitävät sitä yhteisenä. Strategia ohjaa talousarviota (110 §), ja se tarkistetaan vähintään kerran "
            "valtuuston toimikaudessa (37 §).</p>",
        ),
        _checklist(
            "Strategian pikatesti omassa kunnassasi",
            [
                "Tiedän, mistä kuntamme voimassa oleva strategia löytyy. Sen on oltava saatavilla verkossa (109 §).",
                "Osaan nimetä strategian kolme tärkeintä tavoitetta.",
                "Tiedän, milloin ja miten strategia tällä valtuustokaudella tarkistetaan.",
                "Tiedän, millä mittareilla strategian toteutumista seurataan ja milloin valtuusto saa niistä tietoa.",
                "Olen katsonut, miten strategian tavoitteet näkyvät talousarviossa ja taloussuunnitelmassa.",
                "Tiedän, miten voin itse tuoda strategiakeskusteluun kuntalaisilta kuulemiani näkemyksiä.",
                "Tiedän, miten sosiaalinen, taloudellinen ja ekologinen kestävyys näkyvät strategiassa.",
            ],
        ),
    ],
}

LESSON_1_3 = {
    "slug": "kunnanhallitus-puheenjohtaja-ja-kunnanjohtaja",
    "title": "Kunnanhallitus, sen puheenjohtaja ja kunnanjohtaja tai pormestari",
    "summary": (
        "Opit, miten kunnanhallitus, sen puheenjohtaja ja kunnanjohtaja tai pormestari jakavat johtamisen "
        "tehtävät ja mikä on johtajasopimus."
    ),
    "estimated_minutes": 12,
    "body": [
        _h2("Kunnanhallitus johtaa"),
        _p(
            "<p>Kunnanhallitus on kunnan johtamisen keskipiste. Kuntalain 38 §:n mukaan se johtaa kunnan "
            "toimintaa, hallintoa ja taloutta. Lain 39 §:ssä sille on säädetty seitsemän tehtävää. "
            "Kunnanhallituksen tulee:</p>"
            "<ul>"
            "<li>vastata kunnan hallinnosta ja taloudenhoidosta</li>"
            "<li>vastata valtuuston päätösten valmistelusta, täytäntöönpanosta ja laillisuuden valvonnasta</li>"
            "<li>valvoa kunnan etua ja, ellei hallintosäännössä toisin määrätä, edustaa kuntaa ja käyttää sen "
            "puhevaltaa</li>"
            "<li>edustaa kuntaa työnantajana ja vastata henkilöstöpolitiikasta</li>"
            "<li>vastata kunnan toiminnan yhteensovittamisesta</li>"
            "<li>vastata kunnan toiminnan omistajaohjauksesta</li>"
            "<li>huolehtia sisäisestä valvonnasta ja riskienhallinnan järjestämisestä.</li>"
            "</ul>"
            "<p>Kunnanhallitus on siis valtuuston ja viranhaltijaorganisaation välissä. Jos kunnanhallitus katsoo, "
            "että valtuuston päätös on lainvastainen, sen on jätettävä päätös panematta täytäntöön ja vietävä asia "
            "viipymättä valtuuston uudelleen käsiteltäväksi (96 §).</p>"
        ),
        _h2("Puheenjohtaja johtaa poliittista yhteistyötä"),
        _p(
            "<p>Kunnanhallituksen puheenjohtaja johtaa poliittista yhteistyötä, jota kunnanhallituksen tehtävien "
            "hoitaminen edellyttää (40 §). Puheenjohtajan muista tehtävistä määrätään kunnan hallintosäännössä. "
            "Käytännössä puheenjohtaja on kunnanjohtajan tärkein työpari luottamushenkilöiden puolella.</p>"
            "<p>Myös valtuuston puheenjohtajalla ja varapuheenjohtajilla on oikeus olla läsnä ja käyttää "
            "puheenvuoroja kunnanhallituksen kokouksessa (18 §). Näin valtuuston johto tietää, mitä valtuustolle "
            "valmistellaan.</p>"
        ),
        _h2("Kunnanjohtaja tai pormestari"),
        _p(
            "<p>Kunnanjohtajan valitsee valtuusto joko toistaiseksi tai määräajaksi, ja hän on virkasuhteessa "
            "kuntaan (41 §). Kunnanjohtaja johtaa kunnanhallituksen alaisena hallintoa, taloudenhoitoa ja muuta "
            "toimintaa. Hän on ammatillisen johtamisen kärki ja vastaa siitä, että viranhaltijaorganisaatio "
            "toteuttaa strategiaa. Kunnanjohtajalla on oikeus käyttää puhevaltaa kunnanhallituksen puolesta sekä "
            "saada kunnan viranomaisilta tietoja ja asiakirjoja, jollei salassapitosäännöksistä muuta johdu. "
            "Kunnanhallitus ja kunnanjohtaja kuuluvat myös kunnan konsernijohtoon, joka vastaa "
            "omistajaohjauksen toteuttamisesta kuntakonsernissa, ellei hallintosäännössä toisin määrätä (48 §).</p>"
            "<p>Valtuusto voi myös päättää, että kuntaa johtaa pormestari (38 § ja 44 §). Pormestari on "
            "luottamushenkilö, joka toimii kunnanhallituksen puheenjohtajana. Valtuusto valitsee hänet enintään "
            "valtuuston toimikaudeksi. Pormestarimallissa poliittinen johtaminen on vahvemmin esillä, mutta "
            "kaksoisjohtaminen ei katoa: viranhaltijat valmistelevat ja toimeenpanevat päätökset edelleen.</p>"
        ),
        _h2("Johtajasopimus selkeyttää työnjakoa"),
        _p(
            "<p>Kunnan ja kunnanjohtajan on tehtävä johtajasopimus, jossa sovitaan kunnan johtamisen "
            "edellytyksistä (42 §). Sopimukseen voidaan kirjata myös kunnanjohtajan ja kunnanhallituksen "
            "puheenjohtajan työnjako kunnan johtamisessa, kun otetaan huomioon hallintosäännön määräykset. "
            "Sopimukseen voidaan ottaa myös menettelyt, joilla kunnanjohtajan viran hoitamiseen liittyvät "
            "erimielisyydet ratkaistaan.</p>"
            "<p>Kuntalain muutos 419/2021 tuli voimaan 26.5.2021. Sen jälkeen johtajasopimuksen hyväksyy "
            "kunnanhallitus. Uuden valtuustokauden alku on hyvä hetki käydä sopimus läpi: vastaako se uuden "
            "kunnanhallituksen ja sen puheenjohtajan käsitystä yhteistyöstä?</p>"
        ),
        _key(
            "Kolmen kulma",
            "<p>Kunnanhallitus johtaa, sen puheenjohtaja johtaa poliittista yhteistyötä, ja kunnanjohtaja johtaa "
            "organisaatiota kunnanhallituksen alaisena. Johtajasopimus on väline, jolla tämä kolmikko sopii "
            "työnjaostaan.</p>",
        ),
        _case(
            "Uusi puheenjohtaja, kokenut kunnanjohtaja",
            "Pieni maaseutukunta (kuvitteellinen)",
            "<p>Kunnanhallituksen uusi puheenjohtaja aloitti elokuussa 2021. Kunnanjohtaja oli ollut virassa jo "
            "kuusi vuotta, ja johtajasopimus oli tehty edellisen puheenjohtajan aikana. Ensimmäisten viikkojen "
            "aikana puheenjohtaja kuuli tärkeistä valmisteluista vasta esityslistasta. Kunnanjohtaja taas luki "
            "paikallislehdestä puheenjohtajan linjauksia, joista ei ollut puhuttu yhdessä.</p>",
            "<p>Kumpikaan ei toiminut väärin, mutta yhteisiä pelisääntöjä ei ollut. Puheenjohtaja ja kunnanjohtaja "
            "sopivat viikoittaisesta tapaamisesta ja kävivät johtajasopimuksen läpi. He kirjasivat, miten "
            "puheenjohtaja saa tiedon valmisteluista ja miten medialle vastataan. Kunnanhallitus hyväksyi "
            "päivitetyn sopimuksen syksyllä. Työnjako kannattaa sanoa ääneen heti kauden alussa.</p>",
            FICTIONAL,
        ),
        _reflection(
            "Mitä sinun kunnassasi on sovittu kunnanjohtajan ja kunnanhallituksen puheenjohtajan työnjaosta, ja "
            "mistä sen voi lukea?",
            "Katso kunnan hallintosäännöstä kunnanhallituksen puheenjohtajan tehtävät. Kysy, milloin "
            "johtajasopimus on viimeksi käyty läpi ja onko uusi kunnanhallitus käsitellyt sen.",
        ),
    ],
}

LESSON_1_4 = {
    "slug": "luottamus-rakennetaan-arjessa",
    "title": "Luottamus rakennetaan arjessa",
    "summary": (
        "Opit käytännön keinoja, joilla luottamushenkilöt ja viranhaltijat rakentavat keskinäistä luottamusta "
        "valtuustokauden aikana."
    ),
    "estimated_minutes": 11,
    "body": [
        _h2("Luottamus pitää kaksoisjohtamisen käynnissä"),
        _p(
            "<p>Laki kertoo, kuka päättää ja kuka valmistelee. Se ei kerro, miten ihmiset tulevat toimeen "
            "keskenään. Kaksoisjohtaminen toimii vain, jos luottamushenkilöt voivat luottaa siihen, että valmistelu "
            "on avointa ja puolueetonta. Viranhaltijoiden taas on voitava luottaa siihen, että heidän "
            "asiantuntemustaan kuunnellaan ja heitä kohdellaan reilusti.</p>"
            "<p>Luottamus syntyy pienistä teoista: pidetyistä lupauksista, ajoissa jaetusta tiedosta ja siitä, "
            "miten erimielisyydet käsitellään. Se myös rapautuu pienistä asioista, kuten yllätyksistä, selän "
            "takana puhumisesta tai siitä, että vastuu ongelmista sysätään toiselle puolelle.</p>"
        ),
        _h2("Mitä luottamushenkilö voi tehdä"),
        _p(
            "<ul>"
            "<li><strong>Kysy ajoissa.</strong> Jos esityslistalla on asia, jota et ymmärrä, kysy valmistelijalta "
            "ennen kokousta. Se on tehokkaampaa ja reilumpaa kuin kysymyksillä yllättäminen kokouksessa.</li>"
            "<li><strong>Arvostele esitystä, älä ihmistä.</strong> Viranhaltija ei voi osallistua julkiseen "
            "väittelyyn samalla tavalla kuin poliitikko. Jos olet eri mieltä, tee vastaehdotus ja perustele se.</li>"
            "<li><strong>Kunnioita valmistelun itsenäisyyttä.</strong> Voit kertoa poliittisen näkemyksesi, mutta "
            "esittelijä vastaa esittelystään tehdystä päätöksestä (106 §). Siksi hänen on voitava tehdä "
            "ehdotuksensa oman harkintansa mukaan.</li>"
            "<li><strong>Pidä kiinni yhteisistä päätöksistä.</strong> Kun asia on päätetty, sen toteuttaminen "
            "kuuluu viranhaltijoille, vaikka olisit itse äänestänyt toisin.</li>"
            "</ul>"
        ),
        _h2("Mitä viranhaltija voi tehdä"),
        _p(
            "<ul>"
            "<li><strong>Tuo vaihtoehdot näkyviin.</strong> Kun päätösehdotuksessa kerrotaan myös harkitut "
            "vaihtoehdot ja niiden vaikutukset, luottamushenkilöt voivat tehdä aidon valinnan.</li>"
            "<li><strong>Kerro ikävät asiat ajoissa.</strong> Talouden poikkeamat, viivästykset ja riskit on "
            "helpompi käsitellä, kun ne eivät tule yllätyksenä.</li>"
            "<li><strong>Kohtele kaikkia ryhmiä tasapuolisesti.</strong> Sama tieto kuuluu kaikille "
            "luottamushenkilöille, ei vain suurimmalle ryhmälle tai puheenjohtajistolle.</li>"
            "<li><strong>Kirjoita selkeästi.</strong> Kuntalain 29 §:n mukaan kunnan viestinnässä on käytettävä "
            "selkeää ja ymmärrettävää kieltä. Selkeä esityslistateksti palvelee sekä päättäjiä että "
            "kuntalaisia.</li>"
            "</ul>"
        ),
        _key(
            "Ei yllätyksiä",
            "<p>Hyvä nyrkkisääntö molemmille puolille: kenenkään ei pitäisi kuulla tärkeästä asiasta ensimmäistä "
            "kertaa lehdestä, sosiaalisesta mediasta tai kesken kokouksen. Tämä yksi periaate ehkäisee monta turhaa "
            "ristiriitaa.</p>",
        ),
        _case(
            "Kriittinen päivitys sosiaalisessa mediassa",
            "Keskikokoinen kaupunki (kuvitteellinen)",
            "<p>Valtuutettu kirjoitti sosiaaliseen mediaan, että nimeltä mainittu toimialajohtaja oli pimittänyt "
            "lautakunnalta tietoja palveluverkon kustannuksista. Viranhaltija ei voinut vastata julkisesti "
            "samaan sävyyn, ja keskustelu kiihtyi. Kunnanhallituksen puheenjohtaja ja kunnanjohtaja kutsuivat "
            "valtuutetun ja toimialajohtajan samaan pöytään. Kävi ilmi, että luvut olivat olleet esityslistan "
            "liitteessä, mutta niitä oli vaikea löytää.</p>",
            "<p>Valtuutettu korjasi kirjoituksensa. Toimialalla sovittiin, että keskeiset luvut kootaan jatkossa "
            "esityslistatekstin alkuun. Kritiikki osui oikeaan ongelmaan, mutta väärään ihmiseen. Kun asia "
            "puhuttiin suoraan, molemmat osapuolet saivat jotain, ja valmistelu parani.</p>",
            FICTIONAL,
        ),
        _h2("Kun luottamus horjuu"),
        _p(
            "<p>Erimielisyydet kuuluvat politiikkaan, eikä niitä tarvitse pelätä. Ongelma syntyy, kun erimielisyys "
            "asiasta muuttuu epäluottamukseksi ihmistä kohtaan. Silloin kannattaa palata yhteisiin pelisääntöihin "
            "ja puhua suoraan: kunnanhallituksen puheenjohtaja ja kunnanjohtaja keskenään, valtuustoryhmien "
            "puheenjohtajat keskenään.</p>"
            "<p>Laissa on myös raskaat keinot. Valtuusto voi erottaa valitsemansa toimielimen jäsenet kesken "
            "toimikauden, jos he eivät nauti valtuuston luottamusta (34 §). Päätös koskee silloin kaikkia "
            "toimielimeen valittuja. Valtuusto voi myös irtisanoa "
            "kunnanjohtajan, jos tämä on menettänyt valtuuston luottamuksen (43 §). Irtisanomiseen tarvitaan kahden "
            "kolmasosan kannatus kaikista valtuutetuista. Nämä ovat kuitenkin viimeisiä keinoja. Kun niihin "
            "joudutaan, yhteistyö on yleensä pettänyt jo paljon aiemmin.</p>"
        ),
        _checklist(
            "Luottamuksen rakentajan muistilista",
            [
                "Tunnen kunnanjohtajan ja oman toimielimeni esittelijän ja tiedän, miten heihin saa yhteyden.",
                "Luen esityslistan ajoissa ja kysyn epäselvistä asioista ennen kokousta.",
                "Arvostelen asioita ja päätösehdotuksia, en yksittäisiä viranhaltijoita.",
                "Kerron uusista linjauksistani ensin yhteisissä pöydissä enkä vasta mediassa.",
                "Hyväksyn, että esittelijä tekee ehdotuksensa oman harkintansa mukaan.",
                "Otan ristiriidat puheeksi suoraan ja ajoissa.",
            ],
        ),
    ],
}


# ---------------------------------------------------------------------------------------------------------
# Moduuli 2: Roolit (the lesson on the sote reform, in both languages, is in orientation_2021_sote.py)
# ---------------------------------------------------------------------------------------------------------

LESSON_2_1 = {
    "slug": "valtuusto-ja-toimielimet",
    "title": "Valtuusto ja kunnan toimielimet",
    "summary": (
        "Opit, mistä valtuusto päättää, mitä muita toimielimiä kunnassa on ja miten asia voidaan ottaa ylemmän "
        "toimielimen käsiteltäväksi."
    ),
    "estimated_minutes": 12,
    "body": [
        _h2("Valtuusto käyttää kunnan päätösvaltaa"),
        _p(
            "<p>Kuntalain 14 §:n mukaan valtuusto vastaa kunnan toiminnasta ja taloudesta ja käyttää kunnan "
            "päätösvaltaa. Pykälässä luetellaan 14 kohtaa, joista valtuusto päättää. Keskeisiä ovat:</p>"
            "<ul>"
            "<li>kuntastrategia</li>"
            "<li>hallintosääntö</li>"
            "<li>talousarvio ja taloussuunnitelma</li>"
            "<li>omistajaohjauksen periaatteet ja konserniohje</li>"
            "<li>sisäisen valvonnan ja riskienhallinnan perusteet</li>"
            "<li>palveluista ja muista suoritteista perittävien maksujen yleiset perusteet</li>"
            "<li>jäsenten valitseminen toimielimiin</li>"
            "<li>tilintarkastajien valitseminen</li>"
            "<li>tilinpäätöksen hyväksyminen ja vastuuvapaus.</li>"
            "</ul>"
        ),
        _p(
            "<p>Valtuusto ei hoida kunnan arkea. Se päättää suurista linjoista ja antaa toimivaltaa muille "
            "toimielimille, luottamushenkilöille ja viranhaltijoille hallintosäännössä. Toimivaltaa ei kuitenkaan "
            "saa siirtää asioissa, joista valtuuston on lain mukaan päätettävä itse (91 §). Hallintosääntö on "
            "siksi tärkeä asiakirja: siitä näet, kuka kunnassasi päättää mistäkin.</p>"
            "<p>Valtuusto valitsee keskuudestaan puheenjohtajan ja tarvittavan määrän varapuheenjohtajia (18 §). "
            "Valtuutetut voivat muodostaa valtuustotyöskentelyä varten valtuustoryhmiä, ja ryhmän voi muodostaa "
            "yksikin valtuutettu (19 §). Valtuusto on päätösvaltainen, kun vähintään kaksi kolmasosaa "
            "valtuutetuista on läsnä (103 §). Jos et pääse kokoukseen, ilmoita siitä ajoissa hallintosäännön "
            "mukaisesti, jotta varavaltuutettu voidaan kutsua tilallesi.</p>"
        ),
        _h2("Kunnan toimielimet"),
        _p(
            "<p>Kuntalain 30 §:n mukaan jokaisessa kunnassa on oltava valtuuston lisäksi kunnanhallitus ja "
            "tarkastuslautakunta. Lisäksi valtuusto voi asettaa:</p>"
            "<ul>"
            "<li>kunnanhallituksen alaisia lautakuntia tai niiden sijasta valiokuntia hoitamaan pysyviä "
            "tehtäviä</li>"
            "<li>johtokuntia esimerkiksi liikelaitosta varten</li>"
            "<li>jaostoja kunnanhallitukseen, lautakuntiin, valiokuntiin ja johtokuntiin.</li>"
            "</ul>"
            "<p>Kunnanhallitus ja valtuuston päätöksellä muukin toimielin voi asettaa toimikunnan tiettyä tehtävää "
            "varten. Tällä kaudella kunnanhallituksen, tarkastuslautakunnan ja muiden lautakuntien jäsenet "
            "valittiin elokuun 2021 valtuuston kokouksessa.</p>"
        ),
        _h2("Tarkastuslautakunta arvioi"),
        _p(
            "<p>Tarkastuslautakunnalla on erityinen asema (121 §). Sen puheenjohtajan ja varapuheenjohtajan on "
            "oltava valtuutettuja. Lautakunta arvioi, ovatko valtuuston asettamat toiminnan ja talouden tavoitteet "
            "toteutuneet kunnassa ja kuntakonsernissa. Se valmistelee valtuustolle hallinnon ja talouden "
            "tarkastusta koskevat asiat ja valvoo sidonnaisuuksien ilmoittamista. Lautakunnan vuosittainen "
            "arviointikertomus käsitellään valtuustossa tilinpäätöksen yhteydessä. Tarkastuslautakunta on "
            "valtuuston oma väline: sen avulla valtuusto saa tietoa siitä, toteutuvatko sen päätökset.</p>"
        ),
        _h2("Otto-oikeus"),
        _p(
            "<p>Kun toimivaltaa on siirretty kunnanhallituksen alaiselle viranomaiselle, esimerkiksi lautakunnalle "
            "tai viranhaltijalle, ylempi toimielin voi ottaa tämän tekemän päätöksen käsiteltäväkseen (92 §). Tätä "
            "kutsutaan otto-oikeudeksi. Asian voivat ottaa kunnanhallituksen käsiteltäväksi kunnanhallitus, sen "
            "puheenjohtaja, kunnanjohtaja ja hallintosäännössä määrätty viranhaltija. Hallintosäännössä voidaan "
            "antaa vastaava oikeus myös lautakunnille ja niiden puheenjohtajille.</p>"
            "<p>Asia on otettava käsiteltäväksi siinä ajassa, jossa päätöksestä voi tehdä oikaisuvaatimuksen. "
            "Kaikkia asioita ei voi ottaa. Ulkopuolelle on rajattu esimerkiksi lain tai asetuksen mukaiset lupa-, "
            "ilmoitus-, valvonta- ja toimitusasiat sekä yksilöön kohdistuvat opetustoimen, terveydenhuollon ja "
            "sosiaalitoimen asiat.</p>"
        ),
        _key(
            "Otto-oikeus on turvaventtiili",
            "<p>Otto-oikeus varmistaa, että siirretty päätösvalta pysyy poliittisen ohjauksen piirissä. Sitä "
            "kannattaa käyttää harkiten. Jos asioita otetaan usein ylemmän toimielimen käsiteltäväksi, kannattaa "
            "miettiä, onko toimivallan jako hallintosäännössä kohdallaan.</p>",
        ),
        _case(
            "Koulurakennuksen vuokraus kunnanhallituksen käsittelyyn",
            "Pieni maaseutukunta (kuvitteellinen)",
            "<p>Tekninen johtaja päätti hallintosäännön antaman toimivallan nojalla vuokrata tyhjilleen jääneen "
            "kyläkoulun yhdistykselle viideksi vuodeksi. Kyläläiset olivat toivoneet, että rakennusta käytettäisiin "
            "kylätalona. Kunnanhallituksen puheenjohtaja otti asian kunnanhallituksen käsiteltäväksi määräajassa. "
            "Kunnanhallitus kuuli kyläyhdistystä ja päätti vuokrasta uudelleen.</p>",
            "<p>Otto-oikeus toimi niin kuin pitikin: päätös, jolla oli laajempaa merkitystä kylälle, siirtyi "
            "poliittisen harkinnan piiriin. Jälkikäteen kunnanhallitus ja kunnanjohtaja sopivat, että "
            "periaatteellisesti tärkeät kiinteistöasiat tuodaan jatkossa suoraan kunnanhallitukseen. Näin "
            "otto-oikeutta ei tarvita yhtä usein.</p>",
            FICTIONAL,
        ),
        _reflection(
            "Mitä päätösvaltaa sinun kunnassasi on hallintosäännössä siirretty viranhaltijoille, ja miten saat "
            "tiedon heidän päätöksistään?",
            "Hallintosäännön on oltava saatavilla verkossa (109 §), yleensä kunnan verkkosivuilla. Etsi siitä "
            "toimivallan siirtoa koskevat kohdat. "
            "Selvitä myös, miten viranhaltijoiden päätökset tuodaan toimielinten tietoon, jotta otto-oikeutta voi "
            "tarvittaessa käyttää ajoissa.",
        ),
    ],
}

LESSON_2_2 = {
    "slug": "luottamushenkilon-tehtava-ja-tietojensaanti",
    "title": "Luottamushenkilön tehtävä ja oikeus saada tietoa",
    "summary": (
        "Opit, mitä kuntalaki edellyttää luottamushenkilöltä, millainen oikeus sinulla on saada tietoa ja miten "
        "viranhaltijan asema eroaa omastasi."
    ),
    "estimated_minutes": 11,
    "body": [
        _h2("Kuka on luottamushenkilö?"),
        _p(
            "<p>Kuntalain 69 §:n mukaan kunnan luottamushenkilöitä ovat valtuutetut ja varavaltuutetut, kunnan "
            "toimielimiin valitut jäsenet, kunnan kuntayhtymän toimielimiin valitsemat jäsenet sekä muut kunnan "
            "luottamustoimiin valitut henkilöt. Jos kunnan viranhaltija tai työntekijä on valittu toimielimeen "
            "tehtävänsä perusteella, hän ei ole luottamushenkilö.</p>"
        ),
        _h2("Luottamushenkilön velvollisuus"),
        _p("<p>Samassa pykälässä kerrotaan luottamushenkilön tärkein velvollisuus. Lain sanamuoto on:</p>"),
        _p(
            "<p><em>”Luottamushenkilön tulee edistää kunnan ja sen asukkaiden etua sekä toimia "
            "luottamustehtävässään arvokkaasti tehtävän edellyttämällä tavalla.”</em> (kuntalaki 69 § 2 mom.)</p>"
        ),
        _p(
            "<p>Sanamuodolla on merkitystä. Valtuutettu on valittu vaaleissa jonkin puolueen tai "
            "valitsijayhdistyksen ehdokkaana, ja hän tuo päätöksentekoon äänestäjiensä näkemyksiä. "
            "Luottamustehtävässä hän kuitenkin toimii koko kunnan ja sen asukkaiden hyväksi, ei yksittäisen kylän, "
            "yhdistyksen tai yrityksen edunvalvojana. Arvokas toiminta näkyy myös siinä, miten kohtelet muita "
            "luottamushenkilöitä, viranhaltijoita ja kuntalaisia kokouksissa ja sosiaalisessa mediassa.</p>"
            "<p>Luottamushenkilö hoitaa tointaan virkavastuulla, ja häneen sovelletaan rikoslain virkarikoksia "
            "koskevia säännöksiä (85 §).</p>"
        ),
        _h2("Oikeus saada tietoa"),
        _p(
            "<p>Kuntalain 83 §:n mukaan luottamushenkilöllä on oikeus saada kunnan viranomaisilta tietoja, joita "
            "hän pitää tehtävässään tarpeellisina ja jotka eivät ole vielä julkisia, jollei "
            "salassapitosäännöksistä muuta johdu. Lisäksi luottamushenkilöllä on oikeus saada kunnan "
            "konsernijohdolta sen hallussa olevia tietoja kunnan tytäryhteisöjen toiminnasta, samoin "
            "salassapitosäännösten rajoissa.</p>"
            "<p>Käytännössä voit pyytää esimerkiksi valmisteluaineistoa tai selvityksiä jo ennen kuin asia on "
            "esityslistalla. Salassapitosäännökset kuitenkin rajaavat oikeutta. Esimerkiksi yksittäisten "
            "asiakkaiden tai potilaiden tiedot ovat salassa pidettäviä. Jos saat luottamustehtävässäsi salassa "
            "pidettäviä tietoja, et saa kertoa niitä eteenpäin.</p>"
            "<p>Kysy tietoa asiasta vastaavalta viranhaltijalta tai kunnan ohjeiden mukaisesti. Kunnassa on voitu "
            "sopia, että laajat selvityspyynnöt kulkevat kunnanjohtajan tai toimialajohtajan kautta. Silloin työ "
            "voidaan aikatauluttaa ja sama tieto jakaa kaikille, joille se kuuluu.</p>"
        ),
        _h2("Viranhaltijan asema on erilainen"),
        _p(
            "<p>Viranhaltija on virkasuhteessa kuntaan. Tehtävää, jossa käytetään julkista valtaa, hoidetaan "
            "virkasuhteessa (87 §). Viranhaltija on valittu asiantuntemuksensa perusteella, ei vaaleissa. Hänen "
            "tehtävänsä on valmistella ja toteuttaa päätöksiä lakien ja valtuuston linjausten mukaisesti, riippumatta "
            "siitä, mikä ryhmä on enemmistönä. Luottamushenkilö saa olla poliittinen. Viranhaltijan on toimittava "
            "puolueettomasti.</p>"
            "<p>Viranhaltijakin voi olla eri mieltä. Esittelijänä hän voi ilmoittaa eriävän mielipiteensä, jos "
            "toimielimen päätös poikkeaa hänen ehdotuksestaan (106 §). Kun päätös on tehty, hänen tehtävänsä on "
            "panna se toimeen.</p>"
        ),
        _h2("Käytännön oikeuksia"),
        _p(
            "<p>Luottamushenkilöllä on oikeus saada vapaata työstään kunnan toimielimen kokousta varten (81 §). "
            "Ilmoita kokousajat työnantajallesi heti, kun saat ne tietoosi. Työnantaja voi kieltäytyä antamasta "
            "vapaata vain, jos se ei ole saanut tietoa viimeistään 14 päivää ennen kokousta ja sillä on "
            "kieltäytymiseen työhön liittyvä painava syy. Luottamushenkilölle maksetaan kokouspalkkiota, korvausta "
            "ansionmenetyksestä ja tietyistä kustannuksista sekä matkakustannusten korvausta (82 §). Tarkemmat "
            "perusteet päättää valtuusto, ja niiden on oltava saatavilla verkossa (109 §). Valtuustoryhmän "
            "kokoukseen tarvittavasta vapaasta on sovittava työnantajan kanssa.</p>"
        ),
        _key(
            "Oikeus ja velvollisuus",
            "<p>Sinulla on laaja oikeus saada tietoa (83 §) ja velvollisuus edistää koko kunnan ja sen asukkaiden "
            "etua (69 §). Molemmat kuuluvat luottamustehtävään yhtä lailla.</p>",
        ),
        _checklist(
            "Ennen kuin pyydät tietoa",
            [
                "Olen katsonut, löytyykö tieto jo esityslistasta, pöytäkirjoista tai kunnan verkkosivuilta.",
                "Tiedän, kuka viranhaltija vastaa asiasta tai mitä reittiä kunnassamme tietopyynnöt kulkevat.",
                "Kerron pyynnössä, mihin luottamustehtävääni tietoa tarvitsen.",
                "Varaan kohtuullisen ajan, jos pyydän uutta selvitystä.",
                "Tiedän, mitkä saamistani tiedoista ovat salassa pidettäviä, enkä kerro niitä eteenpäin.",
                "Jos tieto hyödyttää muitakin, ehdotan, että se jaetaan kaikille toimielimen jäsenille.",
            ],
        ),
    ],
}

LESSON_2_3 = {
    "slug": "sidonnaisuuksien-ilmoittaminen",
    "title": "Sidonnaisuuksien ilmoittaminen",
    "summary": (
        "Opit, kenen on ilmoitettava sidonnaisuutensa, mitä ilmoitukseen kuuluu ja miten se liittyy esteellisyyteen."
    ),
    "estimated_minutes": 10,
    "body": [
        _h2("Miksi sidonnaisuudet ilmoitetaan?"),
        _p(
            "<p>Kuntalaisten luottamus päätöksentekoon edellyttää, että päättäjien kytkökset ovat näkyvissä. "
            "Kuntalain 84 § velvoittaa keskeisissä tehtävissä toimivat luottamushenkilöt ja viranhaltijat "
            "ilmoittamaan sidonnaisuutensa. Ilmoitus ei ole epäluottamuslause ketään kohtaan, vaan avoimuuden "
            "työkalu. Rekisteri on verkossa, joten kuka tahansa kuntalainen voi tutustua siihen. Ilmoitus auttaa "
            "myös sinua itseäsi ja toimielintä tunnistamaan tilanteet, joissa esteellisyys voi "
            "tulla kysymykseen.</p>"
        ),
        _h2("Kenen on ilmoitettava?"),
        _p(
            "<p>Ilmoitusvelvollisuus koskee (84 § 2 mom.):</p>"
            "<ul>"
            "<li>kunnanhallituksen jäseniä</li>"
            "<li>maankäyttö- ja rakennuslaissa tarkoitettuja tehtäviä hoitavan toimielimen jäseniä</li>"
            "<li>valtuuston ja lautakuntien puheenjohtajia ja varapuheenjohtajia</li>"
            "<li>kunnanjohtajaa, pormestaria ja apulaispormestaria</li>"
            "<li>kunnanhallituksen ja lautakuntien esittelijöitä.</li>"
            "</ul>"
            "<p>Velvollisuus koskee siis molempia kaksoisjohtamisen puolia: sekä keskeisiä luottamushenkilöitä "
            "että asioita esitteleviä viranhaltijoita. Valtuutettu ei ole ilmoitusvelvollinen pelkän "
            "valtuustopaikan perusteella. Jos hänet on "
            "valittu esimerkiksi kunnanhallitukseen tai lautakunnan puheenjohtajaksi, velvollisuus koskee "
            "häntä.</p>"
        ),
        _h2("Mitä ilmoitetaan ja milloin?"),
        _p(
            "<p>Ilmoitus tehdään johtotehtävistä ja luottamustoimista elinkeinotoimintaa harjoittavissa "
            "yrityksissä ja muissa yhteisöissä, merkittävästä varallisuudesta sekä muista sidonnaisuuksista, joilla "
            "voi olla merkitystä luottamus- tai virkatehtävien hoitamisessa.</p>"
            "<p>Ilmoitus on tehtävä kahden kuukauden kuluessa siitä, kun henkilö on valittu tehtäväänsä. "
            "Muutoksista on ilmoitettava viivytyksettä. Kun kunnanhallitus ja lautakunnat valittiin elokuussa 2021, "
            "ensimmäiset ilmoitukset oli siis tehtävä syksyn 2021 aikana.</p>"
            "<p>Ilmoitus tehdään tarkastuslautakunnalle. Tarkastuslautakunta valvoo ilmoitusvelvollisuuden "
            "noudattamista ja saattaa ilmoitukset valtuuston tiedoksi. Se voi tarvittaessa kehottaa tekemään uuden "
            "ilmoituksen tai täydentämään ilmoitusta. Kunnan on pidettävä sidonnaisuuksista rekisteriä "
            "verkossa, jollei salassapitosäännöksistä muuta johdu. Kun tehtävä päättyy, henkilön tiedot poistetaan "
            "rekisteristä.</p>"
            "<p>Ratkaiseva kysymys on, voisiko kytköksellä olla merkitystä tehtäväsi hoitamisessa. Jos epäröit, "
            "kysy neuvoa tarkastuslautakunnan sihteeriltä tai kunnan hallinnosta. Avoimuus suojaa myös sinua: kun "
            "kytkös on ilmoitettu, kukaan ei voi myöhemmin väittää, että olisit salannut sen.</p>"
            "<p><strong>Myöhemmin lisätty huomautus:</strong> 84 §:ää on muutettu lailla 780/2023, joka tuli voimaan "
            "1.1.2025. Tämä oppitunti kuvaa valtuustokauden alussa voimassa ollutta sääntelyä. Tarkista "
            "ajantasainen sanamuoto Finlexistä.</p>"
        ),
        _reflection(
            "Onko sinulla kytköksiä, jotka voisivat herättää kysymyksiä, kun toimielimesi käsittelee asioita?",
            "Ajattele yrityksiä, yhdistyksiä, säätiöitä ja omaisuutta, joihin sinulla tai läheiselläsi on yhteys. "
            "Vaikka et olisi ilmoitusvelvollinen, kytkösten tunteminen auttaa sinua arvioimaan esteellisyyttäsi "
            "ajoissa.",
        ),
        _key(
            "Ilmoitus ei poista esteellisyyttä",
            "<p>Sidonnaisuusilmoitus ja esteellisyys ovat eri asioita. Vaikka olisit ilmoittanut kytköksesi "
            "yritykseen, voit silti olla esteellinen käsittelemään asiaa, joka koskee kyseistä yritystä. "
            "Esteellisyys arvioidaan aina asia kerrallaan. Siitä kerrotaan seuraavassa oppitunnissa.</p>",
        ),
        _case(
            "Lautakunnan puheenjohtaja ja suvun yritys",
            "Keskikokoinen kaupunki (kuvitteellinen)",
            "<p>Teknisen lautakunnan uusi puheenjohtaja oli hallituksen jäsen suvun rakennusalan yrityksessä. Hän "
            "ajatteli, että asia oli kaupungissa yleisesti tiedossa, eikä tehnyt sidonnaisuusilmoitusta "
            "määräajassa. Tarkastuslautakunta huomasi puutteen ja kehotti häntä tekemään ilmoituksen. Myöhemmin "
            "lautakunnassa käsiteltiin urakkaa, johon yritys oli jättänyt tarjouksen.</p>",
            "<p>Ilmoitus oli tehnyt kytköksen näkyväksi kaikille. Puheenjohtaja ilmoitti esteellisyydestään, "
            "lautakunta totesi hänet esteelliseksi, ja hän poistui kokouksesta asian käsittelyn ajaksi. Se, että "
            "asia on ”yleisesti tiedossa”, ei riitä. Laki edellyttää ilmoitusta tarkastuslautakunnalle kahden "
            "kuukauden kuluessa valinnasta.</p>",
            FICTIONAL,
        ),
        _checklist(
            "Sidonnaisuusilmoituksen muistilista",
            [
                "Tarkistan, kuulunko ilmoitusvelvollisiin (84 § 2 mom.).",
                "Listaan johtotehtäväni ja luottamustoimeni yrityksissä ja muissa yhteisöissä.",
                "Mietin, onko minulla merkittävää varallisuutta tai muita kytköksiä, joilla voi olla merkitystä "
                "tehtävässäni.",
                "Teen ilmoituksen tarkastuslautakunnalle kahden kuukauden kuluessa valinnastani.",
                "Päivitän ilmoitukseni viivytyksettä, kun jokin muuttuu.",
                "Tarkistan, että tietoni näkyvät oikein verkossa olevassa sidonnaisuusrekisterissä.",
            ],
        ),
    ],
}

LESSON_2_4 = {
    "slug": "esteellisyys",
    "title": "Esteellisyys",
    "summary": (
        "Opit, milloin luottamushenkilö tai viranhaltija on esteellinen ja mitä esteellisyys käytännössä vaatii, "
        "korkeimman hallinto-oikeuden Muhosta koskevan ratkaisun avulla."
    ),
    "estimated_minutes": 14,
    "body": [
        _h2("Miksi esteellisyys on tärkeää?"),
        _p(
            "<p>Esteellisyyssäännökset turvaavat sen, että asiat käsitellään puolueettomasti ja että kuntalaiset "
            "voivat luottaa päätöksiin. Esteellisyyden laiminlyönti ei ole pelkkä muotoseikka. Jos esteellinen "
            "henkilö osallistuu asian käsittelyyn tai on läsnä sitä käsiteltäessä, päätös voi syntyä "
            "virheellisessä järjestyksessä ja kumoutua valituksen perusteella. Silloin asia on käsiteltävä "
            "uudelleen.</p>"
        ),
        _h2("Valtuustossa on oma, suppeampi sääntö"),
        _p(
            "<p>Kuntalain 97 §:n mukaan valtuutettu on valtuustossa esteellinen käsittelemään asiaa, joka koskee "
            "henkilökohtaisesti häntä itseään tai hänen läheistään. Läheisiä ovat hallintolain 28 §:n 2 ja 3 "
            "momentissa luetellut henkilöt, esimerkiksi puoliso, lapset, sisarukset ja vanhemmat. Valtuuston "
            "päätökset koskevat yleensä laajoja linjoja, ja valtuutetun esteellisyys valtuustossa onkin rajattu "
            "kapeammin kuin muissa toimielimissä.</p>"
            "<p>Jos valtuutettu osallistuu asian käsittelyyn jossakin muussa toimielimessä, esimerkiksi "
            "kunnanhallituksessa tai lautakunnassa, häneen sovelletaan kyseisen toimielimen jäsenen "
            "esteellisyyssääntöjä.</p>"
        ),
        _h2("Muualla sovelletaan hallintolakia"),
        _p(
            "<p>Muiden luottamushenkilöiden sekä viranhaltijoiden ja työntekijöiden esteellisyydestä säädetään "
            "hallintolain 27–30 §:ssä (kuntalaki 97 § 2 mom.). Hallintolain 28 §:n mukaan henkilö on esteellinen "
            "esimerkiksi, jos:</p>"
            "<ul>"
            "<li>hän tai hänen läheisensä on asianosainen</li>"
            "<li>asian ratkaisusta on odotettavissa erityistä hyötyä tai vahinkoa hänelle tai hänen läheiselleen</li>"
            "<li>hän tai hänen läheisensä on hallituksen jäsen tai toimitusjohtaja yhteisössä, joka on asianosainen "
            "tai jolle ratkaisusta on odotettavissa erityistä hyötyä tai vahinkoa</li>"
            "<li>luottamus hänen puolueettomuuteensa vaarantuu muusta erityisestä syystä.</li>"
            "</ul>"
            "<p>Kunnallisia liikelaitoksia ja kuntayhtymiä koskee kuntalain 97 §:ssä oma poikkeuksensa.</p>"
            "<p>Esteellinen ei saa osallistua asian käsittelyyn eikä olla läsnä, kun asiaa käsitellään "
            "(hallintolaki 27 §). Toimielimen jäsenen esteellisyydestä päättää toimielin itse (hallintolaki 29 §). "
            "Esteellisen on ilmoitettava esteellisyydestään. Toimielimen pyynnöstä hänen on myös kerrottava "
            "seikoista, joilla voi olla merkitystä esteellisyyden arvioinnissa (kuntalaki 97 § 5 mom.).</p>"
        ),
        _case(
            "Esteellinen jäi istumaan paikalleen valtuustosalissa",
            "Muhos",
            "<p>Muhoksen kunnanvaltuustolle oli tehty aloite tilapäisen valiokunnan asettamisesta. Valiokunnan "
            "tehtävänä olisi ollut selvittää, nauttivatko kunnanhallitus ja valtuuston puheenjohtajisto valtuuston "
            "luottamusta. Valtuusto päätti, ettei valiokuntaa aseteta.</p>"
            "<p>Valtuustosalissa oli asian käsittelyn aikana kunnanhallituksen jäsen, joka oli merkitty "
            "pöytäkirjaan läsnä olevaksi kunnanhallituksen jäsenenä. Hän ei tuonut esteellisyyttään esiin, eikä "
            "sitä muutenkaan käsitelty kokouksessa. Hän jäi istumaan nimetylle paikalleen eikä siirtynyt selvästi "
            "yleisöpaikoille, vaikka se olisi ollut mahdollista.</p>"
            "<p>Korkein hallinto-oikeus katsoi, että kunnanhallituksen jäsenen esteellisyyttä oli arvioitava "
            "hallintolain mukaan. Valiokunnan asettamista koskeva päätös oli valmisteluvaihe kunnanhallituksen "
            "mahdolliselle erottamiselle. Siksi kunnanhallituksen jäsen oli asiassa asianosainen ja hallintolain "
            "28 §:n 1 momentin 1 kohdan perusteella esteellinen. "
            "Hän oli ollut läsnä tavalla, jonka hallintolain 27 § kieltää. Valtuuston päätös oli syntynyt "
            "virheellisessä järjestyksessä, ja se kumottiin. Kunnanhallituksen jäsenen esteellisyydestä KHO:n "
            "ratkaisu syntyi äänin 6–3.</p>"
            "<p>Valtuuston puheenjohtajistoon kuuluneet valtuutetut eivät sen sijaan olleet esteellisiä. Päätös ei "
            "koskenut heitä henkilökohtaisesti kuntalain 97 §:n 1 momentissa tarkoitetulla tavalla.</p>",
            "<p>Esteellisyys ei koske vain keskusteluun ja äänestykseen osallistumista, vaan myös läsnäoloa. "
            "KHO kiinnitti huomiota siihen, ettei esteellinen ollut tuonut esteellisyyttään esiin eikä siirtynyt "
            "selvästi yleisöpaikoille. Esteellisen kannattaa siis ilmoittaa esteellisyydestään ja siirtyä selvästi "
            "yleisön joukkoon tai poistua salista. Tapaus näyttää myös, että valtuustossa valtuutettuihin "
            "sovelletaan suppeampaa sääntöä kuin niihin, jotka ovat paikalla muussa roolissa, esimerkiksi "
            "kunnanhallituksen jäsenenä tai viranhaltijana.</p>",
            "Korkeimman hallinto-oikeuden ennakkopäätös KHO:2021:141",
        ),
        _key(
            "Kun epäilet olevasi esteellinen",
            "<p>Kerro asiasta ajoissa, mieluiten jo ennen kokousta puheenjohtajalle tai esittelijälle. Toimielin "
            "ratkaisee esteellisyyden. Jos olet esteellinen, poistu kokouspaikalta tai sähköisestä kokouksesta "
            "asian käsittelyn ajaksi ja varmista, että se kirjataan pöytäkirjaan.</p>",
        ),
        _checklist(
            "Esteellisyyden pikatesti ennen kokousta",
            [
                "Koskeeko asia minua tai läheistäni henkilökohtaisesti?",
                "Onko asian ratkaisusta odotettavissa erityistä hyötyä tai vahinkoa minulle tai läheiselleni?",
                "Olenko minä tai läheiseni hallituksessa tai johdossa yhteisössä, jota asia koskee?",
                "Voisiko ulkopuolinen epäillä puolueettomuuttani jostakin muusta syystä?",
                "Jos vastasin yhteenkin kysymykseen kyllä tai en ole varma, kerron asiasta puheenjohtajalle tai "
                "esittelijälle ennen kokousta.",
                "Jos toimielin toteaa minut esteelliseksi, poistun paikalta koko asian käsittelyn ajaksi.",
            ],
        ),
    ],
}


# ---------------------------------------------------------------------------------------------------------
# Moduuli 3: Hyvät yhteistyön käytännöt
# ---------------------------------------------------------------------------------------------------------

LESSON_3_1 = {
    "slug": "valmistelu-ja-paatoksenteko",
    "title": "Kuka valmistelee, kuka päättää?",
    "summary": (
        "Opit, miten asiat valmistellaan ja päätetään, mikä on esittelijän rooli ja miten luottamushenkilöt "
        "voivat vaikuttaa valmisteluun ajoissa."
    ),
    "estimated_minutes": 12,
    "body": [
        _h2("Valmistelu on päätöksen perusta"),
        _p(
            "<p>Kunnassa lähes jokainen päätös syntyy kahdessa vaiheessa: ensin asia valmistellaan, sitten siitä "
            "päätetään. Valmistelussa selvitetään tosiasiat, kuullaan niitä, joita asia koskee, ja arvioidaan "
            "vaihtoehtoja ja niiden vaikutuksia. Päätöksenteossa toimielin tekee valinnan. Hyvä valmistelu on "
            "hyvän päätöksen edellytys, ja valmistelussa tehty virhe voi johtaa siihen, että päätös kumotaan.</p>"
        ),
        _h2("Kuka valmistelee valtuuston asiat?"),
        _p(
            "<p>Kuntalain 93 §:n mukaan kunnanhallitus valmistelee valtuustossa käsiteltävät asiat. Poikkeuksia "
            "ovat valtuuston oman toiminnan järjestelyä koskevat asiat sekä asiat, jotka tarkastuslautakunta tai "
            "tilapäinen valiokunta on valmistellut. Valtuusto voi käsitellä asian, joka on mainittu kokouskutsussa "
            "ja valmisteltu näin (95 §). Kiireellisen asian valtuusto voi ottaa käsiteltäväksi kokouskutsun "
            "ulkopuolelta, mutta valmistelemattoman asian ottamisesta on päätettävä yksimielisesti.</p>"
            "<p>Käytännön valmistelutyön tekevät viranhaltijat. Kunnanhallituksessa ja lautakunnissa asiat "
            "ratkaistaan yleensä esittelystä. Esittelijänä toimiva viranhaltija tekee päätösehdotuksen, ja "
            "toimielin joko hyväksyy sen, muuttaa sitä tai hylkää sen. Esittelystä määrätään tarkemmin "
            "hallintosäännössä (90 §).</p>"
            "<p>Hyvästä päätösehdotuksesta käy ilmi ainakin asian tausta, keskeiset tosiasiat, harkitut "
            "vaihtoehdot, ratkaisun vaikutukset ja perustelut sekä itse ehdotus. Kun nämä ovat esityslistalla "
            "selkeästi, luottamushenkilö voi arvioida ehdotusta eikä hänen tarvitse etsiä tietoa muualta. Jos "
            "jokin niistä puuttuu, kysy sitä ennen kokousta.</p>"
        ),
        _h2("Esittelijän vastuu ja eriävä mielipide"),
        _p(
            "<p>Esittelijä vastaa esittelystään tehdystä päätöksestä, ellei hän ole ilmoittanut eriävää "
            "mielipidettä (106 §). Jos toimielin päättää toisin kuin esittelijä ehdotti, esittelijällä on oikeus "
            "ilmoittaa eriävä mielipide. Samoin jäsenellä, joka on tehnyt vastaehdotuksen tai äänestänyt päätöstä "
            "vastaan, on oikeus ilmoittaa eriävä mielipide. Päätöstä vastaan äänestänyt tai eriävän mielipiteen "
            "ilmoittanut ei ole vastuussa päätöksestä.</p>"
            "<p>Tästä syystä esittelijän on voitava tehdä ehdotuksensa oman ammatillisen harkintansa mukaan. "
            "Luottamushenkilöt voivat olla eri mieltä, mutta sen paikka on kokouksessa: vastaehdotus, keskustelu ja "
            "tarvittaessa äänestys. Jos esittelijää painostetaan muuttamaan ehdotustaan, vastuut hämärtyvät.</p>"
        ),
        _h2("Vaikuta ajoissa"),
        _p(
            "<p>Suurissa asioissa, kuten palveluverkossa, investoinneissa tai kaavoituksessa, luottamushenkilöiden "
            "kannattaa päästä mukaan jo valmistelun alkuvaiheessa. Siihen sopivat esimerkiksi seminaarit, "
            "iltakoulut ja työpajat, joissa keskustellaan tavoitteista ja vaihtoehdoista ennen kuin "
            "päätösehdotus on valmis. Niissä ei tehdä päätöksiä. Viranhaltijat kuitenkin kuulevat niissä, mitä "
            "poliittisia reunaehtoja valmistelun on otettava huomioon.</p>"
            "<p>Varhainen vaikuttaminen on myös kuntalaisten etu. Kunnan on kerrottava, miten päätösten "
            "valmisteluun voi osallistua ja vaikuttaa (29 §). Luottamushenkilöt voivat tuoda valmisteluun "
            "asukkailta kuulemiaan näkemyksiä jo silloin, kun niillä on vielä merkitystä.</p>"
        ),
        _key(
            "Työnjako lyhyesti",
            "<p>Viranhaltija valmistelee ja esittelee, toimielin päättää, viranhaltija panee päätöksen toimeen, ja "
            "toimielin seuraa toteutumista. Kunnanhallitus valmistelee valtuuston asiat (93 §) ja valvoo "
            "valtuuston päätösten laillisuutta (39 § ja 96 §).</p>",
        ),
        _case(
            "Kouluverkko iltakoulussa",
            "Keskikokoinen kaupunki (kuvitteellinen)",
            "<p>Sivistystoimi valmisteli kouluverkon muutosta. Ensimmäisellä kerralla valmis päätösehdotus tuotiin "
            "suoraan lautakuntaan. Kiivaan keskustelun jälkeen lautakunta palautti asian valmisteluun. Toisella "
            "kierroksella viranhaltijat järjestivät kaksi iltakoulua. Niissä esiteltiin kolme vaihtoehtoa "
            "vaikutuksineen, ja luottamushenkilöt kertoivat, mitkä asiat olivat heille tärkeimpiä.</p>",
            "<p>Lopullinen päätös ei ollut yksimielinen, mutta keskustelu koski vaihtoehtojen sisältöä eikä "
            "valmistelun luotettavuutta. Varhainen vuoropuhelu ei vie päätösvaltaa toimielimeltä, mutta se "
            "parantaa valmistelun laatua ja lisää luottamusta.</p>",
            FICTIONAL,
        ),
        _reflection(
            "Missä kuntasi tulevista suurista asioista haluaisit päästä mukaan jo valmistelun alkuvaiheessa, ja "
            "miten ehdottaisit sitä?",
            "Mieti, mikä tapa sopisi parhaiten: kunnanhallituksen tai lautakunnan iltakoulu, valtuustoseminaari "
            "vai valtuustoryhmien kuuleminen. Muista, että varhainen keskustelu tukee valmistelua mutta ei korvaa "
            "päätöksentekoa toimielimessä.",
        ),
    ],
}

LESSON_3_2 = {
    "slug": "kokouskaytannot-ja-sahkoiset-kokoukset",
    "title": "Kokouskäytännöt ja sähköiset kokoukset",
    "summary": (
        "Opit hyvän kokouskäytännön perusasiat ja sen, mitä kuntalaki sanoo sähköisistä kokouksista 1.6.2021 alkaen."
    ),
    "estimated_minutes": 11,
    "body": [
        _h2("Hyvä kokous alkaa ennen kokousta"),
        _p(
            "<p>Toimielimen kokous on kaksoisjohtamisen näkyvin hetki. Luottamushenkilöt ja viranhaltijat ovat "
            "samassa pöydässä, ja siellä päätökset syntyvät. Hyvä kokous edellyttää, että esityslista ja liitteet "
            "tulevat ajoissa, jäsenet ovat perehtyneet niihin ja epäselvät kohdat on kysytty etukäteen.</p>"
            "<p>Valtuuston kokouskutsu on lähetettävä vähintään neljä päivää ennen kokousta, ja kokouksesta on "
            "samassa ajassa tiedotettava verkossa (94 §). Muiden toimielinten kokousmenettelystä määrätään "
            "hallintosäännössä. Kokouksessa puheenjohtaja johtaa asioiden käsittelyä ja pitää huolta "
            "järjestyksestä (102 §). Jäsenellä on puheoikeus käsiteltävänä olevassa asiassa, ja puheenvuorossa on "
            "pysyttävä asiassa.</p>"
            "<p>Valmistautumiseen kuuluu myös oma ryhmä. Valtuustoryhmät kokoontuvat usein ennen valtuuston "
            "kokousta ja käyvät läpi esityslistan. Jos ryhmässä herää kysymyksiä, ne kannattaa esittää "
            "valmistelijalle jo ennen kokousta. Silloin vastaus ehditään selvittää kunnolla, ja kokouksessa "
            "voidaan keskittyä itse asiaan ja sen ratkaisemiseen.</p>"
        ),
        _h2("Kolme tapaa päättää"),
        _p(
            "<p>Kuntalain 98 §:n mukaan toimielin voi päättää asioista:</p>"
            "<ul>"
            "<li>varsinaisessa kokouksessa</li>"
            "<li>sähköisessä kokouksessa</li>"
            "<li>sähköisessä päätöksentekomenettelyssä ennen kokousta.</li>"
            "</ul>"
            "<p>Sähköinen päätöksentekomenettely on suljettu menettely. Sitä ei voi käyttää valtuuston eikä muiden "
            "toimielinten julkisissa kokouksissa (100 §). Asia siirtyy kokouksen käsiteltäväksi, jos yksikin jäsen "
            "sitä vaatii tai jättää kantansa ilmaisematta.</p>"
        ),
        _h2("Julkisuus ja äänestäminen"),
        _p(
            "<p>Valtuuston kokoukset ovat julkisia, ellei käsitellä salassa pidettävää asiaa tai valtuusto "
            "painavasta syystä päätä toisin. Muiden toimielinten kokoukset ovat julkisia vain, jos toimielin niin "
            "päättää eikä kokouksessa käsitellä salassa pidettäviä asioita (101 §). Ellei toimielin päätä toisin, "
            "kunnanhallituksen tai lautakunnan kokous ei siis ole yleisölle avoin. Pöytäkirjat ovat kuitenkin "
            "pääsääntöisesti julkisia salassa pidettäviä tietoja lukuun ottamatta. Äänestys toimitetaan "
            "avoimesti. Jos äänet menevät tasan, päätökseksi tulee ehdotus, jota puheenjohtaja on äänestänyt "
            "(104 §).</p>"
            "<p>Kokouksen jälkeen toimielimen päätöksistä laaditaan pöytäkirja (107 §). Pöytäkirjan "
            "tarkastamisesta määrätään hallintosäännössä. Hyvä tapa on kertoa omalle valtuustoryhmälle, mitä "
            "kokouksessa päätettiin ja miksi. Muista kuitenkin, että salassa pidettäviä tietoja ei saa kertoa "
            "eteenpäin.</p>"
        ),
        _h2("Sähköinen kokous: väljemmät edellytykset 1.6.2021 alkaen"),
        _p(
            "<p>Sähköisestä kokouksesta säädetään kuntalain 99 §:ssä. Sähköinen kokous oli mahdollinen jo "
            "alkuperäisen pykälän (410/2015) mukaan, mutta silloin kaikilta osallistujilta edellytettiin "
            "yhdenvertaista näkö- ja ääniyhteyttä. Lailla 419/2021 pykälä kirjoitettiin uudelleen, ja uudet "
            "säännökset tulivat voimaan 1.6.2021. Ne väljensivät edellytyksiä: sähköinen kokous voidaan nyt pitää "
            "videoneuvotteluna tai muulla soveltuvalla teknisellä tavalla, kun:</p>"
            "<ul>"
            "<li>kokouksen puheenjohtaja ja sihteeri voivat luotettavasti todentaa, ketkä kokoukseen "
            "osallistuvat</li>"
            "<li>puheenjohtaja voi johtaa kokousta 102 §:n mukaisesti</li>"
            "<li>osallistuja voi seurata kokouksen kulkua ja osallistua asioiden käsittelyyn.</li>"
            "</ul>"
            "<p>Sähköisesti osallistuvat jäsenet lasketaan läsnä oleviksi, kun kokouksen päätösvaltaisuutta "
            "arvioidaan (103 §). Kunnan on huolehdittava tietoturvasta ja siitä, etteivät salassa pidettävät "
            "tiedot päädy ulkopuolisille (98 §). Julkista kokousta on voitava seurata myös siltä osin kuin siihen "
            "osallistutaan sähköisesti (101 §). Suljetuin lipuin toimitettavan vaalin voi pitää sähköisessä "
            "kokouksessa vain, jos vaalisalaisuus on turvattu (105 §).</p>"
            "<p>Kunnan hallintosäännössä määrätään toimielinten päätöksentekotavoista ja siitä, miten kunta "
            "huolehtii sähköiseen kokoukseen tarvittavista laitteista ja yhteyksistä (90 §). Tarkista siis oman "
            "kuntasi hallintosäännöstä, miten sähköisiä kokouksia teillä pidetään.</p>"
        ),
        _key(
            "Sähköisessä kokouksessa samat säännöt",
            "<p>Sähköinen kokous on oikea kokous. Esteellisyys, salassapito ja kokousjärjestys koskevat sitä "
            "samalla tavalla kuin kokousta, jossa kaikki ovat samassa huoneessa. Esteellinen jäsen poistuu myös "
            "sähköisestä kokouksesta asian käsittelyn ajaksi.</p>",
        ),
        _checklist(
            "Sähköisen kokouksen muistilista",
            [
                "Testaan laitteet ja yhteyden hyvissä ajoin ennen kokousta.",
                "Osallistun paikasta, jossa ulkopuoliset eivät näe tai kuule salassa pidettäviä asioita.",
                "Pidän kameran päällä, ellei toisin ole sovittu, jotta läsnäoloni voidaan todentaa.",
                "Pyydän puheenvuoroa sovitulla tavalla ja pysyn asiassa.",
                "Jos olen esteellinen, ilmoitan siitä ja poistun yhteydestä asian käsittelyn ajaksi.",
                "Jos yhteys katkeaa, ilmoitan siitä heti sovitulla tavalla puheenjohtajalle tai sihteerille.",
            ],
        ),
    ],
}

LESSON_3_3 = {
    "slug": "tiedonkulku-ja-yhteiset-pelisaannot",
    "title": "Tiedonkulku ja yhteiset pelisäännöt",
    "summary": (
        "Opit, miten tieto kulkee luottamushenkilöiden ja viranhaltijoiden välillä ja miten yhteiset "
        "pelisäännöt sovitaan valtuustokauden alussa."
    ),
    "estimated_minutes": 12,
    "body": [
        _h2("Tieto on yhteistä pääomaa"),
        _p(
            "<p>Kaksoisjohtaminen perustuu tietoon. Luottamushenkilöt tarvitsevat tietoa tehdäkseen hyviä "
            "päätöksiä. Viranhaltijat tarvitsevat tietoa poliittisista tavoitteista valmistellakseen oikeita asioita. "
            "Kun tieto kulkee vain yhteen suuntaan tai vain osalle päättäjistä, luottamus heikkenee.</p>"
        ),
        _h2("Mitä laki takaa"),
        _p(
            "<p>Luottamushenkilön oikeus saada tietoa on laaja (83 §). Voit pyytää tietoja, joita pidät "
            "tehtävässäsi tarpeellisina, myös sellaisia, jotka eivät vielä ole julkisia, jollei "
            "salassapitosäännöksistä muuta johdu. Kunnan on myös tiedotettava toiminnastaan asukkaille ja muille "
            "(29 §). Kun esityslista on valmistunut, valmistelusta on annettava tarpeellisia tietoja verkossa, ja "
            "viestinnässä on käytettävä selkeää ja ymmärrettävää kieltä.</p>"
            "<p>Kunnan on pidettävä verkossa saatavilla muun muassa kuntastrategia, hallintosääntö, talousarvio "
            "ja -suunnitelma, tilinpäätös, tarkastuslautakunnan arviointikertomus, konserniohje ja "
            "sidonnaisuusilmoitukset (109 §). Nämä asiakirjat ovat hyvä aloituspaketti jokaiselle uudelle "
            "luottamushenkilölle.</p>"
        ),
        _h2("Tiedonkulku käytännössä"),
        _p(
            "<p>Laki luo kehyksen, mutta käytännöt ratkaisevat. Kauden alussa kannattaa sopia esimerkiksi "
            "seuraavista asioista:</p>"
            "<ul>"
            "<li>mistä luottamushenkilöt saavat esityslistat, liitteet ja taustamateriaalit</li>"
            "<li>kenelle kysymykset ja selvityspyynnöt osoitetaan ja missä ajassa niihin vastataan</li>"
            "<li>miten kunnanhallitus ja lautakunnat saavat tiedon viranhaltijoiden päätöksistä</li>"
            "<li>miten ajankohtaisista asioista ja riskeistä kerrotaan kokousten välillä, esimerkiksi "
            "kunnanjohtajan katsauksilla</li>"
            "<li>miten tieto jaetaan tasapuolisesti kaikille valtuustoryhmille.</li>"
            "</ul>"
            "<p>Tieto kulkee myös toiseen suuntaan. Luottamushenkilöt kuulevat kuntalaisilta palautetta, huolia "
            "ja ideoita, jotka eivät aina tavoita viranhaltijoita. Kun palaute välitetään asiallisesti ja oikeaan "
            "paikkaan, siitä tulee arvokasta tietoa valmistelulle. Sovi siis myös siitä, miten kuntalaisten "
            "palaute kulkee luottamushenkilöiltä valmistelijoille.</p>"
        ),
        _h2("Yhteiset pelisäännöt kauden alussa"),
        _p(
            "<p>Valtuustokauden alussa on hyvä sopia yhteiset pelisäännöt. Ne ovat luottamushenkilöiden ja "
            "viranhaltijoiden yhteinen sopimus siitä, miten yhdessä toimitaan. Pelisäännöt eivät ole lakia eivätkä "
            "ne korvaa hallintosääntöä. Ne tekevät näkyviksi odotukset, jotka muuten jäisivät sanomatta.</p>"
            "<p>Pelisäännöissä voidaan sopia esimerkiksi siitä, miten toisia kohdellaan kokouksissa ja "
            "sosiaalisessa mediassa, miten keskeneräisistä asioista viestitään, miten luottamushenkilöt ottavat "
            "yhteyttä viranhaltijoihin ja miten erimielisyydet käsitellään. Pelisäännöt kannattaa kirjoittaa niin "
            "lyhyiksi, että jokainen muistaa niiden ydinkohdat. Pelisäännöt toimivat parhaiten, kun ne "
            "laaditaan yhdessä, esimerkiksi perehdytys- tai kehittämisseminaarissa, eikä niitä tuoda valmiina "
            "paperina.</p>"
        ),
        _reflection(
            "Mistä saat tänä syksynä tietoa kuntasi asioista, ja mitä tietoa sinulta vielä puuttuu?",
            "Listaa tiedon lähteesi: esityslistat, kunnan verkkosivut, valtuustoryhmä, viranhaltijat ja "
            "paikallinen media. Mieti, mikä niistä on luotettavin ja mihin tarvitsisit lisää tietoa. Tuo havaintosi "
            "mukaan, kun kunnassanne sovitaan yhteisistä pelisäännöistä.",
        ),
        _case(
            "Pelisäännöt yhteisessä seminaarissa",
            "Pieni maaseutukunta (kuvitteellinen)",
            "<p>Syyskuussa 2021 kunnan valtuusto, kunnanhallitus ja viranhaltijoiden johtoryhmä kokoontuivat koko "
            "päivän seminaariin. Pienryhmissä oli sekä luottamushenkilöitä että viranhaltijoita. Ryhmät vastasivat "
            "kolmeen kysymykseen: mitä odotamme toisiltamme, mikä on aiemmin hiertänyt ja mistä sovimme. Tuloksena "
            "syntyivät yhden sivun pelisäännöt, jotka valtuusto merkitsi tiedoksi.</p>",
            "<p>Pelisäännöt koettiin omiksi, koska kaikki olivat osallistuneet niiden tekemiseen. Kunnanhallitus "
            "sopi, että pelisäännöt käydään läpi kerran vuodessa. Lyhyt mitta piti ne käytännöllisinä.</p>",
            FICTIONAL,
        ),
        _key(
            "Pelisäännöt ovat yhteinen lupaus",
            "<p>Yhteiset pelisäännöt muuttavat hiljaiset odotukset sovituiksi käytännöiksi. Ne kannattaa laatia "
            "yhdessä, pitää lyhyinä ja ottaa säännöllisesti esiin.</p>",
        ),
        _checklist(
            "Mitä pelisäännöissä voisi olla?",
            [
                "Miten kohtelemme toisiamme kokouksissa ja sosiaalisessa mediassa.",
                "Miten ja keneltä luottamushenkilöt pyytävät tietoa.",
                "Miten tieto jaetaan tasapuolisesti kaikille ryhmille.",
                "Miten keskeneräisistä asioista viestitään julkisuuteen.",
                "Miten erimielisyydet ja ristiriidat otetaan puheeksi.",
                "Milloin ja miten pelisääntöjen toteutumista arvioidaan.",
            ],
        ),
    ],
}

LESSON_3_4 = {
    "slug": "palaute-ja-arviointi",
    "title": "Palaute ja arviointi valtuustokauden aikana",
    "summary": (
        "Opit, miten luottamushenkilöt ja viranhaltijat voivat seurata strategian ja yhteistyön toteutumista ja "
        "korjata suuntaa kesken kauden."
    ),
    "estimated_minutes": 11,
    "body": [
        _h2("Arviointi kuuluu johtamiseen"),
        _p(
            "<p>Kaksoisjohtaminen ei ole valmis, kun pelisäännöt on kirjoitettu ja strategia hyväksytty. "
            "Yhteistyötä ja tuloksia on seurattava koko kauden ajan. Lyhyellä kaudella 2021–2025 tämä korostuu: jos "
            "suuntaa pitää korjata, se kannattaa tehdä ajoissa eikä vasta kauden lopussa.</p>"
        ),
        _h2("Lakisääteiset seurannan välineet"),
        _p(
            "<p>Kuntalaissa on useita välineitä, joiden avulla valtuusto saa tietoa siitä, toteutuvatko sen "
            "päätökset:</p>"
            "<ul>"
            "<li><strong>Kuntastrategia.</strong> Strategiassa on määriteltävä, miten sen toteutumista arvioidaan "
            "ja seurataan (37 §).</li>"
            "<li><strong>Toimintakertomus.</strong> Tilinpäätökseen kuuluvassa toimintakertomuksessa selvitetään, "
            "miten valtuuston asettamat toiminnan ja talouden tavoitteet ovat toteutuneet (115 §).</li>"
            "<li><strong>Arviointikertomus.</strong> Tarkastuslautakunta arvioi tavoitteiden toteutumista ja "
            "antaa joka vuosi arviointikertomuksen, joka käsitellään valtuustossa tilinpäätöksen yhteydessä. "
            "Kunnanhallitus antaa valtuustolle lausunnon toimenpiteistä, joihin arviointikertomus antaa aihetta "
            "(121 §).</li>"
            "<li><strong>Tilintarkastus.</strong> Tilintarkastaja tarkastaa muun muassa, onko kunnan hallintoa "
            "hoidettu lain ja valtuuston päätösten mukaisesti (123 §).</li>"
            "</ul>"
            "<p>Välineistä on hyötyä vain, jos niitä luetaan ja niistä keskustellaan. Arviointikertomus ei ole "
            "moite. Se on tietoa, jonka avulla luottamushenkilöt ja viranhaltijat voivat yhdessä kehittää "
            "toimintaa.</p>"
        ),
        _h2("Valtuustokauden vuosikello"),
        _p(
            "<p>Seuranta on helpompaa, kun tiedät, milloin mitäkin tapahtuu. Kuntalaki antaa vuodelle rungon:</p>"
            "<ul>"
            "<li>Kunnanhallitus laatii tilinpäätöksen maaliskuun loppuun mennessä, tilintarkastajat tarkastavat "
            "sen toukokuun loppuun mennessä, ja valtuusto käsittelee sen kesäkuun loppuun mennessä (113 §). "
            "Samaan aikaan valtuusto saa tarkastuslautakunnan arviointikertomuksen.</li>"
            "<li>Valtuusto hyväksyy seuraavan vuoden talousarvion ja vähintään kolmen vuoden taloussuunnitelman "
            "vuoden loppuun mennessä (110 §).</li>"
            "<li>Kuntastrategia tarkistetaan vähintään kerran valtuuston toimikaudessa (37 §).</li>"
            "</ul>"
            "<p>Näiden väliin kannattaa sijoittaa myös yhteistyön arviointi. Lyhyellä kaudella hyvä hetki on "
            "esimerkiksi kauden puoliväli, jolloin strategian ja pelisääntöjen toteutumista voi vielä korjata.</p>"
        ),
        _h2("Myös yhteistyötä voi arvioida"),
        _p(
            "<p>Lakisääteiset välineet kertovat lähinnä tuloksista. Itse yhteistyötä kannattaa arvioida erikseen. "
            "Käytännön keinoja ovat esimerkiksi:</p>"
            "<ul>"
            "<li>kunnanhallituksen ja lautakuntien lyhyt itsearviointi kerran vuodessa: mikä toimi, mikä ei ja "
            "mitä muutamme</li>"
            "<li>kunnanhallituksen puheenjohtajan ja kunnanjohtajan säännöllinen keskustelu, jossa käydään läpi "
            "myös johtajasopimus</li>"
            "<li>valtuustoryhmien puheenjohtajien ja kunnan johdon yhteiset tapaamiset</li>"
            "<li>pelisääntöjen läpikäynti kauden puolivälissä</li>"
            "<li>lyhyt kysely luottamushenkilöille ja viranhaltijoille siitä, miten tiedonkulku ja valmistelu "
            "toimivat.</li>"
            "</ul>"
            "<p>USO-verkoston ohjelmaan kuuluu yhteisten seminaarien lisäksi työpajoja, joita jäsenkunta voi "
            "käyttää oman toimintansa kehittämiseen. Syksyllä 2021 suosituimmiksi odotetaan uuden valtuuston "
            "perehdytys- ja kehittämisseminaareja sekä strategiatyöpajoja. Samanlainen yhteinen pysähtyminen "
            "kannattaa järjestää myös myöhemmin kauden aikana.</p>"
        ),
        _key(
            "Palaute kulkee molempiin suuntiin",
            "<p>Luottamushenkilöt kertovat, millainen valmistelu auttaa heitä päättämään. Viranhaltijat kertovat, "
            "millainen ohjaus auttaa heitä toteuttamaan päätökset. Kun palautetta annetaan säännöllisesti, sitä on "
            "helppo antaa myös silloin, kun kaikki ei suju.</p>",
        ),
        _case(
            "Puolivälin tarkastelu",
            "Keskikokoinen kaupunki (kuvitteellinen)",
            "<p>Kaupungin edellisellä valtuustokaudella kunnanhallitus teki kauden puolivälissä lyhyen kyselyn "
            "luottamushenkilöille ja johtaville viranhaltijoille. Siinä kysyttiin, miten valmistelu, tiedonkulku "
            "ja yhteiset pelisäännöt toimivat. Vastauksista kävi ilmi, että lautakuntien jäsenet kokivat saavansa "
            "tiedon viranhaltijoiden päätöksistä liian myöhään. Viranhaltijat puolestaan kaipasivat selvempiä "
            "linjauksia ennen suurten asioiden valmistelua.</p>",
            "<p>Tulokset käsiteltiin yhteisessä seminaarissa. Viranhaltijapäätösten tiedoksianto nopeutettiin, ja "
            "suurista asioista alettiin pitää lähetekeskustelu ennen valmistelun alkua. Pieni kysely riitti "
            "tuomaan näkyviin asiat, joista kumpikin puoli oli hiljaa kärsinyt.</p>",
            FICTIONAL,
        ),
        _reflection(
            "Jos valtuustokausi päättyisi nyt, mistä yhteistyön onnistumisesta haluaisit kertoa, ja mitä sinun "
            "pitäisi tehdä jo tänä syksynä, jotta se toteutuu?",
            "Kirjoita vastauksesi muistiin ja palaa siihen kauden puolivälissä. Voit käyttää samaa kysymystä myös "
            "kunnanhallituksen, lautakunnan tai valtuustoryhmän yhteisessä keskustelussa.",
        ),
    ],
}


# ---------------------------------------------------------------------------------------------------------
# Kurssi
# ---------------------------------------------------------------------------------------------------------

from . import orientation_2021_sote as _sote  # noqa: E402 (it uses the block helpers above)

_MODULES = [
    {
        "slug": "kaksoisjohtaminen",
        "title": "Kaksoisjohtaminen: luottamushenkilöt ja viranhaltijat johtavat yhdessä",
        "summary": (
            "Kunnassa poliittinen ja ammatillinen johtaminen toimivat yhdessä saman kuntastrategian varassa. "
            "Moduulissa opit, mitä tämä tarkoittaa lain ja arjen kannalta."
        ),
        "intro": [
            _p(
                "<p>Suomalaista kuntaa johtavat yhdessä vaaleilla valitut luottamushenkilöt ja kunnan "
                "viranhaltijat. Tässä moduulissa käydään läpi, mitä kaksoisjohtaminen tarkoittaa, miten "
                "kuntastrategia sitoo molemmat puolet samaan suuntaan, miten kunnanhallitus, sen puheenjohtaja ja "
                "kunnanjohtaja tai pormestari jakavat tehtävät ja miten luottamusta rakennetaan arjessa.</p>"
            ),
            _key(
                "Moduulin ydin",
                "<p>”Kunnan toimintaa johdetaan valtuuston hyväksymän kuntastrategian mukaisesti.” (kuntalaki "
                "38 § 1 mom.)</p>",
            ),
        ],
        "lessons": [LESSON_1_1, LESSON_1_2, LESSON_1_3, LESSON_1_4],
    },
    {
        "slug": "roolit",
        "title": "Luottamushenkilöiden ja viranhaltijoiden roolit",
        "summary": (
            "Moduulissa opit, mistä valtuusto ja muut toimielimet päättävät, mitä laki edellyttää "
            "luottamushenkilöltä ja miten sidonnaisuudet ja esteellisyys otetaan huomioon."
        ),
        "intro": [
            _p(
                "<p>Hyvä yhteistyö edellyttää, että jokainen tuntee oman roolinsa ja toisten roolit. Tässä "
                "moduulissa käydään läpi valtuuston tehtävät ja kunnan toimielimet, luottamushenkilön "
                "velvollisuudet ja oikeus saada tietoa sekä kaksi asiaa, jotka jokaisen uuden päättäjän on "
                "tunnettava heti alusta: sidonnaisuuksien ilmoittaminen ja esteellisyys.</p>"
            ),
        ],
        "lessons": [LESSON_2_1, _sote.LESSON_SOTE, LESSON_2_2, LESSON_2_3, LESSON_2_4],
    },
    {
        "slug": "yhteistyon-kaytannot",
        "title": "Hyvät yhteistyön käytännöt",
        "summary": (
            "Moduulissa opit käytännön keinoja valmisteluun, kokouksiin, tiedonkulkuun, yhteisiin pelisääntöihin "
            "ja palautteeseen valtuustokauden aikana."
        ),
        "intro": [
            _p(
                "<p>Laki määrittää kehyksen, mutta yhteistyö syntyy käytännöissä. Tässä moduulissa käydään läpi, "
                "miten asiat valmistellaan ja päätetään, miten kokoukset ja sähköiset kokoukset sujuvat, miten "
                "tieto kulkee, miten yhteiset pelisäännöt sovitaan ja miten yhteistyötä arvioidaan kauden "
                "aikana.</p>"
            ),
        ],
        "lessons": [LESSON_3_1, LESSON_3_2, LESSON_3_3, LESSON_3_4],
    },
]

COURSE = {
    "slug": "valtuustokauden-2021-2025-perehdytys",
    "title": "Valtuustokauden 2021–2025 perehdytys",
    "summary": (
        "Perehdytys uusille valtuutetuille, muille luottamushenkilöille ja viranhaltijoille kesäkuun 2021 "
        "kuntavaalien jälkeen: kaksoisjohtaminen, roolit ja hyvät yhteistyön käytännöt kuntalain pohjalta. "
        "Kurssi on osa USO-verkoston syksyn 2021 perehdytystä."
    ),
    "learning_objectives": (
        "<p>Kurssin jälkeen</p>"
        "<ul>"
        "<li>osaat selittää, mitä kaksoisjohtaminen tarkoittaa ja miten kuntastrategia ohjaa sekä "
        "luottamushenkilöiden että viranhaltijoiden työtä</li>"
        "<li>tunnet valtuuston, kunnanhallituksen, sen puheenjohtajan ja kunnanjohtajan tai pormestarin "
        "tehtävät kuntalain mukaan</li>"
        "<li>tiedät, mitä kuntalaki edellyttää luottamushenkilöltä ja miten käytät oikeuttasi saada tietoa</li>"
        "<li>tunnistat, milloin sinun on ilmoitettava sidonnaisuutesi ja milloin voit olla esteellinen</li>"
        "<li>osaat käyttää hyviä käytäntöjä valmistelussa, kokouksissa, sähköisissä kokouksissa ja "
        "tiedonkulussa</li>"
        "<li>osaat ehdottaa yhteisiä pelisääntöjä ja tapoja arvioida yhteistyötä valtuustokauden aikana.</li>"
        "</ul>"
    ),
    "audience": "both",
    "estimated_minutes": sum(lesson["estimated_minutes"] for module in _MODULES for lesson in module["lessons"]),
    "tags": ["kaksoisjohtaminen", "roolit", "yhteistyö", "strategia", "kuntalaki", "perehdytys"],
    "intro": [
        _h2("Kenelle kurssi on tarkoitettu"),
        _p(
            "<p>Kurssi on tarkoitettu 13.6.2021 pidetyissä kuntavaaleissa valituille valtuutetuille ja "
            "varavaltuutetuille sekä niille, jotka valittiin elokuussa 2021 kunnanhallitukseen, "
            "tarkastuslautakuntaan ja muihin lautakuntiin. Se sopii myös kunnanjohtajille, pormestareille ja "
            "muille viranhaltijoille, jotka valmistelevat asioita ja tekevät työtä luottamushenkilöiden kanssa. "
            "Vuoden 2021 kuntavaaleissa valittiin 8 859 valtuutettua.</p>"
            "<p>Kuntalakia (410/2015) sovelletaan Manner-Suomen 293 kunnassa. Ahvenanmaan 16 kunnalla on oma "
            "kunnallislakinsa, joten kurssin lakiviittaukset eivät koske niitä.</p>"
        ),
        _h2("Tavallista lyhyempi valtuustokausi"),
        _p(
            "<p>Kuntalain 15 §:n mukaan valtuuston toimikausi on neljä vuotta, ja se alkaa vaalivuoden kesäkuun "
            "alussa. Vuonna 2021 toimittiin toisin. Koronaepidemian vuoksi kuntavaalit siirrettiin huhtikuusta "
            "kesäkuuhun lailla 256/2021. Saman lain mukaan uusien valtuustojen toimikausi alkoi 1.8.2021 ja jatkuu "
            "toukokuun 2025 loppuun. Edellinen valtuusto jatkoi heinäkuun 2021 loppuun.</p>"
            "<p>Kausi on siis noin kolme vuotta ja kymmenen kuukautta. Kauden loppu pysyi ennallaan, joten "
            "seuraava valtuusto aloittaa tavalliseen tapaan kesäkuussa 2025. Lyhyempi aika tarkoittaa, että "
            "perehdytykseen, strategiatyöhön ja yhteisiin pelisääntöihin kannattaa tarttua heti syksyllä 2021.</p>"
        ),
        _h2("Osa USO-verkoston syksyn 2021 perehdytystä"),
        _p(
            "<p>Kurssi on osa USO-verkoston syksyn 2021 perehdytystä. Verkostoa vetävät Kuntaliitto, FCG Finnish "
            "Consulting Group ja ympäristöministeriön Kestävä kaupunki -ohjelma. Vuosien 2021–2022 kierros on "
            "verkoston kuudes, ja sen teemana on kestävä kuntajohtaminen: sosiaalisen, taloudellisen ja ekologisen "
            "kestävyyden tuominen osaksi kunnan strategista johtamista ja arjen työtä. Yksi kierroksen teemoista on "
            "toimiva kaksoisjohtaminen, ja siitä tämä kurssi kertoo.</p>"
        ),
        _h2("Näin opiskelet"),
        _p(
            "<p>Kurssissa on kolme moduulia ja kolmetoista lyhyttä oppituntia. Yksi oppitunti vie noin 8–15 "
            "minuuttia, joten sen ehtii lukea puhelimella vaikka matkalla kokoukseen. Merkitse oppitunti tehdyksi, "
            "kun olet lukenut sen. Näet silloin, mitä sinulla on vielä jäljellä.</p>"
            "<p>Jokainen oppitunti päättyy pohdintakysymykseen tai muistilistaan. Niitä kannattaa käydä läpi myös "
            "yhdessä, esimerkiksi valtuustoryhmässä tai kunnan omassa perehdytystilaisuudessa. Kurssin tiedot "
            "kuvaavat lainsäädäntöä valtuustokauden alussa syksyllä 2021.</p>"
        ),
        _key(
            "Kurssin tärkein ajatus",
            "<p>Kunta onnistuu, kun luottamushenkilöt ja viranhaltijat johtavat sitä yhdessä saman strategian "
            "suuntaan ja tuntevat toistensa roolit.</p>",
        ),
    ],
    "modules": _MODULES,
}
