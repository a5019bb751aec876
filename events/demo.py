"""Demo events: the USO network's autumn 2021 programme, and follow-up events in the current council term.

The 2021 programme (joint seminars, orientation and development seminars of the new councils, strategy
workshops) is in the past, with registrations, attendance and anonymous feedback of the demo people. The
follow-up events belong to the council term going on when the demo is loaded: a few weeks ahead, so there is
something to register for, but never after the term's last day and never on a weekend or a Finnish public
holiday (events/dates.py); the mid-term review is held at the middle of the term. Their descriptions say so.
Idempotent: events are found by slug and updated in place, people
by email, registrations by (event, person).
"""

import datetime
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from courses.models import CoursePage
from courses.setup import TRAINERS_GROUP
from home.setup import home_page_ensure
from municipalities.models import Municipality, Network, NetworkMembership
from municipalities.terms import term_on

from .dates import working_day_near
from .models import EventKind, EventPage, EventTrainer, FeedbackAnswer, FeedbackGiven, LinkedPageRole, Registration
from .setup import events_setup

HELSINKI = ZoneInfo("Europe/Helsinki")
NETWORK_SLUG = "uso-2021-2022"
MEMBER_CODES = ["109", "638", "743", "398"]  # Hämeenlinna, Porvoo, Seinäjoki, Lahti
COUNCILLOR_EMAIL = "valtuutettu@example.fi"
TRAINER_EMAIL = "kouluttaja@example.fi"
ORIENTATION_COURSE = "valtuustokauden-2021-2025-perehdytys"
SUSTAINABILITY_COURSE = "kestava-kunnan-johtaminen"
KUNTATALO = "Kuntatalo, Toinen linja 14, 00530 Helsinki"
DEMO_NOTE = (
    "<p><em>Demoaineisto: jatkotapahtumat on sijoitettu kuluvalle valtuustokaudelle arkipäiville, muutaman "
    "viikon päähän demon latauspäivästä tai kauden puoliväliin, eikä yksikään ole kauden päättymisen "
    "jälkeen.</em></p>"
)
# The follow-up events lie this many weeks ahead at most; near the end of a term they move back before it.
FOLLOW_UP_WEEKS = 6
FEEDBACK_COMMENTS = [
    "Hyvä kokonaisuus, ryhmätöihin olisi saanut varata enemmän aikaa.",
    "Kaksoisjohtamisen esimerkit kunnista olivat hyödyllisimpiä.",
    "Selkeä ja käytännönläheinen. Kiitos!",
    "Toivoisin materiaalit etukäteen luettavaksi.",
    "",
]
OWN_PEOPLE = [("Anni", "Laaksonen"), ("Juha", "Heikkinen"), ("Sari", "Lehtonen"), ("Timo", "Nieminen")]


def _at(year, month, day, hour, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=HELSINKI)


def _term_bounds(today):
    term = term_on(today)
    if term is None:  # no terms entered: the year ahead
        return today, today + datetime.timedelta(weeks=52)
    return term.starts_on, term.ends_on


def _on(day, hour, minute):
    return datetime.datetime(day.year, day.month, day.day, hour, minute, tzinfo=HELSINKI)


def _weeks_from_today(weeks, hour, minute=0):
    """A working day about `weeks` weeks from today within the current term. When the term ends sooner, the
    follow-up events move back before its last day, keeping their order and spacing."""
    today = timezone.localdate()
    first, last = _term_bounds(today)
    day = today + datetime.timedelta(weeks=weeks)
    if today + datetime.timedelta(weeks=FOLLOW_UP_WEEKS) > last:
        day = last - datetime.timedelta(weeks=FOLLOW_UP_WEEKS - weeks)
    return _on(working_day_near(day, first=first, last=last), hour, minute)


def _mid_term(hour, minute=0):
    """A working day at the middle of the current term (its mid-term review)."""
    first, last = _term_bounds(timezone.localdate())
    return _on(working_day_near(first + (last - first) / 2, first=first, last=last), hour, minute)


@dataclass
class DemoEvent:
    slug: str
    title: str
    kind: str
    starts_at: datetime.datetime
    hours: float
    description: str
    municipality: str | None = None  # a code; None for the whole network
    place: str = ""
    online_url: str = ""
    capacity: int | None = None
    waiting_list: bool = True
    course: str | None = None
    role: str = LinkedPageRole.PREPARATION
    required: bool = False
    registrations: int = 0  # demo people registered (past: most of them attended)
    extra: dict = field(default_factory=dict)


