"""Forming peer groups (the network coordinator), naming municipal moderators (a municipality's leader) and
the person's own discussion choices: the writes of this app that are not posts."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from municipalities.models import MunicipalLeader, NetworkMembership, RoleAssignment
from municipalities.terms import current_term

from .models import DiscussionPreferences, MunicipalModerator, PeerGroup, PeerGroupMembership
from .services import DiscussionRefused


def _require_coordinator(viewer):
    if not viewer.is_coordinator:
        raise DiscussionRefused(_("Only the network coordinator forms peer groups."))


def peer_group_create(*, viewer, name, description=""):
    _require_coordinator(viewer)
    return PeerGroup.objects.create(name=name, description=description, created_by=viewer.user)


def _member_municipalities():
    today = timezone.localdate()
    return (
        NetworkMembership.objects.filter(joined_on__lte=today)
        .filter(Q(left_on__isnull=True) | Q(left_on__gte=today))
        .values("municipality_id")
    )


@transaction.atomic
def peer_group_add_by_role(*, viewer, group, role):
    """Add everyone who holds `role` in the current council term in a member municipality; returns how many
    were added (those already in the group are not counted)."""
    _require_coordinator(viewer)
    term = current_term()
    if term is None:
        return 0
    user_ids = set(
        RoleAssignment.objects.filter(
            term=term, role=role, municipality_id__in=_member_municipalities(), user__is_active=True
        ).values_list("user_id", flat=True)
    )
    existing = set(PeerGroupMembership.objects.filter(group=group).values_list("user_id", flat=True))
    new = user_ids - existing
    PeerGroupMembership.objects.bulk_create([PeerGroupMembership(group=group, user_id=pk) for pk in new])
    return len(new)


def peer_group_add_by_email(*, viewer, group, email):
    _require_coordinator(viewer)
    user = get_user_model().objects.filter(email__iexact=email.strip(), is_active=True).first()
    if user is None:
        raise DiscussionRefused(_("No active account has that email address."))
    PeerGroupMembership.objects.get_or_create(group=group, user=user)
    return user


def peer_group_member_remove(*, viewer, group, user_id):
    _require_coordinator(viewer)
    PeerGroupMembership.objects.filter(group=group, user_id=user_id).delete()


def peer_group_event_add(*, viewer, group, event_id):
    """Link an upcoming event of the network calendar to the group; any other id is refused."""
    _require_coordinator(viewer)
    from .selectors import linkable_events

    event = linkable_events(group).filter(pk=event_id).first() if event_id is not None else None
    if event is None:
        raise DiscussionRefused(_("Choose an upcoming event of the calendar."))
    group.events.add(event)
    return event


def peer_group_event_remove(*, viewer, group, event_id):
    _require_coordinator(viewer)
    if event_id is None or not group.events.filter(pk=event_id).exists():
        raise DiscussionRefused(_("That event is not linked to the group."))
    group.events.remove(event_id)


def moderator_name(*, leader, municipality, email):
    """A municipality's leader names a moderator of its people's posts: someone of that municipality."""
    if not MunicipalLeader.objects.filter(user=leader, municipality=municipality).exists():
        raise DiscussionRefused(_("Only the municipality's leaders name its moderators."))
    user = (
        get_user_model()
        .objects.filter(email__iexact=email.strip(), is_active=True)
        .filter(Q(municipality=municipality) | Q(led_municipalities__municipality=municipality))
        .first()
    )
    if user is None:
        raise DiscussionRefused(_("Nobody of this municipality has that email address."))
    MunicipalModerator.objects.get_or_create(user=user, municipality=municipality, defaults={"named_by": leader})
    return user


def moderator_remove(*, leader, municipality, user_id):
    if not MunicipalLeader.objects.filter(user=leader, municipality=municipality).exists():
        raise DiscussionRefused(_("Only the municipality's leaders name its moderators."))
    MunicipalModerator.objects.filter(municipality=municipality, user_id=user_id).delete()


def preferences_save(*, user, reply_emails, network_profile):
    DiscussionPreferences.objects.update_or_create(
        user=user, defaults={"reply_emails": reply_emails, "network_profile": network_profile}
    )


def reply_emails_stop(*, user):
    """The unsubscribe link: idempotent, keeps the network profile choice as it was."""
    DiscussionPreferences.objects.update_or_create(user=user, defaults={"reply_emails": False})
