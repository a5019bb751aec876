"""Who reads, writes and moderates which discussion. Every view and selector of this app asks here.

- A lesson's or module's discussion (switched on per course by a trainer) is, by the course's setting, for
  the learner's own municipality, for the whole network, or for one peer group.
  - Municipality: people of the municipality read and write; its leaders and its named moderators read it;
    trainers read every municipality's threads (they answer learners' questions). The network coordinator
    sees figures, not people's words: none.
  - Network: everyone of a member municipality, trainers and the coordinator.
  - Peer group: the group's members, trainers and the coordinator.
- A peer group's own discussion: its members and the coordinator.
- Moderating (hiding a post with a reason): trainers in the discussions of the courses, the coordinator in
  the peer groups, a municipal moderator in their municipality's posts. A hidden post stays visible only to
  its author and to those who may moderate it.
Anyone not signed in sees no posts at all.
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.db.models import CharField, Q, Value
from django.utils import timezone

from courses.setup import TRAINERS_GROUP
from municipalities.access import COORDINATOR_PERMISSION
from municipalities.models import MunicipalLeader, NetworkMembership

from .models import MunicipalModerator, PeerGroupMembership, Scope


@dataclass
class Viewer:
    """What the rules need to know of the person reading, found once per request (one query)."""

    user: object
    municipality_id: int | None = None
    is_trainer: bool = False
    is_coordinator: bool = False
    in_network: bool = False
    led_ids: set = field(default_factory=set)
    moderated_ids: set = field(default_factory=set)
    group_ids: set = field(default_factory=set)

    @property
    def is_authenticated(self):
        return self.user.is_authenticated


def viewer_for(user):
    """The reader's rights, read in one query (a union of their leaderships, moderations, peer groups, the
    trainer group, the coordinator's permission and their municipalities' network membership) rather than
    seven: every lesson with a discussion asks, and these rights are read fresh on each request, never cached,
    so a removed moderator or group member loses access at once."""
    if not user.is_authenticated:
        return Viewer(user=user)
    found = {kind: set() for kind in "LMGTCN"}
    for kind, ref in _rights_rows(user):
        found[kind].add(ref)
    led_ids = found["L"]
    is_superuser = user.is_superuser
    return Viewer(
        user=user,
        municipality_id=user.municipality_id,
        is_trainer=is_superuser or bool(found["T"]),
        is_coordinator=is_superuser or (user.is_active and bool(found["C"])),
        # A leader of a member municipality takes part in the network's discussions too.
        in_network=bool(found["N"]),
        led_ids=led_ids,
        moderated_ids=found["M"],
        group_ids=found["G"],
    )


def _rights_rows(user):
    def tagged(queryset, kind, ref):
        return queryset.order_by().annotate(kind=Value(kind, output_field=CharField())).values_list("kind", ref)

    today = timezone.localdate()
    app_label, codename = COORDINATOR_PERMISSION.split(".")
    coordinator = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
    led = MunicipalLeader.objects.filter(user=user)
    own = Q(municipality_id__in=led.values("municipality_id"))
    if user.municipality_id:
        own |= Q(municipality_id=user.municipality_id)
    parts = [
        tagged(led, "L", "municipality_id"),
        tagged(MunicipalModerator.objects.filter(user=user), "M", "municipality_id"),
        tagged(PeerGroupMembership.objects.filter(user=user), "G", "group_id"),
        tagged(Group.objects.filter(user=user, name=TRAINERS_GROUP), "T", "pk"),
        tagged(coordinator.filter(Q(user=user) | Q(group__user=user)), "C", "pk"),
        tagged(
            NetworkMembership.objects.filter(own, joined_on__lte=today).filter(
                Q(left_on__isnull=True) | Q(left_on__gte=today)
            ),
            "N",
            "municipality_id",
        ),
    ]
    return parts[0].union(*parts[1:], all=True)


def readable_municipality_ids(viewer):
    """In a municipal discussion: the municipalities whose threads the viewer reads (None: all of them)."""
    if viewer.is_trainer:
        return None
    ids = set(viewer.led_ids) | set(viewer.moderated_ids)
    if viewer.municipality_id:
        ids.add(viewer.municipality_id)
    return ids


def can_read(viewer, *, scope, peer_group_id=None):
    if not viewer.is_authenticated:
        return False
    if scope == Scope.MUNICIPALITY:
        ids = readable_municipality_ids(viewer)
        return ids is None or bool(ids)
    if scope == Scope.NETWORK:
        return viewer.in_network or viewer.is_trainer or viewer.is_coordinator
    if scope == Scope.GROUP:
        return peer_group_id in viewer.group_ids or viewer.is_trainer or viewer.is_coordinator
    return False


def can_ask(viewer, *, scope, peer_group_id=None):
    """May start a thread. In a municipal discussion only in one's own municipality."""
    if not can_read(viewer, scope=scope, peer_group_id=peer_group_id):
        return False
    if scope == Scope.MUNICIPALITY:
        return bool(viewer.municipality_id)
    if scope == Scope.NETWORK:
        return viewer.in_network or viewer.is_trainer or viewer.is_coordinator
    return peer_group_id in viewer.group_ids or viewer.is_coordinator or viewer.is_trainer


def can_read_post(viewer, post):
    """Whether the viewer reads `post` (a question, or an answer through its question), hidden or not."""
    question = post.question if post.question_id else post
    if question.peer_group_id and not question.page_key:
        if not (question.peer_group_id in viewer.group_ids or viewer.is_coordinator):
            return False
    elif not can_read(viewer, scope=question.scope, peer_group_id=question.peer_group_id):
        return False
    elif question.scope == Scope.MUNICIPALITY:
        ids = readable_municipality_ids(viewer)
        if ids is not None and question.municipality_id not in ids:
            return False
    if post.hidden_at or question.hidden_at:
        hidden = post if post.hidden_at else question
        return (hidden.author_id is not None and hidden.author_id == viewer.user.pk) or can_moderate(viewer, hidden)
    return True


def can_answer(viewer, post):
    """May answer the thread of `post`: whoever reads it and takes part in its discussion (a leader or a
    moderator of another municipality reads, but the thread is not theirs to answer)."""
    question = post.question if post.question_id else post
    if question.hidden_at or not can_read_post(viewer, question):
        return False
    if question.scope == Scope.MUNICIPALITY:
        return viewer.is_trainer or question.municipality_id == viewer.municipality_id
    if question.peer_group_id and not question.page_key:
        return question.peer_group_id in viewer.group_ids or viewer.is_coordinator
    return can_ask(viewer, scope=question.scope, peer_group_id=question.peer_group_id) or viewer.is_trainer


def can_moderate(viewer, post):
    if not viewer.is_authenticated:
        return False
    if post.peer_group_id and not post.page_key:
        return viewer.is_coordinator
    if viewer.is_trainer:
        return True
    if post.scope == Scope.GROUP:
        return viewer.is_coordinator
    return post.municipality_id is not None and post.municipality_id in viewer.moderated_ids


def can_mark_helpful(viewer, answer):
    """The asker, or a moderator, marks an answer helpful."""
    if answer.question_id is None or answer.hidden_at:
        return False
    return answer.question.author_id == viewer.user.pk or can_moderate(viewer, answer)
