"""The authorisation matrix: every URL the project serves, asked by every role, answers as the table says,
and no response shows one municipality's people to the other.

The URLs come from two places, so that a new view cannot be forgotten:
- the URL configuration: every named pattern of the project's own apps must have a row in CASES
  (test_every_project_url_has_a_row fails otherwise);
- the page tree: every live Wagtail page in every locale is requested, with the rule of its page type
  (PAGE_RULES; a new page type without a rule fails test_every_page_type_has_a_rule).

The data set (matrix.py) is built once for the module inside a transaction that is rolled back at the end;
each test runs in a savepoint of its own, and each request in a savepoint too, so a POST in one row
(enrolling, logging out, a new calendar address) cannot change what the next row sees.
"""

from dataclasses import dataclass
from http.cookies import SimpleCookie
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.shortcuts import resolve_url
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from wagtail.models import Page, get_page_models

from accounts.models import MunicipalSignOn
from discussions.notifications import unsubscribe_token as discussion_unsubscribe_token
from municipalities.models import Municipality
from rosters.tokens import unsubscribe_token
from tests.rosters.builders import FINNISH_HEADER, csv_bytes

from .matrix import ROLES, SIDE, forbidden_markers, people_markers, private_markers, response_text, world_build

pytestmark = pytest.mark.django_db

PROJECT_APPS = {
    "accounts",
    "courses",
    "municipalities",
    "home",
    "participation",
    "rosters",
    "events",
    "assessments",
    "certificates",
    "training",
    "supplements",
    "pairs",
    "evaluations",
    "discussions",
    "search",
    "api",
    "xapi",
}


ROSTER_FILE = csv_bytes([FINNISH_HEADER, ["Uusi Henkilö", "uusi.henkilo@example.fi", "valtuutettu", "Valtuusto"]])


def S(anonymous, learner_a, learner_b, leader_a, leader_b, trainer, coordinator, superuser):  # noqa: N802
    """Expected statuses in the order of ROLES."""
    return dict(
        zip(ROLES, (anonymous, learner_a, learner_b, leader_a, leader_b, trainer, coordinator, superuser), strict=True)
    )


def ALL(status):  # noqa: N802
    return dict.fromkeys(ROLES, status)


def SIGNED_IN(status, anonymous=302):  # noqa: N802
    return {**ALL(status), "anonymous": anonymous}


# Common shapes. "Own" objects belong to learner A (or B); only they may open them.
OWN_A = S(302, 200, 404, 404, 404, 404, 404, 404)
OWN_B = S(302, 404, 200, 404, 404, 404, 404, 404)
# Named lists of a municipality: its leaders and superusers; the coordinator only where the leaders shared the
# names (B has, A has not: privacy by default).
FOLLOWS_A = S(302, 404, 404, 200, 404, 404, 404, 200)
FOLLOWS_B = S(302, 404, 404, 404, 200, 404, 200, 200)
ADMIN_ANY = S(302, 302, 302, 302, 302, 200, 200, 200)  # Wagtail admin: access_admin only
COORDINATOR_ADMIN = S(302, 302, 302, 302, 302, 302, 200, 200)  # the network admin: view_network only
TRAINER_ADMIN = S(302, 302, 302, 302, 302, 200, 302, 200)  # quiz statistics (of their pages), shared reflections
SUPERUSER_ADMIN = S(302, 302, 302, 302, 302, 302, 302, 200)
# A municipality's own leaders and superusers, never the coordinator (the editors of its supplements).
FOLLOWS_A_ONLY_LEADER = S(302, 404, 404, 200, 404, 404, 404, 200)
# The municipalities a person leads, and no one else: not the coordinator, not a superuser (evaluations).
LEADS_A = S(302, 404, 404, 200, 404, 404, 404, 404)
LEADS_B = S(302, 404, 404, 404, 200, 404, 404, 404)
# Who reads learner A's question in a municipal discussion (discussions/access.py).
READS_A_THREAD = S(302, 302, 404, 302, 404, 302, 404, 302)
# Wagtail answers a refusal in the admin with a redirect (to the login, or to the dashboard with a message),
# not with 403; _refused() checks where such a 302 leads, and that an anonymous 302 elsewhere leads to login.


@dataclass
class Case:
    name: str  # URL name
    expected: dict
    kwargs: object = None  # world -> reverse() kwargs
    method: str = "get"
    data: object = None  # world -> POST data
    query: object = None  # world -> query string
    label: str = ""
    # The response shows a person's data to whoever holds the link, by design: certificate verification
    # and invitation links. Exempt from the leak check (the status is still asserted).
    public: bool = False
    # Roles that see the data of every municipality but must not see who is who on this page.
    names_hidden_from: tuple = ()
    # Roles that open the page but must not read the private texts on it (needs notes, reflections).
    private_hidden_from: tuple = ()

    @property
    def id(self):
        return f"{self.name}[{self.label}]" if self.label else self.name


def _course(w):
    return {"course_id": w.course.id}


