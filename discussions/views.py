"""Writing, answering and moderating posts. Thin: the rules are in access.py and services.py. Every action is
a POST that returns to the discussion with a message; a post the person may not read answers 404, exactly as
one that does not exist."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from . import access, services
from .forms import AnswerForm, HideForm, QuestionForm, ReportForm
from .models import PeerGroup, Post


def _back(post_or_page, anchor="discussion"):
    if isinstance(post_or_page, Post):
        question = post_or_page.question or post_or_page
        anchor = f"post-{post_or_page.pk}"
        if question.page_id and question.page:
            return redirect((question.page.url or "/") + f"#{anchor}")
        return redirect(f"{_group_url(question.peer_group_id)}#{anchor}")
    return redirect((post_or_page.url or "/") + f"#{anchor}")


def _group_url(group_id):
    from django.urls import reverse

    return reverse("discussions:group", args=[group_id])


def _form_errors(request, form):
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, error)


def _readable_post(request, viewer, post_id):
    post = get_object_or_404(Post.objects.select_related("question", "page"), pk=post_id)
    if not access.can_read_post(viewer, post):
        raise Http404
    return post


def _run(request, action, *args, success, **kwargs):
    try:
        result = action(*args, **kwargs)
    except services.DiscussionRefused as refusal:
        for message in refusal.messages:
            messages.error(request, message)
        return None
    messages.success(request, success)
    return result


@login_required
@require_POST
def ask(request, page_id):
    page = get_object_or_404(Page.objects.live(), pk=page_id).specific
    viewer = access.viewer_for(request.user)
    form = QuestionForm(request.POST)
    if not form.is_valid():
        _form_errors(request, form)
        return _back(page)
    post = _run(
        request,
        services.question_ask,
        viewer=viewer,
        page=page,
        title=form.cleaned_data["title"],
        body=form.cleaned_data["body"],
        success=_("Your question has been posted."),
    )
    return _back(post or page)


@login_required
@require_POST
def ask_in_group(request, group_id):
    viewer = access.viewer_for(request.user)
    group = get_object_or_404(PeerGroup, pk=group_id)
    if not (group.pk in viewer.group_ids or viewer.is_coordinator):
        raise Http404
    form = QuestionForm(request.POST)
    if not form.is_valid():
        _form_errors(request, form)
        return redirect(_group_url(group.pk))
    post = _run(
        request,
        services.question_ask,
        viewer=viewer,
        peer_group=group,
        title=form.cleaned_data["title"],
        body=form.cleaned_data["body"],
        success=_("Your question has been posted."),
    )
    return _back(post) if post else redirect(_group_url(group.pk))


@login_required
@require_POST
def answer(request, post_id):
    viewer = access.viewer_for(request.user)
    question = _readable_post(request, viewer, post_id)
    form = AnswerForm(request.POST)
    if not form.is_valid():
        _form_errors(request, form)
        return _back(question)
    reply = _run(
        request,
        services.answer_post,
        viewer=viewer,
        question=question,
        body=form.cleaned_data["body"],
        success=_("Your answer has been posted."),
    )
    return _back(reply or question)


@login_required
@require_POST
def helpful(request, post_id):
    viewer = access.viewer_for(request.user)
    post = _readable_post(request, viewer, post_id)
    _run(request, services.helpful_toggle, viewer=viewer, answer=post, success=_("Saved."))
    return _back(post)


@login_required
@require_POST
def hide(request, post_id):
    viewer = access.viewer_for(request.user)
    post = _readable_post(request, viewer, post_id)
    if request.POST.get("action") == "unhide":
        _run(request, services.post_unhide, viewer=viewer, post=post, success=_("The post is visible again."))
        return _back(post)
    form = HideForm(request.POST)
    if not form.is_valid():
        _form_errors(request, form)
        return _back(post)
    _run(
        request,
        services.post_hide,
        viewer=viewer,
        post=post,
        reason=form.cleaned_data["reason"],
        success=_("The post is hidden. Its author and the moderators still see it, with the reason."),
    )
    return _back(post)


@login_required
@require_POST
def report(request, post_id):
    viewer = access.viewer_for(request.user)
    post = _readable_post(request, viewer, post_id)
    form = ReportForm(request.POST)
    if not form.is_valid():
        _form_errors(request, form)
        return _back(post)
    _run(
        request,
        services.post_report,
        viewer=viewer,
        post=post,
        reason=form.cleaned_data["reason"],
        success=_("Thank you. The moderators will look at the post."),
    )
    return _back(post)


@login_required
def reported(request):
    """The moderator's list of reported posts: trainers, municipal moderators and the coordinator (groups)."""
    from django.shortcuts import render

    from .selectors import reported_posts

    viewer = access.viewer_for(request.user)
    if not (viewer.is_trainer or viewer.is_coordinator or viewer.moderated_ids):
        raise Http404
    return render(request, "discussions/reported.html", {"entries": reported_posts(viewer=viewer)})
