"""The privacy notice (tietosuojaseloste) that GDPR articles 13 and 14 require, in Finnish, Swedish and English.

`privacy_notice_ensure()` creates it once, as ordinary StandardPages next to the accessibility statement
(home/accessibility.py decides where each language's pages live) that administrators edit in Wagtail
afterwards; it never overwrites their edits. The three language versions share a fixed translation key, so the
footer finds the notice in any language whatever its title or address becomes (home/selectors.py).

The organisation that deploys the service is the controller: the texts name a placeholder and say so, and
the deploying organisation fills in its details in the admin.
"""

import uuid

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from .accessibility import accessibility_statement_ensure
from .models import StandardPage

PRIVACY_NOTICE_KEY = uuid.UUID("5b0f3c8e-2f4a-4c61-9d0e-7a3e51c2b9d4")
PREPARED_ON = {"fi": "27.11.2026", "sv": "27.11.2026", "en": "27 November 2026"}
PRIVACY_EMAIL = "tietosuoja@example.fi"


def _fi(*, retention_days, my_data_url, needs_days):
    return {
        "title": "Tietosuojaseloste",
        "slug": "tietosuojaseloste",
        "lead": "Tässä selosteessa kerrotaan, miten USO-verkoston perehdytyspalvelu (Uudet valtuustot – "
        "USO-verkoston perehdytys) käsittelee henkilötietojasi. Seloste on EU:n yleisen tietosuoja-asetuksen "
        "(2016/679) 13 ja 14 artiklan mukainen informointi.",
        "body": f"""
<h2>Rekisterinpitäjä</h2>
<p>Kuntaliitto / palvelun ylläpitäjä. <b>Palvelun käyttöön ottava organisaatio täydentää tähän nimensä,
Y-tunnuksensa ja osoitteensa.</b></p>
<h2>Yhteydet tietosuoja-asioissa</h2>
<p>Tietosuoja-asiat ja tietosuojavastaava: <a href="mailto:{PRIVACY_EMAIL}">{PRIVACY_EMAIL}</a>
(palvelun käyttöön ottava organisaatio täydentää tietosuojavastaavansa yhteystiedot).</p>
<h2>Käsittelyn tarkoitukset ja oikeusperusteet</h2>
<ul>
<li>Kuntien luottamushenkilöiden ja viranhaltijoiden perehdytys valtuustokauden alussa: kurssit,
edistymisen seuranta, tapahtumat ja todistukset. Peruste: yleisen edun mukainen tehtävä (tietosuoja-asetuksen
6 artiklan 1 kohdan e alakohta) ja kunnan oikeutettu etu perehdyttää luottamushenkilönsä (f alakohta).</li>
<li>Kunnan johdon tieto siitä, miten kunnan luottamushenkilöt ovat osallistuneet perehdytykseen. Peruste
sama kuin edellä.</li>
<li>Pohdintavastausten jakaminen nimettöminä kouluttajille. Peruste: suostumuksesi (a alakohta), jonka annat
vastauskohtaisesti ja voit perua milloin tahansa.</li>
<li>Erityisruokavaliot ja saavutettavuustarpeet tapahtumiin ilmoittautuessa. Jos merkintä kertoo
terveydestäsi, se on erityinen henkilötietoryhmä, jota käsitellään vain oman ilmoituksesi perusteella
(9 artiklan 2 kohdan a alakohta) ja jonka näkevät vain tapahtuman järjestäjät.</li>
<li>Palvelun turvallisuus: kirjautumisyritysten rajoittaminen ja lokitieto siitä, kuka on katsonut tai
vienyt kenenkin tietoja. Peruste: rekisterinpitäjän oikeutettu etu ja lakisääteinen velvoite huolehtia
tietoturvasta (32 artikla).</li>
</ul>
<h2>Käsiteltävät tiedot</h2>
<ul>
<li>nimi, sähköpostiosoite, kieli ja kunta</li>
<li>luottamustehtävät ja toimielimet sekä valtuustokausi</li>
<li>kurssi-ilmoittautumiset ja edistyminen (valmiiksi merkityt oppitunnit, suoritetut kurssit)</li>
<li>tietovisojen vastaukset ja tulokset</li>
<li>pohdintavastaukset ja tieto siitä, onko vastaus jaettu kouluttajille</li>
<li>tapahtumailmoittautumiset, läsnäolo ja tapahtumapalaute</li>
<li>erityisruokavaliot ja saavutettavuustarpeet, jos itse kerrot ne</li>
<li>todistukset ja osaamismerkit</li>
<li>lokitiedot: kirjautumisyritykset sekä kuka on katsonut tai vienyt kenenkin tietoja ja milloin</li>
</ul>
<h2>Mistä tiedot saadaan</h2>
<p>Sinulta itseltäsi sekä kunnaltasi, joka voi tuoda palveluun luottamushenkilöidensä nimet,
sähköpostiosoitteet, tehtävät ja toimielimet.</p>
<h2>Kuka tietoja näkee</h2>
<ul>
<li>Kuntasi johto näkee vain kuntasi henkilöiden osallistumisen (ilmoittautumiset, edistyminen ja
läsnäolo), ei tietovisavastauksia eikä pohdintoja.</li>
<li>Kouluttajat näkevät vain pohdintavastaukset, jotka olet itse jakanut, ja ne nimettöminä.</li>
<li>Tapahtuman järjestäjät näkevät tapahtuman ilmoittautuneet ja heidän ilmoittamansa erityistarpeet.</li>
<li>Palvelun ylläpitäjä ja sen käyttämät palveluntarjoajat (esimerkiksi palvelinten ylläpito)
sopimuksen mukaisina henkilötietojen käsittelijöinä.</li>
</ul>
<p>Tietoja ei siirretä EU:n tai Euroopan talousalueen ulkopuolelle. Automaattisia päätöksiä tai
profilointia, jolla olisi oikeusvaikutuksia, ei tehdä: tietovisojen pisteytys on automaattista, mutta
siitä ei seuraa päätöksiä sinusta.</p>
<h2>Säilytysaika</h2>
<p>Tietoja säilytetään valtuustokautesi ajan ja {retention_days} päivää viimeisen valtuustokautesi
päättymisen jälkeen; niin kauan kuin sinulla on tehtävä nykyisellä valtuustokaudella, tietojasi ei poisteta.
Sen jälkeen palvelu poistaa tai anonymisoi tiedot automaattisesti päivittäin. Kunnan
tilastoissa säilyvät vain luvut, joista sinua ei voi tunnistaa. Tapahtumaan ilmoittautuessa kerrotut
erityisruokavaliot ja saavutettavuustarpeet poistetaan jo {needs_days} päivää tapahtuman jälkeen.</p>
<h2>Oikeutesi ja niiden käyttäminen</h2>
<ul>
<li>Oikeus saada pääsy tietoihin ja siirtää ne: lataa kaikki tietosi koneluettavana JSON-tiedostona
<a href="{my_data_url}">Omat tiedot</a> -sivulta.</li>
<li>Oikeus tietojen oikaisemiseen: muuta tietojasi profiilissasi tai pyydä ylläpitäjää korjaamaan ne.</li>
<li>Oikeus tietojen poistamiseen: lähetä poistopyyntö sähköpostilla
<a href="mailto:{PRIVACY_EMAIL}">{PRIVACY_EMAIL}</a>. Ylläpitäjä poistaa tai anonymisoi tietosi koko
palvelusta; kunnan tilastot säilyvät tunnistamattomina.</li>
<li>Oikeus vastustaa käsittelyä ja rajoittaa sitä sekä oikeus saada tietää, kuka on katsonut tietojasi:
ota yhteyttä samaan osoitteeseen.</li>
<li>Suostumuksen peruminen: poista pohdintavastauksen jakaminen tai ilmoittamasi erityistarve
palvelussa; peruminen ei vaikuta aiemman käsittelyn lainmukaisuuteen.</li>
</ul>
<p>Vastaamme pyyntöihin viimeistään kuukauden kuluessa.</p>
<h2>Oikeus tehdä valitus</h2>
<p>Jos katsot, että henkilötietojesi käsittely rikkoo tietosuojasäädöksiä, voit tehdä valituksen
valvontaviranomaiselle: Tietosuojavaltuutetun toimisto, PL 800, 00531 Helsinki,
<a href="https://tietosuoja.fi">tietosuoja.fi</a>, sähköposti
<a href="mailto:tietosuoja@om.fi">tietosuoja@om.fi</a>.</p>
<h2>Tietoturva</h2>
<p>Palveluun kirjaudutaan henkilökohtaisella tunnuksella; salasanat tallennetaan vain tiivisteinä ja
toistuvat väärät kirjautumisyritykset estetään. Yhteydet ovat salattuja (HTTPS ja HSTS). Jokainen näkymä
tarkistaa käyttäjän roolin ja kunnan, ja tietojen katselu ja vienti kirjataan lokiin. Ladattavat tiedostot
tarkistetaan ja jaetaan vain oikeutetuille. Tietokannasta otetaan varmuuskopiot.</p>
<p>Seloste on laadittu {PREPARED_ON["fi"]}.</p>
""",
    }