def _a_round(w):
    return {"code": "109", "round_id": w.evaluation_round.id}


def _question(w):
    return {"post_id": w.question.id}


def _group(w):
    return {"group_id": w.peer_group.id}


def _lesson_quiz(w):
    return {"lesson_id": w.lessons[1].id, "quiz_id": w.quiz.id}


CASES = [
    # accounts
    Case("accounts:login", S(200, 302, 302, 302, 302, 302, 302, 302)),
    Case("accounts:logout", ALL(302), method="post"),
    Case("accounts:profile", SIGNED_IN(200)),
    Case("accounts:my_data", SIGNED_IN(200)),
    Case("accounts:my_data", SIGNED_IN(200), query=lambda w: "download=json", label="json"),
    Case("accounts:password_reset", ALL(200)),
    Case("accounts:password_reset_done", ALL(200)),
    Case(
        "accounts:password_reset_confirm",
        ALL(200),
        kwargs=lambda w: {"uidb64": urlsafe_base64_encode(force_bytes(w.a.learner.pk)), "token": "x-bad"},
        label="bad token",
    ),
    Case("accounts:password_reset_complete", ALL(200)),
    Case("accounts:password_change", SIGNED_IN(200)),
    Case("accounts:password_change_done", SIGNED_IN(200)),
    Case("language_switch", ALL(302), kwargs=lambda w: {"language_code": "sv"}, query=lambda w: "next=/"),
    # courses
    Case("courses:my_learning", SIGNED_IN(200)),
    Case("courses:enrol", SIGNED_IN(302), kwargs=_course, method="post"),
    # Only the enrolled mark lessons done, start quizzes and write reflections.
    Case(
        "courses:lesson_complete",
        S(302, 302, 302, 403, 403, 403, 403, 403),
        kwargs=lambda w: {"page_id": w.lessons[0].id},
        method="post",
    ),
    # assessments
    Case("assessments:attempt_start", S(302, 302, 302, 403, 403, 403, 403, 403), kwargs=_lesson_quiz, method="post"),
    Case(
        "assessments:attempt_submit",
        S(302, 409, 404, 404, 404, 404, 404, 404),
        kwargs=lambda w: {"attempt_id": w.a.attempt.id},
        method="post",
        label="A's attempt",
    ),
    Case("assessments:attempt_feedback", OWN_A, kwargs=lambda w: {"attempt_id": w.a.attempt.id}, label="A"),
    Case("assessments:attempt_feedback", OWN_B, kwargs=lambda w: {"attempt_id": w.b.attempt.id}, label="B"),
    Case(
        "assessments:reflection_save",
        SIGNED_IN(302),  # a person's own answer on a live lesson; unlike lesson_complete, no enrolment needed
        kwargs=lambda w: {"lesson_id": w.lessons[0].id, "block_id": w.reflection_block_id},
        method="post",
        data=lambda w: {f"reflection-{w.reflection_block_id[:8]}-text": "Uusi vastaus"},
    ),
    # certificates and badges
    Case("certificates:mine", SIGNED_IN(200)),
    Case("certificates:verify_lookup", ALL(200)),
    Case("certificates:certificate_for_course", S(302, 302, 302, 404, 404, 404, 404, 404), kwargs=_course),
    Case("certificates:verify", ALL(200), kwargs=lambda w: {"code": w.a.certificate.code}, public=True, label="A"),
    Case("certificates:verify", ALL(404), kwargs=lambda w: {"code": "AAAA-AAAA-AAAA-AAAA"}, label="unknown"),
    Case("certificates:certificate_pdf", OWN_A, kwargs=lambda w: {"code": w.a.certificate.code}, label="A"),
    Case("certificates:certificate_pdf", OWN_B, kwargs=lambda w: {"code": w.b.certificate.code}, label="B"),
    Case("certificates:issuer", ALL(200)),
    Case("certificates:revocation_list", ALL(200)),
    Case("certificates:badge_class", ALL(200), kwargs=lambda w: {"uid": w.badge_class.uid}),
    Case("certificates:badge_image", ALL(200), kwargs=lambda w: {"uid": w.badge_class.uid}),
    # The hosted assertion is public (Open Badges verifiers fetch it); it names the holder only by a hash.
    Case("certificates:assertion", ALL(200), kwargs=lambda w: {"uid": w.a.assertion.uid}, label="A"),
    Case("certificates:baked_badge", OWN_A, kwargs=lambda w: {"uid": w.a.assertion.uid}, label="A"),
    Case("certificates:baked_badge", OWN_B, kwargs=lambda w: {"uid": w.b.assertion.uid}, label="B"),
    Case("certificates:badge_for_course", S(302, 302, 302, 404, 404, 404, 404, 404), kwargs=_course),
    # rosters
    Case("rosters:roster", FOLLOWS_A, kwargs=lambda w: {"code": w.a.municipality.code}, label="A"),
    Case("rosters:roster", FOLLOWS_B, kwargs=lambda w: {"code": w.b.municipality.code}, label="B"),
    Case("rosters:import", FOLLOWS_A, kwargs=lambda w: {"code": w.a.municipality.code}, label="A"),
    Case("rosters:import", FOLLOWS_B, kwargs=lambda w: {"code": w.b.municipality.code}, label="B"),
    Case("rosters:rollover", FOLLOWS_A, kwargs=lambda w: {"code": w.a.municipality.code}, label="A"),
    Case("rosters:rollover", FOLLOWS_B, kwargs=lambda w: {"code": w.b.municipality.code}, label="B"),
    # A rollover file is an import: only the leader who uploaded it previews it.
    Case(
        "rosters:rollover_preview",
        S(302, 404, 404, 200, 404, 404, 404, 404),
        kwargs=lambda w: {"code": w.a.municipality.code, "import_id": w.a.roster_import.id},
        label="A",
    ),
    # An import belongs to the leader who uploaded it: not even the coordinator previews it.
    Case(
        "rosters:import_preview",
        S(302, 404, 404, 200, 404, 404, 404, 404),
        kwargs=lambda w: {"code": w.a.municipality.code, "import_id": w.a.roster_import.id},
        label="A",
    ),
    Case(
        "rosters:import_preview",
        S(302, 404, 404, 404, 200, 404, 404, 404),
        kwargs=lambda w: {"code": w.b.municipality.code, "import_id": w.b.roster_import.id},
        label="B",
    ),
    Case(
        "rosters:import_preview",
        ALL(404) | {"anonymous": 302},
        kwargs=lambda w: {"code": w.a.municipality.code, "import_id": w.b.roster_import.id},
        label="B's import under A's code",
    ),
    Case(
        "rosters:import_done",
        S(302, 404, 404, 302, 404, 404, 404, 404),  # pending: back to the preview
        kwargs=lambda w: {"code": w.a.municipality.code, "import_id": w.a.roster_import.id},
        label="A",
    ),
    Case("rosters:reminders", FOLLOWS_A, kwargs=lambda w: {"code": w.a.municipality.code}, label="A"),
    Case("rosters:reminders", FOLLOWS_B, kwargs=lambda w: {"code": w.b.municipality.code}, label="B"),
    # Writes for B: only those who follow B get through (the savepoint undoes it, the emails never leave).
    Case(
        "rosters:reminders",
        S(302, 404, 404, 404, 200, 404, 200, 200),  # 200: "no one to remind", everyone in B has started
        kwargs=lambda w: {"code": w.b.municipality.code},
        method="post",
        data=lambda w: {"course": w.course.id, "target": "not_started", "send": "1"},
        label="B, sending",
    ),
    Case(
        "rosters:import",
        S(302, 404, 404, 404, 302, 404, 302, 302),
        kwargs=lambda w: {"code": w.b.municipality.code},
        method="post",
        data=lambda w: {"file": SimpleUploadedFile("b.csv", ROSTER_FILE, content_type="text/csv")},
        label="B, uploading",
    ),
    # The link is the key (people open it before they have a password), so whoever holds it sees the form.
    Case("rosters:invitation", ALL(200), kwargs=lambda w: {"token": w.a.invitation_token}, public=True, label="A"),
    Case("rosters:invitation", ALL(410), kwargs=lambda w: {"token": "forged"}, label="forged"),
    # The unsubscribe link of a reminder is the key too (no login); the page asks before it changes anything,
    # the one-click address (RFC 8058) acts on a POST alone. A forged token is refused, whoever sends it.
    Case("rosters:reminders_unsubscribe", ALL(200), kwargs=lambda w: {"token": unsubscribe_token(w.a.learner)}),
    Case("rosters:reminders_unsubscribe", ALL(400), kwargs=lambda w: {"token": "forged"}, label="forged"),
    Case(
        "rosters:reminders_one_click",
        ALL(200),
        kwargs=lambda w: {"token": unsubscribe_token(w.a.learner)},
        method="post",
        data=lambda w: {"List-Unsubscribe": "One-Click"},
        label="A",
    ),
    Case(
        "rosters:reminders_one_click",
        ALL(400),
        kwargs=lambda w: {"token": "forged"},
        method="post",
        data=lambda w: {"List-Unsubscribe": "One-Click"},
        label="forged",
    ),
    Case("rosters:network", ALL(200)),
    Case("rosters:join_request_sent", ALL(200)),
    # The coordinator's page in the site: view_network only, no admin rights needed.
    Case("rosters:join_requests", S(302, 403, 403, 403, 403, 403, 200, 200)),
    *[
        Case(
            f"rosters:join_request_{decision}",
            S(302, 403, 403, 403, 403, 403, 302, 302),  # 302: back to the requests, decided
            kwargs=lambda w: {"request_id": w.join_request.pk},
            method="post",
        )
        for decision in ("approve", "decline")
    ],
    Case(
        "rosters:member_add",
        S(302, 403, 403, 403, 403, 403, 302, 302),
        method="post",
        data=lambda w: {"municipality": Municipality.objects.get(code="020").pk, "joined_on": "2025-09-01"},
    ),
    # events
    Case("events:my_events", SIGNED_IN(200)),
    Case("events:feed_regenerate", SIGNED_IN(302), method="post"),
    # Calendar apps cannot sign in: the secret token is the only key, whoever presents it.
    Case("events:feed", ALL(200), kwargs=lambda w: {"token": w.a.feed_token}, label="A"),
    Case("events:feed", ALL(404), kwargs=lambda w: {"token": "not-a-token"}, label="unknown"),
    Case(
        "events:register",
        S(302, 409, 404, 409, 404, 409, 409, 409),  # A's learner is registered already; the rest have no home
        kwargs=lambda w: {"event_id": w.a.event.id},
        method="post",
        label="A's event",
    ),
    Case(
        "events:cancel",
        S(302, 302, 404, 409, 404, 409, 409, 409),
        kwargs=lambda w: {"event_id": w.a.event.id},
        method="post",
        label="A's event",
    ),
    Case(
        "events:event_ics",
        S(404, 200, 404, 200, 404, 200, 200, 200),
        kwargs=lambda w: {"event_id": w.a.event.id},
        label="A's event",
    ),
    # A leader with no municipality of their own sees only the events of the municipalities they follow, not
    # the network's joint events (tests/events/test_access.py asserts the same for the calendar).
    Case(
        "events:event_ics",
        S(200, 200, 200, 404, 404, 200, 200, 200),
        kwargs=lambda w: {"event_id": w.network_event.id},
        label="network event",
    ),
    # The coordinator and superusers organise every event, but the needs notes are for the event's own
    # trainers (the world's trainer is one of them).
    Case(
        "events:roster",
        S(302, 403, 404, 403, 404, 200, 200, 200),
        kwargs=lambda w: {"event_id": w.a.event.id},
        label="A's event",
        private_hidden_from=("coordinator", "superuser"),
    ),
    Case(
        "events:attendance_import",
        S(302, 403, 404, 403, 404, 200, 200, 200),
        kwargs=lambda w: {"event_id": w.a.event.id},
        label="A's event",
    ),
    Case(
        "events:feedback",
        S(302, 200, 404, 403, 404, 403, 403, 403),
        kwargs=lambda w: {"event_id": w.a.past_event.id},
        label="A's past event",
    ),
    Case(
        "events:feedback_results",
        S(302, 403, 404, 200, 404, 200, 200, 200),
        kwargs=lambda w: {"event_id": w.a.past_event.id},
        label="A's past event",
    ),
    # participation dashboards
    Case("participation:index", S(302, 403, 403, 302, 302, 403, 200, 200), names_hidden_from=("coordinator",)),
    Case("participation:municipality", FOLLOWS_A, kwargs=lambda w: {"code": w.a.municipality.code}, label="A"),
    Case("participation:municipality", FOLLOWS_B, kwargs=lambda w: {"code": w.b.municipality.code}, label="B"),
    *[
        Case(
            f"participation:{name}",
            follows,
            kwargs=lambda w, side=side, file_format=file_format: {
                "code": getattr(w, side).municipality.code,
                "file_format": file_format,
            },
            query=lambda w: f"course={w.course.id}",
            label=f"{side.upper()} {file_format}",
        )
        for name in ("participants_export", "summary_export")
        for side, follows in (("a", FOLLOWS_A), ("b", FOLLOWS_B))
        for file_format in ("csv", "xlsx")
    ],
    Case("participation:module_summary_export", FOLLOWS_A, kwargs=lambda w: {"code": w.a.municipality.code}, label="A"),
    Case("participation:module_summary_export", FOLLOWS_B, kwargs=lambda w: {"code": w.b.municipality.code}, label="B"),
    # Only a municipality's own leaders share its names with the coordinator, or take that back.
    Case(
        "participation:coordinator_names",
        S(302, 404, 404, 302, 404, 404, 404, 404),
        kwargs=lambda w: {"code": w.a.municipality.code},
        method="post",
        data=lambda w: {"shared": "1"},
        label="A, sharing",
    ),
    Case(
        "participation:coordinator_names",
        S(302, 404, 404, 404, 302, 404, 404, 404),
        kwargs=lambda w: {"code": w.b.municipality.code},
        method="post",
        data=lambda w: {"shared": "0"},
        label="B, taking back",
    ),
    Case(
        "participation:coordinator_names",
        S(302, 405, 405, 405, 405, 405, 405, 405),
        kwargs=lambda w: {"code": w.a.municipality.code},
        label="GET",
    ),
    Case("participation:network", S(302, 403, 403, 403, 403, 403, 200, 200), names_hidden_from=("coordinator",)),
    *[
        Case(
            "participation:network_export",
            S(302, 403, 403, 403, 403, 403, 200, 200),
            kwargs=lambda w, file_format=file_format: {"file_format": file_format},
            query=lambda w: f"course={w.course.id}",
            label=file_format,
            names_hidden_from=("coordinator",),
        )
        for file_format in ("csv", "xlsx")
    ],
    # Wagtail admin: the project's own admin views, and a few representative Wagtail ones
    Case("wagtailadmin_home", ADMIN_ANY),
    Case(
        "wagtailadmin_pages:edit",
        S(302, 302, 302, 302, 302, 200, 302, 200),
        kwargs=lambda w: {"page_id": w.course.id},
        label="course",
    ),
    Case("wagtailsnippets_certificates_certificate:list", SUPERUSER_ADMIN),
    Case("courses_translation_status", ADMIN_ANY),
    Case("assessments_admin:statistics_index", TRAINER_ADMIN),
    # Trainers read shared reflections "without your name" and quiz figures without names.
    Case(
        "assessments_admin:statistics",
        TRAINER_ADMIN,
        kwargs=lambda w: {"quiz_id": w.quiz.id},
        names_hidden_from=("trainer",),
    ),
    Case(
        "assessments_admin:statistics_csv",
        TRAINER_ADMIN,
        kwargs=lambda w: {"quiz_id": w.quiz.id},
        names_hidden_from=("trainer",),
    ),
    # Statistics follow the pages a person may edit (assessments/statistics_access.py): a quiz used in no page
    # the trainer may edit is not found for them; the coordinator, who edits no page, is refused.
    Case(
        "assessments_admin:statistics",
        S(302, 302, 302, 302, 302, 404, 302, 200),
        kwargs=lambda w: {"quiz_id": w.unused_quiz.id},
        label="quiz used nowhere",
    ),
    Case(
        "assessments_admin:statistics_csv",
        S(302, 302, 302, 302, 302, 404, 302, 200),
        kwargs=lambda w: {"quiz_id": w.unused_quiz.id},
        label="quiz used nowhere",
    ),
    Case("assessments_admin:reflections_index", TRAINER_ADMIN, names_hidden_from=("trainer",)),
    Case(
        "assessments_admin:reflections",
        TRAINER_ADMIN,
        kwargs=lambda w: {"lesson_id": w.lessons[0].id},
        names_hidden_from=("trainer",),
        label="shared answers",
    ),
    *[
        Case(f"{namespace}:{name}", COORDINATOR_ADMIN)
        for namespace in ("uso_join_requests", "uso_municipalities", "uso_memberships", "uso_leaders", "uso_roles")
        for name in ("index", "index_results")
    ],
    *[
        Case(f"uso_join_requests:{name}", COORDINATOR_ADMIN, kwargs=lambda w: {"pk": w.join_request.pk})
        for name in ("approve", "decline")
    ],
    # A municipality's own supplement: marked done by its own enrolled people only (supplements/).
    Case(
        "supplements:lesson_complete",
        S(302, 302, 404, 404, 404, 404, 404, 404),
        kwargs=lambda w: {"page_id": w.local_lessons["109"].id},
        method="post",
    ),
    Case("supplements:editors", FOLLOWS_A_ONLY_LEADER, kwargs=lambda w: {"code": "109"}),
    # The leadership pair's space: nobody here holds a pair role, so everyone signed in is refused.
    Case("pairs:space", SIGNED_IN(403)),
    Case("pairs:task_mark", SIGNED_IN(403), kwargs=lambda w: {"task_id": 1}, method="post"),
    Case("pairs:note_create", SIGNED_IN(403), method="post", data=lambda w: {"text": "x"}),
    Case("pairs:note_delete", SIGNED_IN(403), kwargs=lambda w: {"note_id": 1}, method="post"),
    # evaluations: a leader reads and closes only the rounds of the municipalities they lead (not even the
    # coordinator or a superuser: they see network figures); only a round's audience answers it.
    Case("evaluations:index", SIGNED_IN(200)),
    Case("evaluations:network", S(302, 403, 403, 403, 403, 403, 200, 200)),
    Case("evaluations:answer", OWN_A, kwargs=lambda w: {"round_id": w.evaluation_round.id}, label="A's round"),
    Case("evaluations:municipality", LEADS_A, kwargs=lambda w: {"code": "109"}, label="A"),
    Case("evaluations:municipality", LEADS_B, kwargs=lambda w: {"code": "638"}, label="B"),
    Case(
        "evaluations:round_open",
        S(302, 404, 404, 400, 404, 404, 404, 404),  # 400: the empty form, refused without a change
        kwargs=lambda w: {"code": "109"},
        method="post",
        label="A, empty form",
    ),
    *[Case(f"evaluations:{name}", LEADS_A, kwargs=_a_round, label="A") for name in ("results", "results_print")],
    Case(
        "evaluations:results",
        ALL(404) | {"anonymous": 302},
        kwargs=lambda w: {"code": "638", "round_id": w.evaluation_round.id},
        label="A's round under B's code",
    ),
    # Too few answers for results: back to the results page, which says so.
    Case("evaluations:results_export", S(302, 404, 404, 302, 404, 404, 404, 404), kwargs=_a_round, label="A"),
    Case(
        "evaluations:round_close",
        S(302, 404, 404, 302, 404, 404, 404, 404),
        kwargs=_a_round,
        method="post",
        label="A",
    ),
    # discussions: A's municipal thread is read by A's people, A's leaders and trainers (superusers are
    # trainers here); not by B, nor by the coordinator (figures, not words). Whoever cannot read it gets 404;
    # whoever reads it is sent back to the discussion (a refusal there is a message).
    Case(
        "discussions:ask",
        SIGNED_IN(302),
        kwargs=lambda w: {"page_id": w.lessons[0].id},
        method="post",
        data=lambda w: {"title": "Uusi", "body": "Uusi kysymys"},
    ),
    *[
        Case(f"discussions:{name}", READS_A_THREAD, kwargs=_question, method="post", data=data, label="A's thread")
        for name, data in (
            ("answer", lambda w: {"body": "Vastaus"}),
            ("helpful", None),
            ("hide", lambda w: {"reason": "Asiaton"}),
            ("report", lambda w: {"reason": "Asiaton"}),
        )
    ],
    Case("discussions:reported", S(302, 404, 404, 404, 404, 200, 200, 200)),
    Case("discussions:preferences", SIGNED_IN(200)),
    # The link in a reply e-mail is the key, as the roster reminders' (no login).
    Case(
        "discussions:unsubscribe",
        ALL(200),
        kwargs=lambda w: {"token": discussion_unsubscribe_token(w.a.learner)},
        label="A",
    ),
    Case("discussions:unsubscribe", ALL(400), kwargs=lambda w: {"token": "forged"}, label="forged"),
    Case(
        "discussions:one_click",
        ALL(200),
        kwargs=lambda w: {"token": discussion_unsubscribe_token(w.a.learner)},
        method="post",
        data=lambda w: {"List-Unsubscribe": "One-Click"},
        label="A",
    ),
    Case(
        "discussions:one_click",
        ALL(400),
        kwargs=lambda w: {"token": "forged"},
        method="post",
        data=lambda w: {"List-Unsubscribe": "One-Click"},
        label="forged",
    ),
    Case("discussions:moderators", LEADS_A, kwargs=lambda w: {"code": "109"}, label="A"),
    Case("discussions:groups", SIGNED_IN(200)),
    # A peer group: its members (learner A) and the coordinator (superusers are coordinators here).
    Case("discussions:group", S(302, 200, 404, 404, 404, 404, 200, 200), kwargs=_group),
    Case(
        "discussions:ask_in_group",
        S(302, 302, 404, 404, 404, 404, 302, 302),
        kwargs=_group,
        method="post",
        data=lambda w: {"title": "Ryhmän kysymys", "body": "Kysyn ryhmältä"},
    ),
    Case(
        "discussions:group_members",
        S(302, 404, 404, 404, 404, 404, 302, 302),
        kwargs=_group,
        method="post",
        data=lambda w: {"action": "email", "email": "ei.ole@example.fi"},
    ),
    Case(
        "discussions:group_events",
        S(302, 404, 404, 404, 404, 404, 302, 302),
        kwargs=_group,
        method="post",
        data=lambda w: {"action": "add", "event": str(w.a.event.id)},
    ),
    # search: public pages only, for everyone.
    Case("search:search", ALL(200), query=lambda w: "q=valtuusto", label="q"),
    # API keys: leaders (their municipality) and the coordinator (the network) make keys; a key is revoked
    # only by the person who made it.
    Case("api_keys:tokens", S(302, 403, 403, 200, 200, 403, 200, 200)),
    Case(
        "api_keys:token_revoke",
        S(302, 404, 404, 302, 404, 404, 404, 404),
        kwargs=lambda w: {"token_id": w.api_token.id},
        method="post",
        label="A's key",
    ),
    # The API (/api/v1/) takes a key, never the site's session: signed in or not, no key is no access. The
    # keys' own matrix (which key reads which municipality) is in tests/api/test_access.py.
    *[
        Case(f"api:{name}", ALL(401), kwargs=kwargs, label="no key")
        for name, kwargs in (
            ("municipalities", None),
            ("municipality_figures", lambda w: {"code": "109"}),
            ("participants", lambda w: {"code": "109", "course_id": w.course.id}),
            ("terms", None),
            ("courses", None),
            ("network_figures", None),
        )
    ],
    Case("api:schema", ALL(200)),
    Case("api:docs", ALL(200)),
    # The audit log: administrators only, read-only.
    *[Case(f"audit_log:{name}", SUPERUSER_ADMIN) for name in ("index", "index_results")],
    # Sign-in with the municipality's account: switched on nowhere in the data set, so its addresses do not
    # exist for anyone (tests/accounts/test_sign_on.py runs them against a real provider).
    Case("accounts:sign_on_start", ALL(404), kwargs=lambda w: {"code": "109"}),
    Case("accounts:sign_on_callback", ALL(404), kwargs=lambda w: {"code": "109"}, query=lambda w: "code=x&state=y"),
    # Its configuration in the admin: administrators only, since whoever sets it decides who may sign in.
    *[Case(f"municipal_sign_on:{name}", SUPERUSER_ADMIN) for name in ("index", "index_results", "add")],
    *[
        Case(f"municipal_sign_on:{name}", SUPERUSER_ADMIN, kwargs=lambda w: {"pk": _sign_on(w).pk})
        for name in ("edit", "delete")
    ],
]


