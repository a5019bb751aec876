"""Writing in discussions and moderating them. Every function checks the rules of access.py itself, so a
view cannot forget one; a refusal raises DiscussionRefused with a message for the person."""

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import access
from .models import MAX_BODY_CHARS, MAX_TITLE_CHARS, Post, Report, Scope
from .selectors import setting_for_page
from .text import text_clean


class DiscussionRefused(ValidationError):
    pass


def _rate_limit(user):
    """At most DISCUSSION_POSTS_PER_MINUTE posts a minute and DISCUSSION_POSTS_PER_HOUR an hour per person,
    counted in the shared cache: a flood (a script, or a stuck button) stops at the limit."""
    now = int(timezone.now().timestamp())
    limits = (
        ("m", 60, getattr(settings, "DISCUSSION_POSTS_PER_MINUTE", 5)),
        ("h", 3600, getattr(settings, "DISCUSSION_POSTS_PER_HOUR", 40)),
    )
    for name, seconds, limit in limits:
        key = f"discussions:rate:{name}:{user.pk}:{now // seconds}"
        cache.add(key, 0, timeout=seconds + 5)
        try:
            count = cache.incr(key)
        except ValueError:  # evicted between add and incr: start again
            cache.set(key, 1, timeout=seconds + 5)
            count = 1
        if count > limit:
            raise DiscussionRefused(
                _("You are writing faster than the discussion allows. Wait a moment and try again.")
            )


def _text(body, *, required=True, max_chars=MAX_BODY_CHARS):
    text = text_clean(body)
    if required and not text:
        raise DiscussionRefused(_("Write something first."))
    if len(text) > max_chars:
        raise DiscussionRefused(
            _("The text is too long: at most %(limit)s characters, yours has %(count)s.")
            % {"limit": max_chars, "count": len(text)}
        )
    return text


@transaction.atomic
def question_ask(*, viewer, title, body, page=None, peer_group=None):
    """A new thread on a lesson or module (`page`) or in a peer group's own discussion."""
    if page is not None:
        setting = setting_for_page(page)
        if setting is None or not access.can_ask(viewer, scope=setting.scope, peer_group_id=setting.peer_group_id):
            raise DiscussionRefused(_("You cannot start a discussion here."))
        scope, group_id, page_key = setting.scope, setting.peer_group_id, page.translation_key
    else:
        if peer_group is None or not (peer_group.pk in viewer.group_ids or viewer.is_coordinator):
            raise DiscussionRefused(_("You cannot start a discussion here."))
        scope, group_id, page_key = Scope.GROUP, peer_group.pk, None
    title = _text(title, max_chars=MAX_TITLE_CHARS).replace("\n", " ")
    body = _text(body)
    _rate_limit(viewer.user)
    return Post.objects.create(
        page=page,
        page_key=page_key,
        peer_group_id=group_id,
        scope=scope,
        municipality_id=viewer.user.municipality_id,
        author=viewer.user,
        title=title,
        body=body,
    )


def answer_post(*, viewer, question, body):
    if not question.is_question or not access.can_answer(viewer, question):
        raise DiscussionRefused(_("You cannot answer this question."))
    body = _text(body)
    _rate_limit(viewer.user)
    answer = Post.objects.create(
        question=question,
        page=question.page,
        page_key=question.page_key,
        peer_group_id=question.peer_group_id,
        scope=question.scope,
        # In a municipal discussion the thread belongs to its municipality, whoever answers (a trainer too).
        municipality_id=question.municipality_id
        if question.scope == Scope.MUNICIPALITY
        else viewer.user.municipality_id,
        author=viewer.user,
        body=body,
    )
    from .notifications import answer_notify

    answer_notify(answer=answer)
    return answer


def helpful_toggle(*, viewer, answer):
    if not access.can_mark_helpful(viewer, answer):
        raise DiscussionRefused(_("Only the person who asked, or a moderator, can mark an answer helpful."))
    answer.helpful = not answer.helpful
    answer.save(update_fields=["helpful"])
    return answer


def post_hide(*, viewer, post, reason):
    if not access.can_moderate(viewer, post):
        raise DiscussionRefused(_("You cannot moderate this discussion."))
    reason = _text(reason, max_chars=500).replace("\n", " ")
    post.hidden_at = timezone.now()
    post.hidden_by = viewer.user
    post.hidden_reason = reason
    post.save(update_fields=["hidden_at", "hidden_by", "hidden_reason"])
    post.reports.filter(resolved_at__isnull=True).update(resolved_at=post.hidden_at)
    return post


def post_unhide(*, viewer, post):
    if not access.can_moderate(viewer, post):
        raise DiscussionRefused(_("You cannot moderate this discussion."))
    post.hidden_at = None
    post.hidden_by = None
    post.hidden_reason = ""
    post.save(update_fields=["hidden_at", "hidden_by", "hidden_reason"])
    return post


def post_report(*, viewer, post, reason):
    """Ask the moderators to look at a post. A second report by the same person changes nothing."""
    if not access.can_read_post(viewer, post) or post.author_id == viewer.user.pk:
        raise DiscussionRefused(_("You cannot report this post."))
    reason = _text(reason, required=False, max_chars=500).replace("\n", " ")
    _rate_limit(viewer.user)
    report, _created = Report.objects.get_or_create(post=post, reporter=viewer.user, defaults={"reason": reason})
    return report