def _sv(*, retention_days, my_data_url, needs_days):
    return {
        "title": "Dataskyddsbeskrivning",
        "slug": "dataskyddsbeskrivning",
        "lead": "Denna beskrivning berättar hur USO-nätverkets introduktionstjänst (Nya fullmäktige – "
        "USO-nätverkets introduktion) behandlar dina personuppgifter. Den är den information som artiklarna 13 "
        "och 14 i EU:s allmänna dataskyddsförordning (2016/679) kräver.",
        "body": f"""
<h2>Personuppgiftsansvarig</h2>
<p>Kommunförbundet / tjänstens administratör. <b>Den organisation som tar tjänsten i bruk fyller här i sitt
namn, FO-nummer och sin adress.</b></p>
<h2>Kontakt i dataskyddsfrågor</h2>
<p>Dataskyddsfrågor och dataskyddsombud: <a href="mailto:{PRIVACY_EMAIL}">{PRIVACY_EMAIL}</a>
(den organisation som tar tjänsten i bruk fyller i kontaktuppgifterna till sitt dataskyddsombud).</p>
<h2>Ändamål och rättslig grund</h2>
<ul>
<li>Introduktion för kommunernas förtroendevalda och tjänsteinnehavare i början av fullmäktigeperioden:
kurser, uppföljning av framsteg, evenemang och intyg. Grund: uppgift av allmänt intresse
(artikel 6.1 e i dataskyddsförordningen) och kommunens berättigade intresse av att introducera sina
förtroendevalda (artikel 6.1 f).</li>
<li>Kommunledningens information om hur kommunens förtroendevalda har deltagit i introduktionen. Grund:
samma som ovan.</li>
<li>Anonym delning av reflektionssvar med utbildarna. Grund: ditt samtycke (artikel 6.1 a), som du ger
för varje svar och kan återkalla när som helst.</li>
<li>Specialkost och tillgänglighetsbehov vid anmälan till evenemang. Om uppgiften gäller din hälsa hör den
till en särskild kategori av personuppgifter, som behandlas endast på grund av din egen anmälan
(artikel 9.2 a) och som endast evenemangets arrangörer ser.</li>
<li>Tjänstens säkerhet: begränsning av inloggningsförsök och en logg över vem som har visat eller exporterat
vems uppgifter. Grund: den personuppgiftsansvariges berättigade intresse och skyldigheten att sörja för
säkerheten (artikel 32).</li>
</ul>
<h2>Uppgifter som behandlas</h2>
<ul>
<li>namn, e-postadress, språk och kommun</li>
<li>förtroendeuppdrag och organ samt fullmäktigeperiod</li>
<li>kursanmälningar och framsteg (lektioner markerade som klara, avklarade kurser)</li>
<li>svar och resultat i frågesporter</li>
<li>reflektionssvar och uppgift om svaret har delats med utbildarna</li>
<li>anmälningar till evenemang, närvaro och respons på evenemang</li>
<li>specialkost och tillgänglighetsbehov, om du själv uppger dem</li>
<li>intyg och kompetensmärken</li>
<li>loggar: inloggningsförsök samt vem som har visat eller exporterat vems uppgifter och när</li>
</ul>
<h2>Varifrån uppgifterna fås</h2>
<p>Av dig själv och av din kommun, som kan föra in sina förtroendevaldas namn, e-postadresser, uppdrag och
organ i tjänsten.</p>
<h2>Vem ser uppgifterna</h2>
<ul>
<li>Din kommuns ledning ser endast deltagandet för personer i din kommun (anmälningar, framsteg och
närvaro), inte svar i frågesporter eller reflektioner.</li>
<li>Utbildarna ser endast de reflektionssvar som du själv har delat, och dem anonymt.</li>
<li>Evenemangets arrangörer ser de anmälda och de särskilda behov som de har uppgett.</li>
<li>Tjänstens administratör och de tjänsteleverantörer den anlitar (till exempel serverdrift) som
personuppgiftsbiträden enligt avtal.</li>
</ul>
<p>Uppgifterna överförs inte utanför EU eller Europeiska ekonomiska samarbetsområdet. Inga automatiserade
beslut eller profilering med rättsverkan görs: poängsättningen av frågesporter är automatisk men leder inte
till beslut om dig.</p>
<h2>Lagringstid</h2>
<p>Uppgifterna sparas under din fullmäktigeperiod och {retention_days} dagar efter att din sista
fullmäktigeperiod har upphört; så länge du har ett uppdrag under den nuvarande perioden raderas de inte.
Därefter raderar eller anonymiserar tjänsten uppgifterna automatiskt varje dag.
I kommunens statistik finns endast siffror kvar som du inte kan identifieras från. Specialkost och
tillgänglighetsbehov som du uppger vid anmälan till ett evenemang raderas redan {needs_days} dagar efter
evenemanget.</p>
<h2>Dina rättigheter och hur du använder dem</h2>
<ul>
<li>Rätt till tillgång och dataportabilitet: ladda ner alla dina uppgifter som en maskinläsbar JSON-fil på
sidan <a href="{my_data_url}">Mina uppgifter</a>.</li>
<li>Rätt till rättelse: ändra dina uppgifter i din profil eller be administratören rätta dem.</li>
<li>Rätt till radering: skicka en begäran om radering per e-post till
<a href="mailto:{PRIVACY_EMAIL}">{PRIVACY_EMAIL}</a>. Administratören raderar eller anonymiserar dina
uppgifter i hela tjänsten; kommunens statistik finns kvar utan att du kan identifieras.</li>
<li>Rätt att invända mot och begränsa behandlingen samt rätt att få veta vem som har visat dina uppgifter:
kontakta samma adress.</li>
<li>Återkallande av samtycke: sluta dela ett reflektionssvar eller ta bort ett särskilt behov som du har
uppgett i tjänsten; återkallandet påverkar inte lagligheten av tidigare behandling.</li>
</ul>
<p>Vi svarar på begäranden inom en månad.</p>
<h2>Rätt att lämna klagomål</h2>
<p>Om du anser att behandlingen av dina personuppgifter strider mot dataskyddsbestämmelserna kan du lämna
ett klagomål till tillsynsmyndigheten: Dataombudsmannens byrå, PB 800, 00531 Helsingfors,
<a href="https://tietosuoja.fi/sv">tietosuoja.fi/sv</a>, e-post
<a href="mailto:tietosuoja@om.fi">tietosuoja@om.fi</a>.</p>
<h2>Datasäkerhet</h2>
<p>Man loggar in i tjänsten med personligt användarnamn; lösenord sparas endast som hashvärden och upprepade
felaktiga inloggningsförsök spärras. Förbindelserna är krypterade (HTTPS och HSTS). Varje vy kontrollerar
användarens roll och kommun, och visning och export av uppgifter loggas. Uppladdade filer kontrolleras och
delas endast med behöriga. Databasen säkerhetskopieras.</p>
<p>Beskrivningen har utarbetats {PREPARED_ON["sv"]}.</p>
""",
    }


