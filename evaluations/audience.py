"""Who a round asks: the council and the management of the municipality in the round's term, from the
roster (RoleAssignment). Deputies are left out: they attend only when a member cannot."""

from django.contrib.auth import get_user_model

from municipalities.models import Role, RoleAssignment

AUDIENCE_ROLES = [
    Role.COUNCILLOR,
    Role.COUNCIL_CHAIR,
    Role.COUNCIL_VICE_CHAIR,
    Role.BOARD_MEMBER,
    Role.BOARD_CHAIR,
    Role.BOARD_VICE_CHAIR,
    Role.MANAGER,
    Role.DIRECTOR,
]


def audience_assignments(*, municipality_id, term_id):
    return RoleAssignment.objects.filter(municipality_id=municipality_id, term_id=term_id, role__in=AUDIENCE_ROLES)


def audience_size(round_):
    return (
        get_user_model()
        .objects.filter(
            is_active=True,
            id__in=audience_assignments(municipality_id=round_.municipality_id, term_id=round_.term_id).values(
                "user_id"
            ),
        )
        .count()
    )


def is_in_audience(*, round_, user):
    return (
        user.is_authenticated
        and user.is_active
        and audience_assignments(municipality_id=round_.municipality_id, term_id=round_.term_id)
        .filter(user_id=user.pk)
        .exists()
    )
