"""Demo: Hämeenlinna's leadership pair of the current term (the demo leader as the city manager and two
chairs) part-way through the pathway: the first task done by all, the second by one. Idempotent."""

from django.contrib.auth import get_user_model

from municipalities.models import Municipality, Role, RoleAssignment
from municipalities.terms import current_term

from .models import PairNote, PairPathway, PairTask, PairTaskMark
from .selectors import pair_members
from .setup import trainers_pair_permissions_ensure

LEADER_EMAIL = "kunnanjohtaja@example.fi"
CHAIRS = [
    ("valtuustonpj@example.fi", "Valtuusto2021!", "Heikki", "Salo", Role.COUNCIL_CHAIR),
    ("hallituksenpj@example.fi", "Hallitus2021!", "Sanna", "Nieminen", Role.BOARD_CHAIR),
]
VICE_CHAIR = {Role.COUNCIL_CHAIR: Role.COUNCIL_VICE_CHAIR, Role.BOARD_CHAIR: Role.BOARD_VICE_CHAIR}
TASKS = [
    ("Käykää johtajasopimus läpi yhdessä", "Lukekaa sopimus ja kirjatkaa, mitä se tarkoittaa arjessa."),
    ("Sopikaa yhteistyön pelisäännöt", "Miten valmistelemme, viestimme ja ratkomme erimielisyydet?"),
    ("Yhteinen reflektio ensimmäisen strategiatyöpajan jälkeen", "Mikä toimi, mitä teemme toisin?"),
]


def pairs_demo_load(*, stdout=None):
    trainers_pair_permissions_ensure()
    pathway = PairPathway.objects.filter(title="Kaksoisjohtamisen polku").first()
    if pathway is None:
        pathway = PairPathway(title="Kaksoisjohtamisen polku", intro="<p>Kolme yhteistä tehtävää kauden alkuun.</p>")
        pathway.save()
        for order, (title, description) in enumerate(TASKS):
            PairTask.objects.create(pathway=pathway, title=title, description=description, sort_order=order)
    place = Municipality.objects.filter(code="109").first()
    term = current_term()
    User = get_user_model()
    leader = User.objects.filter(email=LEADER_EMAIL).first()
    if place is None or term is None or leader is None:
        return pathway
    members = [leader]
    RoleAssignment.objects.get_or_create(user=leader, municipality=place, term=term, role=Role.MANAGER)
    if leader.municipality_id is None:
        leader.municipality = place
        leader.save(update_fields=["municipality"])
    for email, password, first, last, role in CHAIRS:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(
                email=email, password=password, first_name=first, last_name=last, municipality=place
            )
        RoleAssignment.objects.get_or_create(user=user, municipality=place, term=term, role=role)
        # A council and its executive board each have one chair: whoever the demo's roster made
        # chair of the same body serves as its vice chair, so the pair's page lists one of each.
        others = RoleAssignment.objects.filter(municipality=place, term=term, role=role).exclude(user=user)
        for other in others:
            vice = VICE_CHAIR[role]
            if RoleAssignment.objects.filter(user=other.user, municipality=place, term=term, role=vice).exists():
                other.delete()
            else:
                other.role = vice
                other.save(update_fields=["role"])
        members.append(user)
    members = pair_members(municipality_id=place.pk, term=term)
    tasks = list(pathway.tasks.order_by("sort_order"))
    for member in members:  # the first task done by all
        PairTaskMark.objects.get_or_create(task=tasks[0], user=member, municipality=place, term=term)
    PairTaskMark.objects.get_or_create(task=tasks[1], user=members[0], municipality=place, term=term)
    if not PairNote.objects.filter(municipality=place, term=term).exists():
        PairNote.objects.create(
            municipality=place,
            term=term,
            author=members[1],
            text="Sovitaan viikoittainen puhelu maanantaisin ennen hallituksen kokousta.",
        )
    if stdout is not None:
        stdout.write(f"Leadership pair of {place}: {len(members)} members, part-way through “{pathway.title}”")
    return pathway