def _sign_on(w):
    """A switched-off configuration for A's municipality, for the admin rows (rolled back with the test)."""
    sign_on, _created = MunicipalSignOn.objects.get_or_create(
        municipality=Municipality.objects.get(code="109"),
        defaults={"issuer": "https://login.example.fi/o", "client_id": "x", "client_secret": "y"},
    )
    return sign_on


# The page tree: the rule of each page type, as role -> status for a given page.
def _event_rule(page):
    if page.municipality_id is None:
        return {**ALL(200), "leader_a": 404, "leader_b": 404}  # see the network event's row in CASES
    side = {"109": "a", "638": "b"}[page.municipality.code]
    return {role: 302 if role == "anonymous" else 200 if SIDE.get(role, side) == side else 404 for role in ROLES}


def _local_rule(page):
    """A municipality's supplement pages: its own people and leaders, trainers and superusers (supplements/)."""
    side = {"109": "a", "638": "b"}[_local_municipality_code(page)]
    rule = {role: 200 if SIDE.get(role) == side else 404 for role in ROLES}
    return {**rule, "trainer": 200, "superuser": 200}


def _local_municipality_code(page):
    from supplements.models import MunicipalitySupplementsPage

    folder = MunicipalitySupplementsPage.objects.ancestor_of(page, inclusive=True).select_related("municipality")
    return folder.get().municipality.code


