"""The data set the browser checks look at: a course with every lesson block type and a quiz, its Swedish
translation, and one person in each role. English has no translation: as on the real site, the English tree
holds aliases of the Finnish pages, shown with the English interface (where `lang` on the content matters).

Around them, what the pages of the other apps show when they are in use: the learner's quiz attempt,
reflection answers, event registrations and feedback, and a certificate with its badge; people with roles and
progress in Hämeenlinna for the leader's dashboard; a roster file with faulty rows waiting for the leader's
preview; an invitation link; the privacy notice.

Built once for the browser tests (see conftest.py) with the shared builders in tests/builders.py and the
builders of each app's tests, through the apps' own services.
"""

import datetime
from dataclasses import dataclass, field

from django.contrib.auth.models import Permission
from django.utils.datastructures import MultiValueDict
from wagtail.models import Locale

from assessments import services as assessment_services
from certificates import services as certificate_services
from courses import services
from courses.setup import trainers_group_ensure
from events import services as event_services
from events.models import EventKind, Registration
from home.accessibility import accessibility_statement_ensure
from home.locales import locale_trees_sync
from home.privacy_notice import privacy_notice_ensure
from municipalities.access import COORDINATOR_PERMISSION
from municipalities.models import Municipality, MunicipalLeader, Network, NetworkMembership, Role
from rosters import services as roster_services
from rosters.models import Invitation
from rosters.tokens import invitation_token
from tests.assessments.builders import ids, make_quiz, make_quiz_lesson, question
from tests.builders import make_course, make_index, make_lesson, make_module, make_user, translate
from tests.certificates.builders import make_badge_class
from tests.events.builders import make_event, make_events_index, shift_event
from tests.participation.builders import make_person, progress
from tests.rosters.builders import FINNISH_HEADER, csv_bytes

PASSWORD = "selain-testi-123"
HAMEENLINNA = "109"  # the municipality of everyone in the data set; the leader leads it
ROLES = ("anonymous", "learner", "trainer", "leader", "coordinator")
SIGNED_IN = ROLES[1:]

EVERY_BLOCK = [
    ("heading", {"text": "Mitä valtuutettu tekee", "level": "h2"}),
    ("paragraph", "<p>Valtuusto käyttää kunnan ylintä päätösvaltaa. <b>Tärkeää</b> on tuntea roolit.</p>"),
    ("key_point", {"title": "Muista", "text": "<p>Valtuusto päättää, hallitus valmistelee.</p>"}),
    (
        "case",
        {
            "title": "Talousarvion käsittely",
            "municipality": "Keskikokoinen kaupunki",
            "situation": "<p>Hallitus toi talousarvion valtuustoon myöhässä.</p>",
            "lesson": "<p>Aikataulusta sovitaan yhdessä.</p>",
            "source": "Keksitty esimerkki",
        },
    ),
    ("heading", {"text": "Pohdittavaa", "level": "h3"}),
    ("reflection", {"question": "Miten sinä valmistaudut kokoukseen?", "guidance": "Mieti viime kokousta."}),
    ("checklist", {"title": "Ennen kokousta", "items": ["Lue esityslista", "Kysy valmistelijalta"]}),
]


QUIZ_QUESTIONS = [
    question(
        "Kuka valmistelee valtuuston asiat?",
        options=(("Kunnanhallitus", True), ("Tarkastuslautakunta", False), ("Valtuuston puheenjohtaja", False)),
    ),
    question(
        "Mitkä näistä kuuluvat valtuuston tehtäviin?",
        options=(
            ("Talousarvion hyväksyminen", True),
            ("Kuntastrategian hyväksyminen", True),
            ("Laskujen maksaminen", False),
        ),
        multiple=True,
    ),
]

# A roster file as leaders send them, with two faulty rows: an email address that is not one, and a role
# the service does not know.
ROSTER_ROWS = [
    FINNISH_HEADER,
    ["Riikka Rosteri", "riikka.rosteri@example.fi", "valtuutettu", "Kaupunginvaltuusto"],
    ["Pekka Puutteellinen", "pekka.puutteellinen(at)example.fi", "varavaltuutettu", "Kaupunginvaltuusto"],
    ["Tuomo Tuntematon", "tuomo.tuntematon@example.fi", "ylipormestari", "Kaupunginhallitus"],
]


@dataclass
class SiteData:
    course: object
    modules: list
    lessons: list
    course_sv: object
    lessons_sv: list
    people: dict = field(default_factory=dict)
    quiz: object = None
    quiz_lesson: object = None
    attempt: object = None  # the learner's submitted attempt at the quiz
    open_attempt: object = None  # the trainer's, started and not yet submitted
    event: object = None  # upcoming, network-wide; the trainer trains, the learner is registered
    past_event: object = None  # Hämeenlinna's, over: the learner attended and may give feedback
    certificate: object = None  # the learner's, of `completed_course`
    completed_course: object = None
    roster_import: object = None  # the leader's, pending, with faulty rows
    invitation_token: str = ""

    def lesson_for(self, language):
        return self.lessons_sv[0] if language == "sv" else self.lessons[0]

    def course_for(self, language):
        return self.course_sv if language == "sv" else self.course

    def module_for(self, language):
        return self.lesson_for(language).get_parent()


