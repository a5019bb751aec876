from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import selectors, services


def _error(request, error):
    return render(request, "pairs/error.html", {"message": error.message}, status=error.status)


@login_required
def pair_space(request):
    term, members = selectors.current_pair_of(request.user)
    if not members:
        return render(request, "pairs/not_in_pair.html", status=403)
    response = render(
        request,
        "pairs/pair_space.html",
        {
            "term": term,
            "members": members,
            "roles": selectors.pair_roles(municipality_id=request.user.municipality_id, term=term),
            "pathways": selectors.pathway_states(
                municipality_id=request.user.municipality_id, term=term, members=members
            ),
            "notes": selectors.pair_notes(municipality_id=request.user.municipality_id, term=term),
        },
    )
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def task_mark(request, task_id):
    try:
        services.pair_task_mark(user=request.user, task_id=task_id, done=request.POST.get("done") != "0")
    except services.PairError as error:
        return _error(request, error)
    messages.success(request, _("Saved."))
    return redirect("pairs:space")


@login_required
@require_POST
def note_create(request):
    try:
        services.pair_note_create(user=request.user, text=request.POST.get("text", ""))
    except services.PairError as error:
        return _error(request, error)
    messages.success(request, _("Note saved."))
    return redirect("pairs:space")


@login_required
@require_POST
def note_delete(request, note_id):
    try:
        services.pair_note_delete(user=request.user, note_id=note_id)
    except services.PairError as error:
        return _error(request, error)
    messages.success(request, _("Note deleted."))
    return redirect("pairs:space")