PAGE_RULES = {
    "home.HomePage": lambda page: ALL(200),
    "home.StandardPage": lambda page: ALL(200),
    "courses.CourseIndexPage": lambda page: ALL(200),
    "courses.CoursePage": lambda page: ALL(200),
    "courses.ModulePage": lambda page: ALL(200),
    "courses.LessonPage": lambda page: ALL(200),
    "events.EventIndexPage": lambda page: ALL(200),
    "events.EventPage": _event_rule,
    "supplements.LocalSupplementIndexPage": lambda page: {**ALL(200), "anonymous": 404},
    "supplements.MunicipalitySupplementsPage": _local_rule,
    "supplements.LocalSupplementPage": _local_rule,
    "supplements.LocalLessonPage": _local_rule,
}


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The data set, built once and rolled back after the module's last test."""
    with django_db_blocker.unblock():
        cache.clear()
        outer = transaction.atomic()
        outer.__enter__()
        try:
            data = world_build()
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    yield data
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)
        cache.clear()


def _client_for(world, role):
    client = Client(raise_request_exception=False)
    if role != "anonymous":
        client.force_login(world.users[role])
    return client, SimpleCookie(client.cookies.output(header="", sep="\n"))


def _request(client, cookies, method, url, data=None):
    """One request in a savepoint that is rolled back, with the role's session restored first."""
    client.cookies = SimpleCookie(cookies.output(header="", sep="\n"))
    with transaction.atomic():
        response = getattr(client, method)(url, data or {})
        transaction.set_rollback(True)
    if method != "get":
        cache.clear()  # cached figures may count a row that was just rolled back
    return response