def _people():
    hameenlinna = Municipality.objects.get(code=HAMEENLINNA)
    NetworkMembership.objects.get_or_create(
        network=Network.objects.get(slug="uso-2021-2022"),
        municipality=hameenlinna,
        defaults={"joined_on": datetime.date(2021, 8, 1)},
    )
    people = {
        role: make_user(email=f"{role}@example.fi", password=PASSWORD, municipality=hameenlinna)
        for role in (*SIGNED_IN, "keyboard")
    }
    people["trainer"].groups.add(trainers_group_ensure(course_index=make_index()))
    MunicipalLeader.objects.create(user=people["leader"], municipality=hameenlinna)
    # The leader has shared the names with the coordinator, so the coordinator's view of the dashboard is checked.
    Municipality.objects.filter(pk=hameenlinna.pk).update(names_shared_with_coordinator=True)
    app_label, codename = COORDINATOR_PERMISSION.split(".")
    people["coordinator"].user_permissions.add(
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
    )
    return people


def _answers(quiz, picks):
    """Form data choosing, for each question in turn, the options at the given positions."""
    data = MultiValueDict()
    for (question_id, option_ids), positions in zip(ids(quiz), picks, strict=True):
        data.setlist(f"question-{question_id}", [option_ids[position] for position in positions])
    return data


def _reflection_block_id(lesson):
    return next(child.id for child in lesson.body if child.block_type == "reflection")


def _learner_answers(site, learner):
    """One submitted attempt at the quiz, half right, and the reflection answered in every language's tree."""
    attempt = assessment_services.quiz_attempt_start(user=learner, lesson_id=site.quiz_lesson.id, quiz_id=site.quiz.id)
    half_right = [RIGHT_ANSWERS[0], [0, 2]]  # the second question with one right option and one wrong
    assessment_services.quiz_attempt_submit(user=learner, attempt_id=attempt.id, data=_answers(site.quiz, half_right))
    attempt.refresh_from_db()
    for code in ("fi", "sv", "en"):
        lesson = site.lessons[0].get_translation(Locale.objects.get(language_code=code))
        assessment_services.reflection_save(
            user=learner,
            lesson_id=lesson.id,
            block_id=_reflection_block_id(lesson),
            text="Luen esityslistan ajoissa ja kysyn valmistelijalta, jos jokin jää epäselväksi.",
            share_with_trainers=True,
        )
    return attempt


RIGHT_ANSWERS = [[0], [0, 1]]  # the positions of the right options of QUIZ_QUESTIONS


def _pass_quiz(person, site):
    attempt = assessment_services.quiz_attempt_start(user=person, lesson_id=site.quiz_lesson.id, quiz_id=site.quiz.id)
    assessment_services.quiz_attempt_submit(user=person, attempt_id=attempt.id, data=_answers(site.quiz, RIGHT_ANSWERS))


def _participants(site, hameenlinna):
    """Councillors and others of Hämeenlinna at every stage of the course, for the leader's dashboard: how
    many of the first two lessons each has done, and whether they passed the quiz (which completes it)."""
    stages = [
        ("Aino", "Aaltonen", Role.COUNCILLOR, 2, True),
        ("Bertta", "Berg", Role.COUNCILLOR, 1, False),
        ("Cecilia", "Carlsson", Role.BOARD_MEMBER, 2, True),
        ("Daniel", "Dahl", Role.DEPUTY_COUNCILLOR, 0, False),
        ("Eero", "Eskola", Role.COMMITTEE_MEMBER, None, False),  # not enrolled
        ("Fanny", "Forsman", Role.COUNCIL_CHAIR, 2, False),
    ]
    people = []
    for first_name, last_name, role, done, passes in stages:
        person = make_person(
            hameenlinna,
            role,
            first_name=first_name,
            last_name=last_name,
            email=f"{first_name.lower()}.{last_name.lower()}@hameenlinna.example.fi",
        )
        if done is not None:
            progress(person, site.course, site.lessons[:done])
        if passes:
            _pass_quiz(person, site)
        people.append(person)
    return people


