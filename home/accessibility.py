"""The accessibility statement (saavutettavuusseloste) that the Act on the Provision of Digital Services
(306/2019) requires, in Finnish, Swedish and English.

`accessibility_statement_ensure()` creates it once, as ordinary StandardPages that administrators edit in
Wagtail afterwards; it never overwrites their edits. The three language versions share a fixed
translation key, so the footer finds the statement in any language whatever its title or address
becomes (home/selectors.py).
"""

import uuid

from django.db import transaction
from wagtail.models import Locale

from .models import HomePage, StandardPage
from .setup import home_page_ensure

ACCESSIBILITY_STATEMENT_KEY = uuid.UUID("c834934b-a51b-459e-83de-670059a3668b")
PREPARED_ON = {"fi": "27.11.2026", "sv": "27.11.2026", "en": "27 November 2026"}
FEEDBACK_EMAIL = "saavutettavuus@example.fi"

# The home page of each language's site tree, made when the language has none yet (before the first
# locale_trees_sync(), which then fills the rest of the tree with aliases of the Finnish pages).
HOME_TRANSLATIONS = {
    "sv": {
        "title": "Nya fullmäktige – USO-nätverkets introduktion",
        "slug": "hem",
        "lead": "Introduktion för förtroendevalda och tjänsteinnehavare efter kommunalvalet 2021.",
    },
    "en": {
        "title": "New councils – the USO network's orientation",
        "slug": "home",
        "lead": "Orientation for the officials elected in the 2021 municipal elections and the office-holders "
        "who work with them.",
    },
}

_AUTHORITY_FI = """
<h2>Valvontaviranomainen</h2>
<p>Jos huomaat sivustolla saavutettavuusongelmia, anna ensin palautetta meille. Vastaamme 14 päivän kuluessa.
Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta lainkaan kahden viikon aikana, voit tehdä
ilmoituksen valvontaviranomaiselle.</p>
<p>Liikenne- ja viestintävirasto Traficom<br/>Saavutettavuuden valvonta (Etelä-Suomen aluehallintovirastolta
1.1.2025 siirtynyt tehtävä)<br/>
<a href="https://www.saavutettavuusvaatimukset.fi">www.saavutettavuusvaatimukset.fi</a><br/>
puhelinvaihde 029 534 5000</p>
"""

_AUTHORITY_SV = """
<h2>Tillsynsmyndighet</h2>
<p>Om du upptäcker brister i tillgängligheten, ge först respons till oss. Vi svarar inom 14 dagar. Om du inte
är nöjd med svaret eller inte får något svar inom två veckor, kan du anmäla saken till tillsynsmyndigheten.</p>
<p>Transport- och kommunikationsverket Traficom<br/>Tillgänglighetstillsynen (uppgiften överfördes från
Regionförvaltningsverket i Södra Finland 1.1.2025)<br/>
<a href="https://www.tillganglighetskrav.fi">www.tillganglighetskrav.fi</a>
(<a href="https://www.saavutettavuusvaatimukset.fi">www.saavutettavuusvaatimukset.fi</a>)<br/>
telefonväxel 029 534 5000</p>
"""

_AUTHORITY_EN = """
<h2>Supervisory authority</h2>
<p>If you notice accessibility problems on the site, first send feedback to us. We reply within 14 days. If
you are not satisfied with our reply or get no reply within two weeks, you can notify the supervisory
authority.</p>
<p>Finnish Transport and Communications Agency Traficom<br/>Accessibility supervision (moved from the Regional
State Administrative Agency for Southern Finland on 1 January 2025)<br/>
<a href="https://www.webaccessibility.fi">www.webaccessibility.fi</a>
(<a href="https://www.saavutettavuusvaatimukset.fi">www.saavutettavuusvaatimukset.fi</a>)<br/>
telephone switchboard 029 534 5000</p>
"""