def _redirect_is_right(case, role, url, response):
    """A 302 meant as a refusal goes where refusals go: the admin's refusals, and the login page for
    anonymous visitors of pages that need it (rows where every role gets 302, like logging out, excepted)."""
    if response.status_code != 302:
        return True
    if url.startswith("/admin/"):
        return case.expected[role] == 200 or _denied_in_admin(response)
    if role == "anonymous" and set(case.expected.values()) != {302}:
        return urlsplit(response["Location"]).path == reverse("accounts:login")
    return True


def _denied_in_admin(response):
    """Wagtail's refusal: to its login page (anonymous), to the signed-in person's own start page (no admin
    access), or to the admin dashboard with a message (no permission for this view)."""
    refusals = {reverse("wagtailadmin_login"), reverse("wagtailadmin_home"), resolve_url(settings.LOGIN_REDIRECT_URL)}
    return urlsplit(response["Location"]).path in refusals


def _leaks(world, role, response, *, public=False):
    if public or response.status_code != 200:
        return []
    text = response_text(response)
    return [marker for marker in forbidden_markers(world, role) if marker in text]


def _url(world, case):
    url = reverse(case.name, kwargs=case.kwargs(world) if case.kwargs else None)
    return f"{url}?{case.query(world)}" if case.query else url