def _events(people, participants):
    """An upcoming network seminar the learner has registered for, and a workshop of Hämeenlinna that is
    over: the learner attended and has not yet given feedback; two others have."""
    index = make_events_index()
    event = make_event(
        index,
        title="Verkoston kevätseminaari",
        slug="verkoston-kevatseminaari",
        kind=EventKind.JOINT_SEMINAR,
        capacity=40,
        trainers=[people["trainer"]],
    )
    event_services.registration_create(event=event, user=people["learner"], needs="Gluteeniton ruokavalio")
    event_services.registration_create(event=event, user=participants[0], needs="")

    past = make_event(
        index,
        title="Talousarviotyöpaja",
        slug="talousarviotyopaja",
        municipality=people["leader"].municipality,
        trainers=[people["trainer"]],
    )
    attendees = [people["learner"], *participants[:3]]
    for person in attendees:
        event_services.registration_create(event=past, user=person, needs="")
    past = shift_event(past, days=-14)
    Registration.objects.filter(event=past, user__in=attendees[:3]).update(attended=True)
    Registration.objects.filter(event=past, user=attendees[3]).update(attended=False)
    event_services.feedback_submit(event=past, user=attendees[1], rating=5, comment="Selkeät esimerkit.")
    event_services.feedback_submit(event=past, user=attendees[2], rating=3)
    return event, past


def _certificate(learner):
    """A second course, completed by the learner, with its certificate and badge."""
    course = make_course(title="Kunnan talous", slug="kunnan-talous", estimated_minutes=20)
    lesson = make_lesson(make_module(course, title="Talouden perusteet"), title="Tilinpäätös")
    make_badge_class(course)
    services.enrolment_create(user=learner, course=course)
    services.lesson_mark_done(user=learner, lesson=lesson)
    certificate = certificate_services.certificate_issue(user=learner, course_id=course.id)
    certificate_services.badge_assertion_issue(user=learner, course_id=course.id)
    return course, certificate


def _rosters(leader, hameenlinna):
    """A roster file with faulty rows waiting for the leader's preview, and an invitation link of someone
    the leader added earlier who has not yet chosen a password."""
    roster_import = roster_services.roster_import_create(
        municipality=hameenlinna, uploaded_by=leader, file_name="valtuusto.csv", data=csv_bytes(ROSTER_ROWS)
    )
    invited = make_person(hameenlinna, Role.DEPUTY_COUNCILLOR, first_name="Irja", last_name="Kutsuttu")
    invited.set_unusable_password()
    invited.save(update_fields=["password"])
    invitation = Invitation.objects.create(user=invited, created_by=leader)
    return roster_import, invitation_token(invitation)


def site_data_build():
    course = make_course(title="Valtuutetun perusteet", slug="valtuutetun-perusteet", estimated_minutes=45)
    course.tags.add("Kaksoisjohtaminen")
    course.save_revision().publish()
    first = make_module(course, title="Roolit ja vastuut", summary="Kuka tekee mitä kunnassa.")
    second = make_module(course, title="Talous")
    lessons = [
        make_lesson(first, title="Valtuuston tehtävät", summary="Lyhyt johdanto.", body=EVERY_BLOCK),
        make_lesson(first, title="Hallitus ja lautakunnat"),
        make_lesson(second, title="Talousarvio", is_required=False),
    ]
    quiz = make_quiz(questions=QUIZ_QUESTIONS, title="Tunnetko valtuuston tehtävät?", pass_mark_percent=80)
    quiz.max_attempts = 3
    quiz.save()
    quiz_lesson = make_quiz_lesson(first, quiz, title="Tarkista ymmärryksesi", slug="tarkista-ymmarryksesi")
    course_sv = translate(course, "sv", title="Grunderna för fullmäktigeledamöter", summary="Kort om rollerna.")
    translate(first, "sv", title="Roller och ansvar", summary="Vem gör vad i kommunen.")
    lessons_sv = [
        translate(lessons[0], "sv", title="Fullmäktiges uppgifter", summary="En kort inledning."),
        translate(lessons[1], "sv", title="Styrelsen och nämnderna"),
    ]
    accessibility_statement_ensure()
    privacy_notice_ensure()
    site = SiteData(
        course=course,
        modules=[first, second],
        lessons=lessons,
        course_sv=course_sv,
        lessons_sv=lessons_sv,
        people=_people(),
        quiz=quiz,
        quiz_lesson=quiz_lesson,
    )
    people = site.people
    hameenlinna = people["leader"].municipality
    site.completed_course, site.certificate = _certificate(people["learner"])
    participants = _participants(site, hameenlinna)
    site.event, site.past_event = _events(people, participants)
    locale_trees_sync()  # every page above, untranslated, in the Swedish and English trees

    services.enrolment_create(user=people["learner"], course=course)
    services.lesson_mark_done(user=people["learner"], lesson=lessons[1])
    site.attempt = _learner_answers(site, people["learner"])
    services.enrolment_create(user=people["keyboard"], course=course)
    # A trainer takes the course too, and is halfway through the quiz: the lesson shows its questions.
    services.enrolment_create(user=people["trainer"], course=course)
    site.open_attempt = assessment_services.quiz_attempt_start(
        user=people["trainer"], lesson_id=quiz_lesson.id, quiz_id=quiz.id
    )
    site.roster_import, site.invitation_token = _rosters(people["leader"], hameenlinna)
    return site