STATEMENTS = {
    "fi": {
        "title": "Saavutettavuusseloste",
        "slug": "saavutettavuusseloste",
        "lead": "Tämä seloste koskee USO-verkoston perehdytyspalvelua (Uudet valtuustot – USO-verkoston "
        "perehdytys). Digitaalisten palvelujen tarjoamisesta annettu laki (306/2019) edellyttää, että julkiset "
        "verkkopalvelut ovat saavutettavia.",
        "body": f"""
<h2>Saavutettavuuden tila</h2>
<p>Palvelu täyttää WCAG 2.1 -kriteeristön A- ja AA-tason vaatimukset <b>osittain</b>. Palvelun jokainen
sivutyyppi tarkistetaan automaattisesti axe-core-työkalulla Chromium-selaimessa suomeksi, ruotsiksi ja
englanniksi sekä kirjautumattomana että kunkin käyttäjäroolin näkymässä, ja oppijan keskeinen polku
testataan pelkällä näppäimistöllä. Ulkopuolista asiantuntija-arviointia ei ole vielä tehty. Automaattiset
testit eivät löydä kaikkia ongelmia, joten palvelu on osittain vaatimusten mukainen, kunnes manuaalinen
arviointi on tehty.</p>
<h2>Sisältö, joka ei ole saavutettavaa</h2>
<ul>
<li>Kouluttajien lisäämissä videoissa ei välttämättä ole tekstitystä. Videoille vaaditaan tekstivastine,
mutta sen kattavuutta ei ole tarkistettu jokaisen videon kohdalla (WCAG 1.2.2, 1.2.3 ja 1.2.5).</li>
<li>Kouluttajien lataamat PDF- ja muut asiakirjat eivät välttämättä ole saavutettavia: niiden rakennetta,
otsikoita ja kuvien tekstivastineita ei tarkisteta (WCAG 1.1.1, 1.3.1 ja 2.4.2).</li>
<li>Upotetut videosoittimet (esimerkiksi YouTube ja Vimeo) ovat kolmansien osapuolten palveluja, joiden
saavutettavuuteen emme voi vaikuttaa.</li>
<li>Kaikki kurssisisältö ei ole vielä saatavilla ruotsiksi ja englanniksi; tällöin sisältö näytetään
suomeksi ja merkitään suomenkieliseksi.</li>
</ul>
<h2>Selosteen laatiminen</h2>
<p>Seloste on laadittu {PREPARED_ON["fi"]}. Saavutettavuus on arvioitu itse: automaattisilla axe-core-
tarkistuksilla, näppäimistötesteillä ja tarkistamalla sivujen toimivuus 320 pikselin levyisellä näytöllä.
Seloste päivitetään, kun palvelua muutetaan tai kun manuaalinen arviointi on tehty.</p>
<h2>Palaute</h2>
<p>Huomasitko saavutettavuuspuutteen tai tarvitsetko sisällön saavutettavassa muodossa? Kerro siitä meille
sähköpostilla <a href="mailto:{FEEDBACK_EMAIL}">{FEEDBACK_EMAIL}</a>. Vastaamme 14 päivän kuluessa.</p>
{_AUTHORITY_FI}
""",
    },
    "sv": {
        "title": "Tillgänglighetsutlåtande",
        "slug": "tillganglighetsutlatande",
        "lead": "Detta utlåtande gäller USO-nätverkets introduktionstjänst (Nya fullmäktige – USO-nätverkets "
        "introduktion). Lagen om tillhandahållande av digitala tjänster (306/2019) kräver att offentliga "
        "webbtjänster är tillgängliga.",
        "body": f"""
<h2>Tillgänglighetens status</h2>
<p>Tjänsten uppfyller kraven på nivå A och AA i WCAG 2.1 <b>delvis</b>. Varje sidtyp i tjänsten kontrolleras
automatiskt med verktyget axe-core i webbläsaren Chromium på finska, svenska och engelska, både utan
inloggning och i varje användarrolls vy, och inlärarens centrala väg testas med enbart tangentbord. Ingen
extern expertbedömning har gjorts ännu. Automatiska test hittar inte alla problem, och därför är tjänsten
delvis förenlig med kraven tills en manuell bedömning har gjorts.</p>
<h2>Innehåll som inte är tillgängligt</h2>
<ul>
<li>Videor som utbildarna lägger till har inte nödvändigtvis textning. Ett textalternativ krävs för videor,
men hur heltäckande det är har inte kontrollerats för varje video (WCAG 1.2.2, 1.2.3 och 1.2.5).</li>
<li>PDF-filer och andra dokument som utbildarna laddar upp är inte nödvändigtvis tillgängliga: deras
struktur, rubriker och textalternativ för bilder kontrolleras inte (WCAG 1.1.1, 1.3.1 och 2.4.2).</li>
<li>Inbäddade videospelare (till exempel YouTube och Vimeo) är tjänster från tredje part, vars
tillgänglighet vi inte kan påverka.</li>
<li>Allt kursinnehåll finns ännu inte på svenska och engelska; då visas innehållet på finska och märks
som finskspråkigt.</li>
</ul>
<h2>Hur utlåtandet har utarbetats</h2>
<p>Utlåtandet har utarbetats {PREPARED_ON["sv"]}. Tillgängligheten har bedömts av oss själva: med automatiska
axe-core-kontroller, tangentbordstest och genom att kontrollera att sidorna fungerar på en skärm som är 320
pixlar bred. Utlåtandet uppdateras när tjänsten ändras eller när en manuell bedömning har gjorts.</p>
<h2>Respons</h2>
<p>Märkte du en brist i tillgängligheten eller behöver du innehåll i tillgänglig form? Berätta det för oss
per e-post <a href="mailto:{FEEDBACK_EMAIL}">{FEEDBACK_EMAIL}</a>. Vi svarar inom 14 dagar.</p>
{_AUTHORITY_SV}
""",
    },
    "en": {
        "title": "Accessibility statement",
        "slug": "accessibility-statement",
        "lead": "This statement applies to the USO network's orientation service (New councils – the USO "
        "network's orientation). The Act on the Provision of Digital Services (306/2019) requires public web "
        "services to be accessible.",
        "body": f"""
<h2>Compliance status</h2>
<p>The service <b>partially</b> meets the level A and AA requirements of WCAG 2.1. Every page type of the
service is checked automatically with the axe-core tool in the Chromium browser in Finnish, Swedish and
English, both signed out and as each user role, and the learner's main path is tested with the keyboard
only. No external expert audit has been done yet. Automated tests do not find every problem, so the service
is partially compliant until a manual audit has been done.</p>
<h2>Content that is not accessible</h2>
<ul>
<li>Videos added by trainers may lack captions. A text alternative is required for videos, but whether it
covers everything has not been checked for each video (WCAG 1.2.2, 1.2.3 and 1.2.5).</li>
<li>PDF files and other documents uploaded by trainers may not be accessible: their structure, headings and
text alternatives for images are not checked (WCAG 1.1.1, 1.3.1 and 2.4.2).</li>
<li>Embedded video players (such as YouTube and Vimeo) are third-party services whose accessibility we
cannot influence.</li>
<li>Not all course content is available in Swedish and English yet; such content is shown in Finnish and
marked as Finnish.</li>
</ul>
<h2>How this statement was prepared</h2>
<p>This statement was prepared on {PREPARED_ON["en"]}. The accessibility was assessed by ourselves: with
automated axe-core checks, keyboard tests and by checking that the pages work on a screen 320 pixels wide.
The statement is updated when the service changes or when a manual audit has been done.</p>
<h2>Feedback</h2>
<p>Did you notice an accessibility problem, or do you need content in an accessible format? Tell us by email
at <a href="mailto:{FEEDBACK_EMAIL}">{FEEDBACK_EMAIL}</a>. We reply within 14 days.</p>
{_AUTHORITY_EN}
""",
    },
}


