"""The data set and the tools of the authorisation matrix (test_authorization_matrix.py).

Municipality A is Hämeenlinna (109) and B is Porvoo (638), both members of the USO network. Each has a
learner with progress, a passed quiz, a shared reflection, a certificate and a badge, event registrations
with a needs note and a calendar feed, and a leader with a pending roster import. Every person's name and
email, and every private text, is distinctive, so a response body can be searched for them (`Markers`).
"""

import io
from dataclasses import dataclass, field

from django.contrib.auth.models import Permission
from django.utils import timezone
from django.utils.datastructures import MultiValueDict
from openpyxl import load_workbook
from wagtail.models import Locale

from api import services as api_services
from assessments import services as assessment_services
from certificates import services as certificate_services
from courses import services as course_services
from courses.models import Enrolment
from courses.setup import trainers_group_ensure
from discussions import access as discussion_access
from discussions import services as discussion_services
from discussions.models import DiscussionSetting, PeerGroup, PeerGroupMembership, Scope
from events import services as event_services
from events.models import Registration
from home.accessibility import accessibility_statement_ensure
from home.locales import locale_trees_sync
from home.setup import home_page_ensure
from municipalities.models import (
    JoinRequest,
    Municipality,
    MunicipalLeader,
    Network,
    Role,
    RoleAssignment,
)
from municipalities.terms import current_term
from rosters import services as roster_services
from rosters.models import Invitation
from rosters.tokens import invitation_token
from tests.assessments.builders import ids, make_quiz, make_quiz_lesson, question
from tests.builders import make_course, make_index, make_lesson, make_module, make_user
from tests.certificates.builders import make_badge_class
from tests.evaluations.builders import answer as evaluation_answer
from tests.evaluations.builders import items_of, make_member, make_round, make_survey
from tests.events.builders import make_event, make_events_index, member_municipality, shift_event
from tests.rosters.builders import FINNISH_HEADER, csv_bytes
from tests.supplements.builders import make_supplement

ROLES = (
    "anonymous",
    "learner_a",
    "learner_b",
    "leader_a",
    "leader_b",
    "trainer",
    "coordinator",
    "superuser",
)

# Whose side each role is on, for the leak checks. The trainer, the coordinator and the superuser see
# every municipality by design and are not leak-checked.
SIDE = {"learner_a": "a", "leader_a": "a", "learner_b": "b", "leader_b": "b"}


@dataclass
class Markers:
    """Texts that must not appear in a response unless the viewer may see them."""

    people: list = field(default_factory=list)  # names and emails: the municipality's leaders may see them
    private: list = field(default_factory=list)  # reflections and needs notes: only the person themselves


@dataclass
class Side:
    municipality: object
    learner: object
    leader: object
    roster_import: object
    invitation_token: str
    attempt: object
    certificate: object
    assertion: object
    feed_token: str
    event: object
    past_event: object
    markers: Markers


@dataclass
class World:
    a: Side
    b: Side
    users: dict
    course: object
    modules: list
    lessons: list
    quiz: object
    reflection_block_id: str
    badge_class: object
    network_event: object
    join_request: object
    local_lessons: dict = None  # municipality code -> its supplement's local lesson
    evaluation_round: object = None  # A's open evaluation round (evaluations/)
    question: object = None  # learner A's question in the lesson's municipal discussion (discussions/)
    peer_group: object = None  # a peer group of learner A alone
    api_token: object = None  # leader A's API key (api/)
    unused_quiz: object = None  # a quiz no page uses: its statistics are the superuser's alone


def _evaluation_round(side):
    """A's open round, answered by one other member: below the small-group limit, so its open answer is
    shown to no one (private to its writer, who is not a role here)."""
    round_ = make_round(make_survey(), side.municipality)
    text = "Avoin-arvio-A: luottamuksellinen palaute"
    open_item = next(item for item in items_of(round_.survey) if not item.is_likert)
    evaluation_answer(round_, make_member(side.municipality), open_texts={open_item.pk: text})
    side.markers.private.append(text)
    return round_


def _discussion(side, course, lesson):
    """A municipal discussion on the course with learner A's question: A's people, its leaders, trainers
    read it (docs/discussions.md), so its words are A's like the names are."""
    DiscussionSetting.objects.create(course=course, scope=Scope.MUNICIPALITY)
    title, body = "Kysymys-A: esteellisyys", "Viesti-A: kysyn lautakunnan esteellisyydestä"
    question = discussion_services.question_ask(
        viewer=discussion_access.viewer_for(side.learner), page=lesson, title=title, body=body
    )
    side.markers.people += [title, body]
    group = PeerGroup.objects.create(name="Vertaisryhmä A")
    PeerGroupMembership.objects.create(group=group, user=side.learner)
    return question, group


def _person(place, first_name, last_name, email):
    person = make_user(municipality=place, first_name=first_name, last_name=last_name, email=email)
    term = current_term()
    RoleAssignment.objects.create(user=person, municipality=place, term=term, role=Role.COUNCILLOR)
    return person


