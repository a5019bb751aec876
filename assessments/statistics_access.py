"""Who may read a quiz's statistics: the statistics follow the content, not a site-wide permission.

A quiz is a snippet that lessons embed, and the people responsible for a lesson are those Wagtail lets edit
it (its page permissions: the trainers' group on every language's course catalogue, a course's own editors on
that course). So a person sees the statistics of the quizzes used in pages they may edit, and a superuser
those of every quiz. Which pages use which quiz is read from Wagtail's reference index (the same one behind a
snippet's "Usage"), which Wagtail keeps as pages are saved; after a restore from backup run
`manage.py rebuild_references_index`.

Local lessons cannot hold a quiz (supplements refuse it: attempts are kept for the network's lessons only), so a
municipality's supplement editors see no quiz here.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Count, IntegerField, Q
from django.db.models.functions import Cast
from wagtail.models import Page, ReferenceIndex
from wagtail.permission_policies.pages import PagePermissionPolicy

from .models import Quiz

_pages = PagePermissionPolicy()


def may_read_any_statistics(user):
    """Whether `user` may open the statistics at all: a superuser, or someone who may edit some page. No query
    beyond Wagtail's per-request cache of the user's page permissions (the admin menu reads it anyway)."""
    return user.is_active and (user.is_superuser or _pages.user_has_permission(user, "change"))


def _quizzes_readable_by(user):
    quizzes = Quiz.objects.all()
    if user.is_superuser:
        return quizzes
    if not may_read_any_statistics(user):
        return quizzes.none()
    editable_ids = _pages.instances_user_has_permission_for(user, "change").annotate(
        key=Cast("pk", output_field=CharField())
    )
    used = ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        to_content_type=ContentType.objects.get_for_model(Quiz),
        object_id__in=editable_ids.values("key"),
    ).annotate(quiz_id=Cast("to_object_id", output_field=IntegerField()))
    return quizzes.filter(id__in=used.values("quiz_id"))


def quizzes_with_statistics_for(user):
    """The quizzes whose statistics `user` may read, with their numbers of submitted and passed attempts."""
    return list(
        _quizzes_readable_by(user)
        .annotate(
            attempt_count=Count("attempts", filter=Q(attempts__submitted_at__isnull=False)),
            passed_count=Count("attempts", filter=Q(attempts__passed=True)),
        )
        .order_by("title", "id")
    )


def quiz_with_statistics_for(*, user, quiz_id):
    """The quiz, when `user` may read its statistics; None when there is no such quiz or they may not."""
    return _quizzes_readable_by(user).filter(id=quiz_id).first()