def programme_2021():
    return [
        DemoEvent(
            "verkoston-aloitusseminaari-2021",
            "Verkoston aloitusseminaari: kestävä kunnan johtaminen",
            EventKind.JOINT_SEMINAR,
            _at(2021, 9, 9, 9),
            6.5,
            "<p>USO-verkoston kuudennen kierroksen avaus. Miten sosiaalinen, taloudellinen ja ekologinen kestävyys "
            "tuodaan kunnan strategiseen johtamiseen ja arjen työhön? Kuntaliitto, FCG ja ympäristöministeriön "
            "Kestävä kaupunki -ohjelma.</p>",
            place=KUNTATALO,
            online_url="https://example.fi/uso/aloitusseminaari",
            capacity=120,
            course=SUSTAINABILITY_COURSE,
            registrations=12,
        ),
        DemoEvent(
            "hameenlinna-valtuuston-perehdytys-2021",
            "Hämeenlinnan uuden valtuuston perehdytysseminaari",
            EventKind.ORIENTATION_SEMINAR,
            _at(2021, 8, 26, 16),
            4,
            "<p>Uuden valtuuston perehdytys: valtuuston tehtävät, kunnan toimielimet, luottamushenkilön oikeudet ja "
            "velvollisuudet sekä kaksoisjohtaminen kunnan arjessa.</p>",
            municipality="109",
            place="Hämeenlinnan kaupungintalo, valtuustosali",
            capacity=80,
            course=ORIENTATION_COURSE,
            role=LinkedPageRole.FOLLOW_UP,
            registrations=6,
        ),
        DemoEvent(
            "porvoo-valtuuston-perehdytys-2021",
            "Porvoon valtuuston perehdytysseminaari",
            EventKind.ORIENTATION_SEMINAR,
            _at(2021, 9, 2, 17),
            3,
            "<p>Uusien ja jatkavien valtuutettujen yhteinen perehdytys valtuustokauden alkuun.</p>",
            municipality="638",
            place="Porvoon kaupungintalo",
            capacity=70,
            course=ORIENTATION_COURSE,
            role=LinkedPageRole.FOLLOW_UP,
            registrations=4,
        ),
        DemoEvent(
            "seinajoki-kehittamisseminaari-2021",
            "Seinäjoen valtuuston kehittämisseminaari: roolit ja yhteistyö",
            EventKind.DEVELOPMENT_SEMINAR,
            _at(2021, 9, 23, 13),
            4,
            "<p>Valtuuston, hallituksen ja johtavien viranhaltijoiden yhteinen seminaari rooleista ja "
            "luottamuksen rakentamisesta.</p>",
            municipality="743",
            place="Seinäjoen kaupungintalo",
            capacity=60,
            registrations=4,
        ),
        DemoEvent(
            "yhteisseminaari-kaksoisjohtaminen-2021",
            "Yhteisseminaari: toimiva kaksoisjohtaminen",
            EventKind.JOINT_SEMINAR,
            _at(2021, 10, 14, 12, 30),
            3.5,
            "<p>Poliittisen ja ammatillisen johtamisen työnjako ja yhteinen tilannekuva. Puheenvuoroja "
            "jäsenkunnista ja työskentelyä pienryhmissä.</p>",
            online_url="https://example.fi/uso/kaksoisjohtaminen",
            course=ORIENTATION_COURSE,
            registrations=10,
        ),
        DemoEvent(
            "lahti-strategiatyopaja-2021",
            "Lahden strategiatyöpaja: kestävyys kaupunkistrategiassa",
            EventKind.STRATEGY_WORKSHOP,
            _at(2021, 10, 28, 16),
            3,
            "<p>Työpajassa valtuusto ja johtoryhmä kirjaavat kestävyyden tavoitteet strategian luonnokseen.</p>",
            municipality="398",
            place="Lahden kaupungintalo",
            capacity=40,
            course=SUSTAINABILITY_COURSE,
            registrations=4,
        ),
        DemoEvent(
            "vertaistapaaminen-ensimmaiset-sata-paivaa-2021",
            "Luottamushenkilöiden vertaistapaaminen: ensimmäiset sata päivää",
            EventKind.PEER_EVENT,
            _at(2021, 11, 4, 17),
            2,
            "<p>Uudet valtuutetut eri jäsenkunnista vaihtavat kokemuksia kauden alusta.</p>",
            online_url="https://example.fi/uso/vertaistapaaminen",
            capacity=30,
            registrations=8,
        ),
        DemoEvent(
            "hameenlinna-strategiatyopaja-2021",
            "Hämeenlinnan strategiatyöpaja 1: kestävän kehityksen tavoitteet",
            EventKind.STRATEGY_WORKSHOP,
            _at(2021, 11, 16, 16),
            3,
            "<p>Kestävät kunnat 2030 -skenaarioista Hämeenlinnan strategian tavoitteisiin.</p>",
            municipality="109",
            place="Hämeenlinnan kaupungintalo",
            capacity=40,
            course=SUSTAINABILITY_COURSE,
            registrations=5,
        ),
        DemoEvent(
            "yhteisseminaari-kestavat-kunnat-2030",
            "Yhteisseminaari: Kestävät kunnat 2030 – skenaarioista strategiaan",
            EventKind.JOINT_SEMINAR,
            _at(2021, 11, 25, 9),
            6,
            "<p>Ennakointihankkeen neljä skenaariota ja kehityspolut: miten toivottu tulevaisuus, "
            "vähähiiliset hyvinvointiverkostot, näkyy kuntien strategioissa.</p>",
            place=KUNTATALO,
            online_url="https://example.fi/uso/kestavat-kunnat-2030",
            capacity=100,
            course=SUSTAINABILITY_COURSE,
            registrations=10,
        ),
    ]


