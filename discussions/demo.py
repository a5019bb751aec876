"""Demo discussions and a peer group of council chairs.

The orientation course discusses within each municipality (Hämeenlinna's councillors ask about conflicts of
interest and the budget, a trainer answers); the sustainable-leadership course discusses across the network,
with one thread in Swedish from Porvoo; the peer group "Valtuustojen puheenjohtajat" gathers the council
chairs of the member municipalities, with a discussion of its own. Idempotent: settings by course, the group
by name, posts by (place, title), answers by (question, author).
"""

from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Locale

from courses.models import CoursePage, LessonPage
from municipalities.models import Municipality, NetworkMembership, Role, RoleAssignment

from .models import DiscussionPreferences, DiscussionSetting, PeerGroup, PeerGroupMembership, Post, Scope

ORIENTATION_COURSE = "valtuustokauden-2021-2025-perehdytys"
SUSTAINABILITY_COURSE = "kestava-kunnan-johtaminen"
COUNCILLOR_EMAIL = "valtuutettu@example.fi"
TRAINER_EMAIL = "kouluttaja@example.fi"
CHAIRS_GROUP = "Valtuustojen puheenjohtajat"
CHAIRS_DESCRIPTION = (
    "Jäsenkuntien valtuuston puheenjohtajien vertaisryhmä: kokousten johtaminen, valtuustoseminaarit ja "
    "yhteistyö kunnanhallituksen ja kunnanjohtajan kanssa."
)

MUNICIPAL_THREADS = [
    (
        "Milloin valtuutettu on esteellinen?",
        "Olen uusi valtuutettu ja istun myös urheiluseuran hallituksessa. Seura hakee kaupungilta avustusta. "
        "Pitääkö minun jäävätä itseni, kun valtuusto hyväksyy talousarvion, jossa avustusmääräraha on?",
        [
            (
                "trainer",
                "Valtuustossa esteellisyys on suppeampi kuin muissa toimielimissä (kuntalaki 97 §): valtuutettu "
                "on esteellinen vain asiassa, joka koskee henkilökohtaisesti häntä tai hänen läheistään. "
                "Talousarvion käsittely ei yleensä tee sinusta esteellistä. Kunnanhallituksessa ja lautakunnissa "
                "arvioidaan yhteisöjäävi, jos olet seuran hallituksessa. Katso "
                "https://finlex.fi/fi/laki/ajantasa/2015/20150410",
                True,
            ),
            ("colleague", "Kiitos tästä, minulla oli sama kysymys asukasyhdistyksen puolesta."),
        ],
    ),
    (
        "Talousarvioseminaarin materiaalit etukäteen?",
        "Saadaanko talousarvioseminaarin esitykset luettavaksi jo viikkoa ennen? Valmistautuminen olisi "
        "helpompaa, kun luvut ehtii käydä läpi oman ryhmän kanssa.",
        [("colleague", "Kannatan. Viime kaudella materiaalit tulivat vasta edellisenä iltana.")],
    ),
]
NETWORK_THREADS = [
    (
        "fi",
        "Miten kestävyys näkyy talousarvion perusteluissa?",
        "Meillä on strategiassa hiilineutraalius 2030, mutta talousarviossa se näkyy vain yhtenä lauseena. "
        "Onko jossain kunnassa hyvä malli, jolla tavoitteet kytketään määrärahoihin?",
        [
            (
                "trainer",
                "Hyviä esimerkkejä on kuntien hiilibudjeteista: päästövaikutus arvioidaan "
                "investointiohjelman yhteydessä.",
            )
        ],
    ),
    (
        "sv",
        "Hur får vi med invånarna i strategiarbetet?",
        "I Borgå vill vi att strategin ska kännas angelägen också för invånarna. Har någon kommun ordnat "
        "invånarkvällar eller webbenkäter som faktiskt fungerat?",
        [
            (
                "colleague_fi",
                "Hämeenlinnassa kokeiltiin asukasiltoja kirjastoissa. Osallistujia oli eniten, kun aiheena "
                "oli oma lähialue.",
            )
        ],
    ),
]
GROUP_THREAD = (
    "Valtuustoseminaarin ohjelma syksylle",
    "Mitä teemoja olette ottaneet valtuustoseminaariin kauden alussa? Meillä on tulossa strategia ja "
    "kaksoisjohtaminen, mutta kaipaisin vinkkejä ryhmätöihin.",
)


def _first_lessons(slug, count):
    finnish = Locale.objects.filter(language_code="fi").first()
    course = CoursePage.objects.filter(slug=slug, locale=finnish).first()
    if course is None:
        return []
    return list(LessonPage.objects.live().descendant_of(course).order_by("path")[:count])


def _person(municipality, *, exclude=(), swedish=None):
    people = get_user_model().objects.filter(municipality=municipality, is_active=True).exclude(email__in=exclude)
    if swedish is not None:
        people = people.filter(preferred_language="sv" if swedish else "fi")
    return people.order_by("pk").first()


