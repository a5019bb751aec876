"""Orientation 2021, module 2: the lesson on the health and social services reform, Finnish and Swedish.

Written from autumn 2021, when the reform was coming (CONTENT-FACTS.md, "The health and social services
reform"): act 611/2021 created the welfare areas, act 616/2021 moves the organising responsibility for health
care, social welfare and rescue services to them on 1.1.2023 (Helsinki keeps it), and the first regional
elections are on 23.1.2022. A separate file so both languages keep the same blocks in the same order.
"""

from .orientation_2021_sv import _h2, _key, _p, _reflection  # the same block helpers, without an import cycle

LESSON_SOTE = {
    "slug": "sote-uudistus-ja-valtuuston-tyo",
    "title": "Sote-uudistus ja valtuuston työ",
    "summary": (
        "Opit, mitä hyvinvointialueiden perustaminen tarkoittaa valtuuston työlle tällä kaudella ja mitkä "
        "tehtävät jäävät kunnalle."
    ),
    "estimated_minutes": 8,
    "body": [
        _h2("Kunnan tehtävät muuttuvat kesken kauden"),
        _p(
            "<p>Laki hyvinvointialueesta (611/2021) perustaa hyvinvointialueet. Voimaanpanolain (616/2021) mukaan "
            "sosiaali- ja terveydenhuollon sekä pelastustoimen järjestämisvastuu siirtyy kunnilta ja "
            "kuntayhtymiltä hyvinvointialueille 1.1.2023. Helsinki järjestää nämä palvelut jatkossakin itse omana "
            "alueenaan. Ensimmäiset aluevaalit pidetään 23.1.2022.</p>"
            "<p>Valtuustokausi 2021–2025 on siis kausi, jonka aikana kunnan suurin tehtäväkokonaisuus siirtyy "
            "pois. Ensimmäisenä vuonna valtuusto päättää vielä sote-palveluiden rahoituksesta ja järjestämisestä, "
            "ja vuodesta 2023 alkaen se johtaa kuntaa, jonka tehtävät ja talous ovat selvästi aiempaa "
            "suppeammat.</p>"
        ),
        _h2("Mitä kunnalle jää"),
        _p(
            "<p>Kunnalle jäävät muun muassa</p>"
            "<ul>"
            "<li>varhaiskasvatus ja opetus</li>"
            "<li>kulttuuri-, liikunta- ja nuorisopalvelut</li>"
            "<li>maankäyttö ja kaavoitus</li>"
            "<li>elinvoima- ja elinkeinotyö</li>"
            "<li>asukkaiden hyvinvoinnin ja terveyden edistäminen.</li>"
            "</ul>"
            "<p>Hyvinvoinnin ja terveyden edistäminen on jatkossa kunnan ja hyvinvointialueen yhteinen työ. "
            "Koulut, liikuntapaikat, kaavoitus ja järjestöyhteistyö vaikuttavat siihen, kuinka paljon asukkaat "
            "tarvitsevat hyvinvointialueen palveluja.</p>"
        ),
        _h2("Mitä se tarkoittaa valtuuston työlle"),
        _p(
            "<p>Kuntastrategia, joka monessa kunnassa tarkistetaan syksyllä 2021, kannattaa laatia niin, että se "
            "kestää muutoksen: mitkä tavoitteet koskevat kuntaa myös vuoden 2023 jälkeen, ja mitkä siirtyvät "
            "hyvinvointialueen vastuulle? Talousarvio ja taloussuunnitelma muuttuvat, kun suuri osa menoista ja "
            "niitä vastaavista tuloista siirtyy pois. Valtuutettu voi kysyä valmistelussa, miten asia vaikuttaa "
            "kunnan ja hyvinvointialueen yhteistyöhön.</p>"
            "<p>Aluevaaleissa valitaan aluevaltuusto, joka on hyvinvointialueen ylin päättävä toimielin. Kunta ei "
            "siis enää päätä sosiaali- ja terveyspalveluista, mutta se voi vaikuttaa niihin yhteistyössä: "
            "kunnan ja hyvinvointialueen kannattaa sopia, miten ne vaihtavat tietoa asukkaiden hyvinvoinnista, "
            "miten palvelupisteiden sijainti ja kunnan kaavoitus sovitetaan yhteen ja miten järjestöjen kanssa "
            "tehtävä työ jaetaan. Moni valtuutettu harkitsee ehdokkuutta myös aluevaaleissa. Silloin on hyvä "
            "pitää mielessä, kumman toimielimen jäsenenä kulloinkin toimii ja kenen etua on edistettävä.</p>"
        ),
        _key(
            "Palvelut siirtyvät, hyvinvointityö jää",
            "<p>Sote- ja pelastuspalvelujen järjestämisvastuu siirtyy hyvinvointialueille 1.1.2023. Kunta vastaa "
            "edelleen sivistyksestä, maankäytöstä ja elinvoimasta sekä edistää asukkaidensa hyvinvointia ja "
            "terveyttä yhdessä hyvinvointialueen kanssa.</p>",
        ),
        _reflection(
            "Mitkä kuntasi strategian tavoitteista koskevat sosiaali- ja terveyspalveluja, ja miten ne muuttuvat, "
            "kun järjestämisvastuu siirtyy hyvinvointialueelle?",
            "Erota tavoitteet, jotka jäävät kunnalle (esimerkiksi hyvinvoinnin edistäminen), ja tavoitteet, joista "
            "päättää jatkossa hyvinvointialue. Mieti, millaista yhteistyötä niiden välillä tarvitaan.",
        ),
    ],
}