def follow_up_events():
    return [
        DemoEvent(
            "hameenlinna-strategiatyopaja-jatko",
            "Hämeenlinnan strategiatyöpaja: kestävyystavoitteiden seuranta",
            EventKind.STRATEGY_WORKSHOP,
            _weeks_from_today(3, 16),
            3,
            "<p>Jatkotyöpaja valtuuston strategiatyölle: miten kestävyystavoitteiden toteutumista seurataan "
            "ja mitä valtuusto kysyy seurantaraporteilta. Valmistaudu käymällä läpi kurssi Kestävä kunnan "
            "johtaminen.</p>" + DEMO_NOTE,
            municipality="109",
            place="Hämeenlinnan kaupungintalo, valtuustosali",
            capacity=30,
            course=SUSTAINABILITY_COURSE,
            required=True,
            registrations=4,
        ),
        DemoEvent(
            "seinajoki-vertaisilta-jatko",
            "Seinäjoen valtuustoryhmien vertaisilta",
            EventKind.PEER_EVENT,
            _weeks_from_today(4, 17),
            2,
            "<p>Pieni keskusteluilta valtuustoryhmien puheenjohtajille. Paikkoja on vähän; täyttyneeseen "
            "tapahtumaan voi jonottaa.</p>" + DEMO_NOTE,
            municipality="743",
            place="Seinäjoen kaupungintalo, kokoushuone 2",
            capacity=3,
            registrations=4,
        ),
        DemoEvent(
            "porvoo-kehittamisseminaari-jatko",
            "Porvoon valtuuston kehittämisseminaari",
            EventKind.DEVELOPMENT_SEMINAR,
            _mid_term(13),
            4,
            "<p>Valtuustokauden puolivälin katsaus: mitä on opittu yhteistyöstä ja mitä muutetaan.</p>" + DEMO_NOTE,
            municipality="638",
            place="Porvoon kaupungintalo",
            capacity=60,
            registrations=2,
        ),
        DemoEvent(
            "verkoston-jatkoseminaari",
            "Verkoston jatkoseminaari: kestävän johtamisen välitilinpäätös",
            EventKind.JOINT_SEMINAR,
            _weeks_from_today(6, 12, 30),
            3.5,
            "<p>Jäsenkunnat kertovat, miten kestävä johtaminen on edennyt, ja verkosto sopii seuraavista "
            "askelista. Etätilaisuus.</p>" + DEMO_NOTE,
            online_url="https://example.fi/uso/jatkoseminaari",
            course=SUSTAINABILITY_COURSE,
            role=LinkedPageRole.FOLLOW_UP,
            registrations=6,
        ),
    ]


def memberships_ensure():
    network = Network.objects.filter(slug=NETWORK_SLUG).first()
    municipalities = {m.code: m for m in Municipality.objects.filter(code__in=MEMBER_CODES)}
    if network is not None:
        for municipality in municipalities.values():
            NetworkMembership.objects.get_or_create(
                network=network, municipality=municipality, defaults={"joined_on": datetime.date(2021, 8, 1)}
            )
    return municipalities


def people_ensure(municipalities):
    """People of each member municipality, to register for the demo events. The participation demo creates
    them; when it has not, a few of our own are made so that the events still have participants."""
    User = get_user_model()
    people = {}
    for code, municipality in municipalities.items():
        found = list(
            User.objects.filter(municipality=municipality, is_staff=False, is_superuser=False)
            .exclude(email__in=[COUNCILLOR_EMAIL])
            .exclude(groups__name=TRAINERS_GROUP)
            .order_by("email")
        )
        if not found:
            for n, (first, last) in enumerate(OWN_PEOPLE, start=1):
                person, created = User.objects.get_or_create(
                    email=f"tapahtumat.{code}.{n}@example.fi",
                    defaults={"first_name": first, "last_name": last, "municipality": municipality},
                )
                if created:
                    person.set_unusable_password()
                    person.save(update_fields=["password"])
                found.append(person)
        people[code] = found
    return people