def _thread(*, page, scope, author, title, body, answers, people, peer_group=None):
    question, _created = Post.objects.get_or_create(
        page_key=page.translation_key if page else None,
        peer_group=peer_group,
        title=title,
        question__isnull=True,
        defaults={
            "page": page,
            "scope": scope,
            "municipality": author.municipality,
            "author": author,
            "body": body,
        },
    )
    for role, text, *helpful in answers:
        writer = people.get(role)
        if writer is None:
            continue
        Post.objects.get_or_create(
            question=question,
            author=writer,
            defaults={
                "page": page,
                "page_key": question.page_key,
                "peer_group": peer_group,
                "scope": scope,
                "municipality": question.municipality if scope == Scope.MUNICIPALITY else writer.municipality,
                "body": text,
                "helpful": bool(helpful and helpful[0]),
            },
        )
    return question


def _chairs_group(people):
    group, _created = PeerGroup.objects.get_or_create(name=CHAIRS_GROUP, defaults={"description": CHAIRS_DESCRIPTION})
    members = NetworkMembership.objects.values("municipality_id")
    assignments = RoleAssignment.objects.filter(role=Role.COUNCIL_CHAIR, municipality_id__in=members)
    latest = assignments.order_by("-term__starts_on").values_list("term_id", flat=True).first()
    chair_ids = set(assignments.filter(term_id=latest).values_list("user_id", flat=True)[:12])
    existing = set(group.memberships.values_list("user_id", flat=True))
    PeerGroupMembership.objects.bulk_create(
        [PeerGroupMembership(group=group, user_id=pk) for pk in chair_ids - existing], ignore_conflicts=True
    )
    # The network's next event, if the demo has one: a group has its events too.
    from django.utils import timezone

    events = PeerGroup._meta.get_field("events").related_model.objects.live()
    upcoming = events.filter(starts_at__gte=timezone.now(), municipality__isnull=True).order_by("starts_at").first()
    if upcoming is not None:
        group.events.add(upcoming)
    # Half of them show a network profile, so the member list shows both cases.
    for pk in sorted(chair_ids)[::2]:
        DiscussionPreferences.objects.get_or_create(user_id=pk, defaults={"network_profile": True})
    chairs = list(group.memberships.select_related("user__municipality").order_by("user_id")[:2])
    if chairs:
        _thread(
            page=None,
            scope=Scope.GROUP,
            author=chairs[0].user,
            title=GROUP_THREAD[0],
            body=GROUP_THREAD[1],
            answers=[
                (
                    "chair2",
                    "Meillä toimi hyvin ryhmätyö, jossa valtuustoryhmät sekoitettiin ja jokainen pöytä "
                    "kirjoitti yhden strategiatavoitteen mittarin.",
                )
            ],
            people={"chair2": chairs[1].user if len(chairs) > 1 else None},
            peer_group=group,
        )
    return group


@transaction.atomic
def discussions_demo_load(*, stdout=None):
    User = get_user_model()
    trainer = User.objects.filter(email=TRAINER_EMAIL).first()
    councillor = User.objects.filter(email=COUNCILLOR_EMAIL).first()
    hameenlinna = Municipality.objects.filter(code="109").first()
    porvoo = Municipality.objects.filter(code="638").first()
    if councillor is None or hameenlinna is None:
        return
    colleague = _person(hameenlinna, exclude=[COUNCILLOR_EMAIL, TRAINER_EMAIL, "kunnanjohtaja@example.fi"])
    people = {"trainer": trainer, "colleague": colleague, "colleague_fi": councillor}

    orientation = _first_lessons(ORIENTATION_COURSE, 2)
    if orientation:
        DiscussionSetting.objects.get_or_create(
            course=orientation[0].get_ancestors().type(CoursePage).first().specific,
            defaults={"scope": Scope.MUNICIPALITY, "on_lessons": True, "on_modules": True},
        )
        for lesson, (title, body, answers) in zip(orientation, MUNICIPAL_THREADS, strict=False):
            _thread(
                page=lesson,
                scope=Scope.MUNICIPALITY,
                author=councillor,
                title=title,
                body=body,
                answers=answers,
                people=people,
            )

    sustainability = _first_lessons(SUSTAINABILITY_COURSE, 1)
    swede = _person(porvoo, swedish=True) if porvoo else None
    if sustainability:
        DiscussionSetting.objects.get_or_create(
            course=sustainability[0].get_ancestors().type(CoursePage).first().specific,
            defaults={"scope": Scope.NETWORK, "on_lessons": True},
        )
        for language, title, body, answers in NETWORK_THREADS:
            author = swede if language == "sv" else councillor
            if author is not None:
                _thread(
                    page=sustainability[0],
                    scope=Scope.NETWORK,
                    author=author,
                    title=title,
                    body=body,
                    answers=answers,
                    people=people,
                )

    group = _chairs_group(people)
    if stdout is not None:
        stdout.write(
            f"Discussions: {Post.objects.count()} posts; peer group “{group.name}” with "
            f"{group.memberships.count()} council chairs"
        )
