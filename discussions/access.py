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

from django.db.models import Q
from django.utils import timezone

from courses.setup import TRAINERS_GROUP
from municipalities.access import is_network_coordinator
from municipalities.models import MunicipalLeader, NetworkMembership

from .models import MunicipalModerator, PeerGroupMembership, Scope


@dataclass
class Viewer:
    """What the rules need to know of the person reading, found once per request (four small queries)."""

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
    if not user.is_authenticated:
        return Viewer(user=user)
    is_superuser = user.is_superuser
    today = timezone.localdate()
    led_ids = set(MunicipalLeader.objects.filter(user=user).values_list("municipality_id", flat=True))
    # A leader of a member municipality takes part in the network's discussions too.
    own_ids = led_ids | ({user.municipality_id} if user.municipality_id else set())
    in_network = bool(own_ids) and (
        NetworkMembership.objects.filter(municipality_id__in=own_ids, joined_on__lte=today)
        .filter(Q(left_on__isnull=True) | Q(left_on__gte=today))
        .exists()
    )
    return Viewer(
        user=user,
        municipality_id=user.municipality_id,
        is_trainer=is_superuser or user.groups.filter(name=TRAINERS_GROUP).exists(),
        is_coordinator=is_superuser or is_network_coordinator(user),
        in_network=in_network,
        led_ids=led_ids,
        moderated_ids=set(MunicipalModerator.objects.filter(user=user).values_list("municipality_id", flat=True)),
        group_ids=set(PeerGroupMembership.objects.filter(user=user).values_list("group_id", flat=True)),
    )


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
