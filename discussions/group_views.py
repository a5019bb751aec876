"""Peer groups on the site: the member's list of their groups and a group's page (members, events,
discussion), and the coordinator's forming of groups."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import access, peer_groups, selectors
from .forms import AddByEmailForm, AddByRoleForm, PeerGroupForm, QuestionForm
from .models import PeerGroup
from .services import DiscussionRefused


@login_required
def group_list(request):
    viewer = access.viewer_for(request.user)
    form = PeerGroupForm(request.POST or None) if viewer.is_coordinator else None
    if request.method == "POST":
        if form is None:
            raise Http404
        if form.is_valid():
            group = peer_groups.peer_group_create(viewer=viewer, **form.cleaned_data)
            messages.success(request, _("The peer group has been created. Add its members next."))
            return redirect("discussions:group", group_id=group.pk)
    context = {"groups": selectors.groups_for(viewer), "form": form, "is_coordinator": viewer.is_coordinator}
    return render(request, "discussions/group_list.html", context)


@login_required
def group_detail(request, group_id):
    viewer = access.viewer_for(request.user)
    group = get_object_or_404(PeerGroup, pk=group_id)
    if not selectors.can_see_group(viewer, group):
        raise Http404  # as for a group that does not exist
    context = {
        "group": group,
        "events": group.events.live().order_by("starts_at"),
        "question_form": QuestionForm(),
        "is_coordinator": viewer.is_coordinator,
        "role_form": AddByRoleForm() if viewer.is_coordinator else None,
        "email_form": AddByEmailForm() if viewer.is_coordinator else None,
        "linkable_events": selectors.linkable_events(group) if viewer.is_coordinator else None,
        **selectors.group_members(group=group, viewer=viewer),
        **selectors.group_discussion(group=group, viewer=viewer),
    }
    return render(request, "discussions/group_detail.html", context)


@login_required
@require_POST
def group_members_change(request, group_id):
    viewer = access.viewer_for(request.user)
    group = get_object_or_404(PeerGroup, pk=group_id)
    if not viewer.is_coordinator:
        raise Http404
    action = request.POST.get("action")
    try:
        if action == "role":
            form = AddByRoleForm(request.POST)
            if form.is_valid():
                added = peer_groups.peer_group_add_by_role(viewer=viewer, group=group, role=form.cleaned_data["role"])
                messages.success(request, _("%(count)s people added.") % {"count": added})
        elif action == "email":
            form = AddByEmailForm(request.POST)
            if form.is_valid():
                user = peer_groups.peer_group_add_by_email(viewer=viewer, group=group, email=form.cleaned_data["email"])
                messages.success(request, _("%(name)s added.") % {"name": user.get_full_name() or user.email})
        elif action == "remove":
            from home.converters import database_id

            user_id = database_id(request.POST.get("user", ""))
            if user_id is not None:
                peer_groups.peer_group_member_remove(viewer=viewer, group=group, user_id=user_id)
                messages.success(request, _("Removed from the group."))
            form = None
        else:
            form = None
        if form is not None and not form.is_valid():
            for errors in form.errors.values():
                for error in errors:
                    messages.error(request, error)
    except DiscussionRefused as refusal:
        for message in refusal.messages:
            messages.error(request, message)
    return redirect("discussions:group", group_id=group.pk)


@login_required
@require_POST
def group_events_change(request, group_id):
    """The coordinator links an upcoming calendar event to the group, or unlinks one."""
    from home.converters import database_id

    viewer = access.viewer_for(request.user)
    group = get_object_or_404(PeerGroup, pk=group_id)
    if not viewer.is_coordinator:
        raise Http404
    event_id = database_id(request.POST.get("event", ""))
    try:
        if request.POST.get("action") == "remove":
            peer_groups.peer_group_event_remove(viewer=viewer, group=group, event_id=event_id)
            messages.success(request, _("The event is no longer linked to the group."))
        else:
            event = peer_groups.peer_group_event_add(viewer=viewer, group=group, event_id=event_id)
            messages.success(request, _("%(title)s linked to the group.") % {"title": event.title})
    except DiscussionRefused as refusal:
        for message in refusal.messages:
            messages.error(request, message)
    return redirect("discussions:group", group_id=group.pk)