LESSON_SOTE_SV = {
    "slug": "vardreformen-och-fullmaktiges-arbete",
    "title": "Social- och hälsovårdsreformen och fullmäktiges arbete",
    "summary": (
        "Du lär dig vad inrättandet av välfärdsområdena betyder för fullmäktiges arbete under den här perioden "
        "och vilka uppgifter som blir kvar hos kommunen."
    ),
    "body": [
        _h2("Kommunens uppgifter ändras mitt under perioden"),
        _p(
            "<p>Genom lagen om välfärdsområden (611/2021) inrättas välfärdsområdena. Enligt införandelagen "
            "(616/2021) överförs organiseringsansvaret för social- och hälsovården och räddningsväsendet från "
            "kommunerna och samkommunerna till välfärdsområdena den 1 januari 2023. Helsingfors ordnar även i "
            "fortsättningen dessa tjänster själv som ett eget område. De första områdesvalen hålls den 23 januari "
            "2022.</p>"
            "<p>Fullmäktigeperioden 2021–2025 är alltså en period under vilken kommunens största "
            "uppgiftshelhet flyttar bort. Under det första året beslutar fullmäktige ännu om finansieringen och "
            "organiseringen av social- och hälsovårdstjänsterna, och från och med 2023 leder fullmäktige en "
            "kommun vars uppgifter och ekonomi är klart mindre än tidigare.</p>"
        ),
        _h2("Vad som blir kvar hos kommunen"),
        _p(
            "<p>Hos kommunen blir bland annat kvar</p>"
            "<ul>"
            "<li>småbarnspedagogik och undervisning</li>"
            "<li>kultur-, idrotts- och ungdomstjänster</li>"
            "<li>markanvändning och planläggning</li>"
            "<li>livskrafts- och näringslivsarbete</li>"
            "<li>främjandet av invånarnas välfärd och hälsa.</li>"
            "</ul>"
            "<p>Främjandet av välfärd och hälsa blir ett gemensamt arbete för kommunen och välfärdsområdet. Skolor, "
            "idrottsplatser, planläggning och samarbete med organisationer påverkar hur mycket invånarna behöver "
            "välfärdsområdets tjänster.</p>"
        ),
        _h2("Vad det betyder för fullmäktiges arbete"),
        _p(
            "<p>Kommunstrategin, som i många kommuner ses över hösten 2021, lönar det sig att utforma så att den "
            "håller genom förändringen: vilka mål gäller kommunen också efter 2023, och vilka flyttar till "
            "välfärdsområdets ansvar? Budgeten och ekonomiplanen ändras när en stor del av utgifterna och de "
            "inkomster som motsvarar dem flyttar bort. En fullmäktigeledamot kan fråga i beredningen hur ärendet "
            "påverkar samarbetet mellan kommunen och välfärdsområdet.</p>"
            "<p>I områdesvalet väljs områdesfullmäktige, som är välfärdsområdets högsta beslutande organ. Kommunen "
            "beslutar alltså inte längre om social- och hälsovårdstjänsterna, men den kan påverka dem genom "
            "samarbete: kommunen och välfärdsområdet bör komma överens om hur de utbyter information om "
            "invånarnas välfärd, hur placeringen av verksamhetsställen och kommunens planläggning samordnas och "
            "hur arbetet med organisationerna fördelas. Många fullmäktigeledamöter överväger att ställa upp också "
            "i områdesvalet. Då är det bra att komma ihåg i vilket organ man för tillfället är ledamot och vems "
            "intressen man ska främja.</p>"
        ),
        _key(
            "Tjänsterna flyttar, välfärdsarbetet blir kvar",
            "<p>Organiseringsansvaret för social- och hälsovården och räddningsväsendet överförs till "
            "välfärdsområdena den 1 januari 2023. Kommunen ansvarar fortfarande för bildning, markanvändning och "
            "livskraft och främjar invånarnas välfärd och hälsa tillsammans med välfärdsområdet.</p>",
        ),
        _reflection(
            "Vilka av målen i din kommuns strategi gäller social- och hälsovårdstjänster, och hur ändras de när "
            "organiseringsansvaret flyttar till välfärdsområdet?",
            "Skilj på mål som blir kvar hos kommunen (till exempel främjandet av välfärd) och mål som "
            "välfärdsområdet i fortsättningen beslutar om. Fundera på vilket samarbete som behövs mellan dem.",
        ),
    ],
}
