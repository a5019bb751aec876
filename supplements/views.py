from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from home.converters import database_id
from municipalities.models import Municipality

from . import services
from .access import editors_group_name


def _error(request, error):
    return render(request, "supplements/error.html", {"message": error.message}, status=error.status)


@login_required
@require_POST
def local_lesson_complete(request, page_id):
    try:
        lesson = services.local_lesson_resolve(page_id=page_id)
        _completion, course_completed = services.local_lesson_mark_done(user=request.user, lesson=lesson)
    except services.SupplementError as error:
        return _error(request, error)
    if course_completed:
        messages.success(request, _("Well done! You have completed the whole course."))
    else:
        messages.success(request, _("Lesson marked as done."))
    return redirect(lesson.url)


def _led_municipality_or_404(user, code):
    """A municipality the person leads (any for a superuser); another one is a 404, like one that does not
    exist, so a changed code in the address tells nothing."""
    places = Municipality.objects.all() if user.is_superuser else Municipality.objects.filter(leaders__user=user)
    return get_object_or_404(places, code=str(code)[:3])


@login_required
def editors(request, code):
    """The leader chooses which of the municipality's people may author its supplements in the admin."""
    place = _led_municipality_or_404(request.user, code)
    if request.method == "POST":
        person = None
        person_id = database_id(request.POST.get("person", ""))
        if person_id is not None:
            person = get_user_model().objects.filter(pk=person_id, municipality=place, is_active=True).first()
        if person is None:
            messages.error(request, _("Choose a person of the municipality."))
            return redirect("supplements:editors", code=place.code)
        try:
            if request.POST.get("action") == "revoke":
                services.content_editor_revoke(leader=request.user, municipality=place, person=person)
                messages.success(
                    request,
                    _("%(name)s no longer edits the municipality's supplements.")
                    % {"name": person.get_full_name() or person.email},
                )
            else:
                services.content_editor_grant(leader=request.user, municipality=place, person=person)
                messages.success(
                    request,
                    _("%(name)s can now edit the municipality's supplements.")
                    % {"name": person.get_full_name() or person.email},
                )
        except services.SupplementError as error:
            return _error(request, error)
        return redirect("supplements:editors", code=place.code)
    people = list(
        get_user_model()
        .objects.filter(municipality=place, is_active=True)
        .order_by("last_name", "first_name")
        .only("id", "first_name", "last_name", "email")
    )
    editor_ids = set(
        get_user_model().objects.filter(groups__name=editors_group_name(place)).values_list("id", flat=True)
    )
    return render(
        request,
        "supplements/editors.html",
        {"municipality": place, "people": people, "editor_ids": editor_ids},
    )