def _en(*, retention_days, my_data_url, needs_days):
    return {
        "title": "Privacy notice",
        "slug": "privacy-notice",
        "lead": "This notice tells you how the USO network's orientation service (New councils – the USO "
        "network's orientation) processes your personal data. It is the information that Articles 13 and 14 of "
        "the EU General Data Protection Regulation (2016/679) require.",
        "body": f"""
<h2>Controller</h2>
<p>The Association of Finnish Municipalities / the service's operator. <b>The organisation that deploys the
service fills in its name, business ID and address here.</b></p>
<h2>Contact for data protection matters</h2>
<p>Data protection matters and the data protection officer: <a href="mailto:{PRIVACY_EMAIL}">{PRIVACY_EMAIL}</a>
(the organisation that deploys the service fills in its data protection officer's contact details).</p>
<h2>Purposes and legal basis</h2>
<ul>
<li>Orientation of municipal elected officials and office holders at the start of the council term: courses,
progress tracking, events and certificates. Basis: a task carried out in the public interest (GDPR Article
6(1)(e)) and the municipality's legitimate interest in orienting its elected officials (Article 6(1)(f)).</li>
<li>The municipal leaders' view of how the municipality's elected officials have taken part in the
orientation. Basis: as above.</li>
<li>Sharing reflection answers anonymously with trainers. Basis: your consent (Article 6(1)(a)), given for
each answer and withdrawable at any time.</li>
<li>Dietary and accessibility needs when you register for an event. If the note concerns your health, it is
a special category of personal data, processed only because you gave it yourself (Article 9(2)(a)) and seen
only by the event's organisers.</li>
<li>Security of the service: limiting login attempts and a log of who viewed or exported whose data. Basis:
the controller's legitimate interest and the duty to keep personal data secure (Article 32).</li>
</ul>
<h2>Data processed</h2>
<ul>
<li>name, email address, language and municipality</li>
<li>positions of trust and bodies, and the council term</li>
<li>course enrolments and progress (lessons marked as done, completed courses)</li>
<li>quiz answers and results</li>
<li>reflection answers and whether an answer is shared with trainers</li>
<li>event registrations, attendance and event feedback</li>
<li>dietary and accessibility needs, if you give them</li>
<li>certificates and badges</li>
<li>logs: login attempts, and who viewed or exported whose data and when</li>
</ul>
<h2>Where the data comes from</h2>
<p>From you, and from your municipality, which may import the names, email addresses, positions and bodies
of its elected officials into the service.</p>
<h2>Who sees the data</h2>
<ul>
<li>Your municipality's leaders see only the participation of people in your municipality (enrolments,
progress and attendance), not quiz answers or reflections.</li>
<li>Trainers see only the reflection answers you chose to share, and without your name.</li>
<li>An event's organisers see who registered and the needs they noted.</li>
<li>The service's operator and the service providers it uses (such as server hosting), as processors under
contract.</li>
</ul>
<p>No data is transferred outside the EU or the European Economic Area. No automated decisions or profiling
with legal effects take place: quizzes are scored automatically, but no decision about you follows.</p>
<h2>Retention</h2>
<p>The data is kept for your council term and {retention_days} days after your last council term ended;
while you hold a role in the current term it is never erased. After that the service erases or anonymises it
automatically every day. The municipality's statistics keep
only figures from which you cannot be identified. Dietary and accessibility needs given when registering for
an event are deleted sooner, {needs_days} days after the event.</p>
<h2>Your rights and how to use them</h2>
<ul>
<li>Right of access and to data portability: download all your data as a machine-readable JSON file on the
<a href="{my_data_url}">Your data</a> page.</li>
<li>Right to rectification: change your details in your profile or ask the administrator to correct
them.</li>
<li>Right to erasure: send an erasure request by email to <a href="mailto:{PRIVACY_EMAIL}">{PRIVACY_EMAIL}</a>.
The administrator erases or anonymises your data throughout the service; the municipality's statistics
remain, without identifying you.</li>
<li>Right to object and to restriction of processing, and to know who has viewed your data: contact the same
address.</li>
<li>Withdrawing consent: stop sharing a reflection answer or remove a need you noted in the service;
withdrawal does not affect the lawfulness of earlier processing.</li>
</ul>
<p>We answer requests within one month.</p>
<h2>Right to lodge a complaint</h2>
<p>If you consider that the processing of your personal data infringes data protection law, you can lodge a
complaint with the supervisory authority: the Office of the Data Protection Ombudsman
(Tietosuojavaltuutetun toimisto), P.O. Box 800, 00531 Helsinki, Finland,
<a href="https://tietosuoja.fi/en">tietosuoja.fi/en</a>, email
<a href="mailto:tietosuoja@om.fi">tietosuoja@om.fi</a>.</p>
<h2>Security</h2>
<p>Everyone logs in with a personal account; passwords are stored only as hashes and repeated failed login
attempts are blocked. Connections are encrypted (HTTPS and HSTS). Every view checks the user's role and
municipality, and viewing and exporting data is logged. Uploaded files are checked and shared only with those
entitled to them. The database is backed up.</p>
<p>This notice was prepared on {PREPARED_ON["en"]}.</p>
""",
    }


NOTICES = {"fi": _fi, "sv": _sv, "en": _en}


def _my_data_url(language_code):
    with translation.override(language_code):
        return reverse("accounts:my_data")


def _notice_in(locale, *, parent):
    """The notice in `locale`, created under `parent` when missing. An existing page, possibly edited by an
    administrator, is left as it is."""
    existing = StandardPage.objects.filter(translation_key=PRIVACY_NOTICE_KEY, locale=locale).first()
    if existing is not None:
        return existing
    code = locale.language_code
    text = NOTICES[code](
        retention_days=settings.PERSONAL_DATA_RETENTION_DAYS,
        my_data_url=_my_data_url(code),
        needs_days=settings.EVENT_NEEDS_RETENTION_DAYS,
    )
    page = parent.add_child(instance=StandardPage(translation_key=PRIVACY_NOTICE_KEY, locale=locale, **text))
    page.save_revision().publish()
    return page


@transaction.atomic
def privacy_notice_ensure():
    """The notice in Finnish, Swedish and English, each beside that language's accessibility statement.
    Returns the pages by language code."""
    statements = accessibility_statement_ensure()
    return {
        code: _notice_in(Locale.objects.get(language_code=code), parent=statements[code].get_parent())
        for code in NOTICES
    }
