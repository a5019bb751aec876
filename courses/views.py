from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import prefetch_related_objects
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from home.converters import database_id

from . import selectors, services
from .models import CoursePage
from .recommendations import (
    current_role_codes,
    is_recommended,
    next_course,
    recommended_first,
    recommended_not_enrolled,
)


def _error(request, error):
    return render(request, "courses/progress_error.html", {"message": error.message}, status=error.status)


@login_required
def my_learning(request):
    roles = current_role_codes(request.user)
    entries = recommended_first(selectors.my_learning(user=request.user), roles)
    recommended = recommended_not_enrolled(user=request.user, roles=roles)
    suggestion = next_course(user=request.user, recommended=recommended)
    courses = [entry.course for entry in entries] + recommended + ([suggestion] if suggestion else [])
    prefetch_related_objects(courses, "tags", "cover_image")  # the cards' themes and covers, in two queries
    cards = selectors.course_cards(courses=courses, user=request.user, with_progress=False)
    for entry in entries:
        cards[entry.course.id].progress = entry.progress
        cards[entry.course.id].entry = entry
    return render(
        request,
        "courses/my_learning.html",
        {
            "entries": entries,
            "cards": [cards[entry.course.id] for entry in entries],
            "recommended_ids": {entry.course.pk for entry in entries if is_recommended(entry.course, roles)},
            "recommended": recommended,
            "more_recommended": [cards[course.id] for course in recommended[1:]],
            "next_course": cards[suggestion.id] if suggestion else None,
            "next_is_recommended": bool(recommended),
            "catalogue": selectors.course_index(),
        },
    )


@login_required
@require_POST
def enrol(request, course_id):
    course = CoursePage.objects.filter(id=course_id).first()
    try:
        services.enrolment_create(user=request.user, course=course)
    except services.ProgressError as error:
        return _error(request, error)
    messages.success(request, _("You are now enrolled in the course “%(title)s”.") % {"title": course.title})
    return redirect(course.url)


@login_required
@require_POST
def lesson_complete(request, page_id):
    try:
        lesson = services.lesson_resolve(page_id=page_id)
        _completion, course_completed = services.lesson_mark_done(user=request.user, lesson=lesson)
    except services.ProgressError as error:
        return _error(request, error)
    if course_completed:
        messages.success(request, _("Well done! You have completed the whole course."))
    else:
        messages.success(request, _("Lesson marked as done."))
    return redirect(_next_page_url(request.POST.get("next_page")) or lesson.url)


def _next_page_url(value):
    """Where to go after marking a lesson done: only ever a live page of this site, never a given URL."""
    page_id = database_id(value or "")
    if page_id is None:
        return None
    page = Page.objects.live().filter(id=page_id).first()
    return page.url if page else None