@pytest.mark.parametrize("role", ROLES)
def test_every_url_answers_each_role_as_the_table_says(world, role):
    client, cookies = _client_for(world, role)
    wrong, leaked = [], []
    for case in CASES:
        url = _url(world, case)
        response = _request(client, cookies, case.method, url, case.data(world) if case.data else None)
        if response.status_code != case.expected[role]:
            wrong.append(
                f"{case.id} {case.method.upper()} {url}: expected {case.expected[role]}, got {response.status_code}"
            )
        elif not _redirect_is_right(case, role, url, response):
            wrong.append(f"{case.id} {url}: a redirect to {response['Location']}, not a refusal")
        leaks = _leaks(world, role, response, public=case.public)
        if role in case.names_hidden_from and response.status_code == 200:
            leaks += [marker for marker in people_markers(world) if marker in response_text(response)]
        if role in case.private_hidden_from and response.status_code == 200:
            leaks += [marker for marker in private_markers(world) if marker in response_text(response)]
        if leaks:
            leaked.append(f"{case.id} {url}: {leaks}")
    assert not wrong, f"{role}:\n" + "\n".join(wrong)
    assert not leaked, f"{role} reads what is not theirs:\n" + "\n".join(leaked)


def _live_pages():
    return list(Page.objects.live().filter(depth__gt=1).specific().select_related("locale"))