def _grant(user, app_label, codename):
    user.user_permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))


def _right_answers(quiz):
    data = MultiValueDict()
    for question_id, option_ids in ids(quiz):
        data.setlist(f"question-{question_id}", [option_ids[0]])  # question() puts the right option first
    return data


def _learner_progress(*, learner, world_course, lessons, quiz, block_id, reflection):
    course_services.enrolment_create(user=learner, course=world_course)
    attempt = assessment_services.quiz_attempt_start(user=learner, lesson_id=lessons[1].id, quiz_id=quiz.id)
    assessment_services.quiz_attempt_submit(user=learner, attempt_id=attempt.id, data=_right_answers(quiz))
    assessment_services.reflection_save(
        user=learner, lesson_id=lessons[0].id, block_id=block_id, text=reflection, share_with_trainers=True
    )
    for lesson in lessons:
        course_services.lesson_mark_done(user=learner, lesson=lesson)
    # The course is completed however the completion rules are set; the certificate needs only that.
    Enrolment.objects.filter(user=learner, course=world_course, completed_at__isnull=True).update(
        completed_at=timezone.now()
    )
    attempt.refresh_from_db()
    return attempt


def _side(*, code, letter, learner_name, leader_name, roster_name, course, lessons, quiz, block_id, trainer, index):
    place = member_municipality(code)
    first, last = learner_name
    learner = _person(place, first, last, f"{first.lower()}.{last.lower()}@{letter}-kunta.example")
    first, last = leader_name
    leader = make_user(first_name=first, last_name=last, email=f"{first.lower()}.{last.lower()}@{letter}-kunta.example")
    MunicipalLeader.objects.create(user=leader, municipality=place)
    reflection = f"Pohdinta-{letter.upper()}: oma salainen vastaukseni"
    needs = f"Erityisruokavalio-{letter.upper()}"

    attempt = _learner_progress(
        learner=learner, world_course=course, lessons=lessons, quiz=quiz, block_id=block_id, reflection=reflection
    )
    certificate = certificate_services.certificate_issue(user=learner, course_id=course.id)
    assertion = certificate_services.badge_assertion_issue(user=learner, course_id=course.id)

    event = make_event(index, municipality=place, capacity=20, trainers=[trainer], title=f"Kunnan työpaja {letter}")
    event_services.registration_create(event=event, user=learner, needs=needs)
    past_event = make_event(index, municipality=place, trainers=[trainer], title=f"Mennyt työpaja {letter}")
    event_services.registration_create(event=past_event, user=learner, needs=needs)
    past_event = shift_event(past_event, days=-30)
    Registration.objects.filter(event=past_event, user=learner).update(attended=True)
    feed = event_services.calendar_feed_ensure(user=learner)

    roster_first, roster_last = roster_name
    roster_email = f"{roster_first.lower()}.{roster_last.lower()}@{letter}-kunta.example"
    roster_import = roster_services.roster_import_create(
        municipality=place,
        uploaded_by=leader,
        file_name=f"roster-{letter}.csv",
        data=csv_bytes([FINNISH_HEADER, [f"{roster_first} {roster_last}", roster_email, "valtuutettu", "Valtuusto"]]),
    )
    invitation = Invitation.objects.create(user=learner, created_by=leader)

    # Last names, not full names: the exports write "Last, First".
    people = [learner.last_name, learner.email, leader.last_name, leader.email, roster_last, roster_email]
    return Side(
        municipality=place,
        learner=learner,
        leader=leader,
        roster_import=roster_import,
        invitation_token=invitation_token(invitation),
        attempt=attempt,
        certificate=certificate,
        assertion=assertion,
        feed_token=feed.token,
        event=event,
        past_event=past_event,
        markers=Markers(people=people, private=[reflection, needs]),
    )


def _translate(page, language_code):
    translation = page.copy_for_translation(Locale.objects.get(language_code=language_code), copy_parents=True)
    translation.title = f"{page.title} ({language_code})"
    translation.save_revision().publish()
    return translation