def _home_in(locale, finnish_home):
    home = HomePage.objects.filter(locale=locale).first()
    if home is None:
        home = finnish_home.copy_for_translation(locale)
        for name, value in HOME_TRANSLATIONS[locale.language_code].items():
            setattr(home, name, value)
        home.save()
        home.save_revision().publish()
    return home


def _statement_in(locale, *, parent):
    """The statement in `locale`, created under `parent` when missing. An existing page, possibly edited
    by an administrator, is left as it is."""
    existing = StandardPage.objects.filter(translation_key=ACCESSIBILITY_STATEMENT_KEY, locale=locale).first()
    if existing is not None:
        return existing
    statement = StandardPage(
        translation_key=ACCESSIBILITY_STATEMENT_KEY, locale=locale, **STATEMENTS[locale.language_code]
    )
    page = parent.add_child(instance=statement)
    page.save_revision().publish()
    return page


@transaction.atomic
def accessibility_statement_ensure():
    """The statement in Finnish under the Finnish home page and in Swedish and English under those
    languages' home pages, made when missing. Returns the pages by language code."""
    finnish_home = home_page_ensure()
    pages = {}
    for code, _text in STATEMENTS.items():
        locale = Locale.objects.get(language_code=code)
        parent = finnish_home if locale.pk == finnish_home.locale_id else _home_in(locale, finnish_home)
        pages[code] = _statement_in(locale, parent=parent)
    return pages