@pytest.mark.parametrize("role", ROLES)
def test_every_live_page_answers_each_role_as_its_type_says(world, role):
    client, cookies = _client_for(world, role)
    pages = _live_pages()
    locales = {page.locale.language_code for page in pages}
    assert {"fi", "sv", "en"} <= locales, "the data set has pages in every content language"
    wrong, leaked = [], []
    for page in pages:
        expected = PAGE_RULES[page.specific_class._meta.label](page)[role]
        url = page.get_url()
        response = _request(client, cookies, "get", url)
        if response.status_code != expected:
            wrong.append(f"{page.specific_class.__name__} {url}: expected {expected}, got {response.status_code}")
        elif expected == 302 and urlsplit(response["Location"]).path != reverse("accounts:login"):
            wrong.append(f"{page.specific_class.__name__} {url}: a redirect to {response['Location']}, not to login")
        leaks = _leaks(world, role, response)
        if leaks:
            leaked.append(f"{url}: {leaks}")
    assert not wrong, f"{role}:\n" + "\n".join(wrong)
    assert not leaked, f"{role} reads what is not theirs:\n" + "\n".join(leaked)


def _named_patterns(patterns, namespace=None):
    """(full name, callback module) of every named URL pattern, through includes and i18n_patterns."""
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = ":".join(part for part in (namespace, pattern.namespace) if part) or None
            yield from _named_patterns(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            name = f"{namespace}:{pattern.name}" if namespace else pattern.name
            yield name, getattr(pattern.callback, "__module__", "") or ""


def _project_url_names():
    names = set()
    for name, module in _named_patterns(get_resolver().url_patterns):
        namespace_app = name.split(":")[0] if ":" in name else ""
        if namespace_app in PROJECT_APPS or module.split(".")[0] in PROJECT_APPS:
            names.add(name)
    return names


def test_every_project_url_has_a_row():
    project = _project_url_names()
    assert len(project) > 50, "the URL walk finds the project's patterns"
    missing = sorted(project - {case.name for case in CASES})
    assert not missing, f"URL names without a row in the authorisation matrix: {missing}"


def test_every_row_names_a_real_url():
    names = {name for name, _module in _named_patterns(get_resolver().url_patterns)}
    assert not {case.name for case in CASES} - names


def test_every_page_type_has_a_rule(world):
    types = {page.specific_class._meta.label for page in _live_pages()}
    all_types = {model._meta.label for model in get_page_models() if model._meta.app_label in PROJECT_APPS}
    assert types == all_types, "the data set has a live page of every page type of the project"
    assert not all_types - PAGE_RULES.keys()


@pytest.mark.parametrize("role", ["learner_a", "leader_a"])
def test_the_leak_check_can_fail(world, role):
    """The leak check finds B's data when it is there: the coordinator's export of B, read as if by A."""
    client, cookies = _client_for(world, "coordinator")
    url = reverse("participation:participants_export", kwargs={"code": "638", "file_format": "xlsx"})
    response = _request(client, cookies, "get", f"{url}?course={world.course.id}")
    assert response.status_code == 200
    assert world.b.learner.last_name in _leaks(world, role, response)


@pytest.mark.parametrize(
    ("reader", "url"),
    [
        ("learner_a", lambda w: w.lessons[0].url),  # A's question in the lesson's discussion
        ("leader_a", lambda w: reverse("api_keys:tokens")),  # the name of A's leader's API key
    ],
)
def test_the_new_apps_markers_are_on_the_pages_they_guard(world, reader, url):
    """The markers of the discussions and the API keys are really shown to whom they belong, so their absence
    from B's pages in the rows above means something."""
    client, cookies = _client_for(world, reader)
    response = _request(client, cookies, "get", url(world))
    assert response.status_code == 200
    shown = [marker for marker in forbidden_markers(world, "learner_b") if marker in response_text(response)]
    assert shown