def world_build():
    home_page_ensure()
    course_index = make_index()
    trainers = trainers_group_ensure(course_index=course_index)
    accessibility_statement_ensure()  # StandardPages in fi, sv and en, and the Swedish home page
    events_index = make_events_index()

    course = make_course(course_index, title="Valtuutetun perusteet", slug="valtuutetun-perusteet")
    module = make_module(course, title="Roolit")
    reflection_body = [("reflection", {"question": "Miten valmistaudut kokoukseen?", "guidance": ""})]
    first = make_lesson(module, title="Valtuuston tehtävät", body=reflection_body)
    quiz = make_quiz(questions=[question()])
    second = make_quiz_lesson(module, quiz, title="Tietovisa")
    lessons = [first, second]
    block_id = next(child.id for child in first.body if child.block_type == "reflection")
    badge_class = make_badge_class(course)
    _translate(first, "sv")  # the Swedish course, module and lesson (copy_parents)

    users = {
        "trainer": make_user(first_name="Tuula", last_name="Kouluttaja", email="tuula.kouluttaja@example.fi"),
        "coordinator": make_user(first_name="Kaisa", last_name="Koordinaattori", email="kaisa.koord@example.fi"),
        "superuser": make_user(email="paakayttaja@example.fi", is_superuser=True, is_staff=True),
    }
    users["trainer"].groups.add(trainers)
    _grant(users["coordinator"], "wagtailadmin", "access_admin")
    _grant(users["coordinator"], "municipalities", "view_network")

    common = {
        "course": course,
        "lessons": lessons,
        "quiz": quiz,
        "block_id": block_id,
        "trainer": users["trainer"],
        "index": events_index,
    }
    a = _side(
        code="109",
        letter="a",
        learner_name=("Aune", "Ahvenlampi"),
        leader_name=("Leena", "Hakkarainen"),
        roster_name=("Ritva", "Rosterinen"),
        **common,
    )
    b = _side(
        code="638",
        letter="b",
        learner_name=("Britt", "Sandvikström"),
        leader_name=("Lars", "Ekholm"),
        roster_name=("Rasmus", "Rosenqvist"),
        **common,
    )
    users.update(learner_a=a.learner, learner_b=b.learner, leader_a=a.leader, leader_b=b.leader)
    # B's leaders have shared their people's names with the coordinator; A's have not (the default).
    Municipality.objects.filter(pk=b.municipality.pk).update(names_shared_with_coordinator=True)

    network_event = make_event(events_index, trainers=[users["trainer"]], title="Verkoston seminaari")
    for side in (a, b):
        event_services.registration_create(event=network_event, user=side.learner, needs="")

    # Each municipality's own supplement to the course, with a local lesson (supplements/).
    local_lessons = {}
    for side in (a, b):
        code = side.municipality.code
        _supplement, made = make_supplement(side.municipality, course, after_module=module, title=f"Oma osa {code}")
        local_lessons[code] = made[0]

    # The Swedish and English trees get aliases of every page not translated, as the demo loader does.
    locale_trees_sync()

    join_request = JoinRequest.objects.create(
        network=Network.objects.get(slug="uso-2021-2022"),
        municipality=Municipality.objects.get(code="049"),
        contact_name="Jaana Liittyjä",
        email="jaana.liittyja@example.fi",
        message="Haluamme mukaan.",
    )
    evaluation_round = _evaluation_round(a)
    discussion_question, peer_group = _discussion(a, course, first)
    api_token = api_services.api_token_create(user=a.leader, name="Avain-A-raportointi", municipality=a.municipality)
    a.markers.people.append(api_token.token.name)

    return World(
        evaluation_round=evaluation_round,
        question=discussion_question,
        peer_group=peer_group,
        api_token=api_token.token,
        a=a,
        b=b,
        users=users,
        course=course,
        modules=[module],
        lessons=lessons,
        quiz=quiz,
        reflection_block_id=block_id,
        badge_class=badge_class,
        network_event=network_event,
        join_request=join_request,
        local_lessons=local_lessons,
        unused_quiz=make_quiz(title="Käyttämätön testi", questions=[question()]),
    )


def forbidden_markers(world, role):
    """What `role` must never read: the other municipality's people and private texts, and the private texts
    of the own municipality's other people. Anonymous visitors read no one's data."""
    if role == "anonymous":
        return [text for side in (world.a, world.b) for text in side.markers.people + side.markers.private]
    if role not in SIDE:
        return []
    own, other = (world.a, world.b) if SIDE[role] == "a" else (world.b, world.a)
    forbidden = other.markers.people + other.markers.private
    if role.startswith("leader"):
        forbidden += own.markers.private
    return forbidden


def people_markers(world):
    return world.a.markers.people + world.b.markers.people


def private_markers(world):
    return world.a.markers.private + world.b.markers.private


def response_text(response):
    """The readable text of a response: HTML, JSON, CSV and iCalendar as they are, XLSX cell by cell.
    PDFs and PNGs are only ever served to their holder (asserted by status), so they are not read.
    Kept on the response: a streamed body can be read only once, and several checks read it."""
    if not hasattr(response, "_matrix_text"):
        response._matrix_text = _response_text(response)
    return response._matrix_text


def _response_text(response):
    content_type = response.get("Content-Type", "")
    body = b"".join(response.streaming_content) if getattr(response, "streaming", False) else response.content
    if "spreadsheetml" in content_type:
        workbook = load_workbook(io.BytesIO(body), read_only=True)
        return "\n".join(
            str(cell)
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
            for cell in row
            if cell is not None
        )
    if content_type.startswith(("application/pdf", "image/")):
        return ""
    text = body.decode("utf-8", errors="replace")
    # iCalendar folds long lines at 75 octets with CRLF + space.
    return text.replace("\r\n ", "")