def _event_upsert(index, data, municipalities, courses):
    duration = datetime.timedelta(hours=data.hours)
    fields = {
        "title": data.title,
        "kind": data.kind,
        "description": data.description,
        "starts_at": data.starts_at,
        "ends_at": data.starts_at + duration,
        "place": data.place,
        "online_url": data.online_url,
        "capacity": data.capacity,
        "waiting_list_enabled": data.waiting_list,
        "registration_deadline": data.starts_at - datetime.timedelta(days=2),
        "municipality": municipalities.get(data.municipality) if data.municipality else None,
        "linked_page": courses.get(data.course),
        "linked_page_role": data.role,
        "required_for_course": data.required and data.course in courses,
    }
    event = EventPage.objects.child_of(index).filter(slug=data.slug).first()
    if event is None:
        event = index.add_child(instance=EventPage(slug=data.slug, **fields))
    else:
        for name, value in fields.items():
            setattr(event, name, value)
        event.save()
    event.save_revision().publish()
    return event


def _register(event, person, *, status, attended, when):
    registration, created = Registration.objects.get_or_create(
        event=event,
        user=person,
        defaults={"status": status, "queued_at": when, "status_changed_at": when, "attended": attended},
    )
    if created and attended is not None:
        registration.attendance_marked_at = event.starts_at
        registration.save(update_fields=["attendance_marked_at"])
    return registration


def _registrations_load(event, data, people, *, is_past):
    if data.municipality:
        pool = people.get(data.municipality, [])
    else:  # a joint event: people of every member municipality, taken in turn
        lists = [people[code] for code in MEMBER_CODES if code in people]
        pool = [person for group in zip(*lists, strict=False) for person in group] if lists else []
    chosen = pool[: data.registrations]
    for n, person in enumerate(chosen):
        registered_at = event.starts_at - datetime.timedelta(days=20 - n % 15)
        when = min(registered_at, timezone.now()) - datetime.timedelta(hours=n + 1)
        full = event.capacity is not None and n >= event.capacity
        status = Registration.Status.WAITLISTED if full else Registration.Status.REGISTERED
        attended = (n % 5 != 4) if is_past and not full else None  # one in five did not come
        registration = _register(event, person, status=status, attended=attended, when=when)
        if is_past and registration.attended:
            _feedback_load(event, person, n)


def _feedback_load(event, person, n):
    marker, created = FeedbackGiven.objects.get_or_create(event=event, user=person)
    if created:
        FeedbackAnswer.objects.create(
            event=event, rating=5 - n % 3, comment=FEEDBACK_COMMENTS[n % len(FEEDBACK_COMMENTS)]
        )


def _trainer_ensure(event, trainer):
    if trainer is not None and not EventTrainer.objects.filter(event=event, user=trainer).exists():
        EventTrainer.objects.create(event=event, user=trainer)


@transaction.atomic
def events_demo_load(*, stdout=None):
    User = get_user_model()
    index = events_setup(home=home_page_ensure())
    municipalities = memberships_ensure()
    councillor = User.objects.filter(email=COUNCILLOR_EMAIL).first()
    if councillor is not None and councillor.municipality_id is None and "109" in municipalities:
        councillor.municipality = municipalities["109"]
        councillor.save(update_fields=["municipality"])
    trainer = User.objects.filter(email=TRAINER_EMAIL).first()
    people = people_ensure(municipalities)
    courses = {
        course.slug: course
        for course in CoursePage.objects.filter(slug__in=[ORIENTATION_COURSE, SUSTAINABILITY_COURSE])
    }
    now = timezone.now()
    events = []
    for data in programme_2021() + follow_up_events():
        event = _event_upsert(index, data, municipalities, courses)
        _trainer_ensure(event, trainer)
        _registrations_load(event, data, people, is_past=event.ends_at < now)
        events.append(event)
    hameenlinna = municipalities.get("109")
    if councillor is not None and hameenlinna is not None and councillor.municipality_id == hameenlinna.pk:
        # The demo councillor took part in the network's kick-off and has not yet given feedback on it.
        kickoff = events[0]
        _register(kickoff, councillor, status=Registration.Status.REGISTERED, attended=True, when=kickoff.starts_at)
    if stdout is not None:
        past = sum(1 for event in events if event.ends_at < now)
        stdout.write(f"Events: {len(events)} ({past} past, {len(events) - past} upcoming) in “{index.title}”")
    return {"index": index, "events": events}
