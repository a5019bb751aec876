from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Exists, OuterRef
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.audit import audit_record
from accounts.models import AuditEvent
from municipalities.access import is_network_coordinator, municipalities_followed_by
from municipalities.models import Municipality
from municipalities.terms import term_from_query

from . import exports, services, tables
from .access import coordinator_required, followed_municipality_or_404
from .course_tree import courses_for_term
from .dashboard import municipality_dashboard, rendered_sections
from .forms import ParticipantFilterForm
from .network import RANKED_SORT, network_overview, sort_headers
from .selectors import NETWORK_SLUG


@login_required
def index(request):
    """The municipalities a leader follows; a leader of just one goes straight to its dashboard."""
    coordinator = is_network_coordinator(request.user)
    if coordinator:
        # Every member, and whether its page (with names) opens to this coordinator.
        followed = (
            Municipality.objects.filter(memberships__network__slug=NETWORK_SLUG, memberships__left_on__isnull=True)
            .annotate(followed=Exists(municipalities_followed_by(request.user).filter(pk=OuterRef("pk"))))
            .order_by("name_fi")
        )
    else:
        followed = municipalities_followed_by(request.user).order_by("name_fi")
    followed = list(followed)
    if not coordinator and len(followed) == 1:
        return redirect("participation:municipality", code=followed[0].code)
    if not coordinator and not followed:
        return render(request, "participation/no_access.html", status=403)
    return render(request, "participation/index.html", {"municipalities": followed, "coordinator": coordinator})


@login_required
def municipality(request, code):
    place = followed_municipality_or_404(request.user, code)
    context = municipality_dashboard(municipality=place, query=request.GET)
    context["sections"] = rendered_sections(municipality=place, user=request.user, request=request)
    context["is_coordinator"] = is_network_coordinator(request.user)
    # Whoever opens a municipality's page without being the coordinator or a superuser leads it (access.py).
    context["leads"] = not context["is_coordinator"] or place.leaders.filter(user=request.user).exists()
    # The page lists the municipality's people by name: who looked, when, and at which selection.
    audit_record(
        actor=request.user,
        action=AuditEvent.Action.VIEW,
        what="participation dashboard",
        municipality=place,
        **_filters(context),
        term=context["term_choice"].term.name if context["term_choice"].term else "",
    )
    return render(request, "participation/municipality.html", context)


@login_required
@require_POST
def coordinator_names(request, code):
    """A leader shares the municipality's participant names with the network coordinator, or takes it back."""
    place = get_object_or_404(Municipality.objects.filter(leaders__user=request.user), code=code)
    shared = {"1": True, "0": False}.get(request.POST.get("shared"))
    if shared is None:
        messages.error(request, _("Choose whether to share the names or not."))
        return redirect("participation:municipality", code=place.code)
    services.coordinator_names_share(municipality=place, shared=shared, by=request.user)
    if shared:
        messages.success(request, _("The network coordinator can now see your participants' names."))
    else:
        messages.success(request, _("The network coordinator no longer sees your participants' names."))
    return redirect(f"{reverse('participation:municipality', args=[place.code])}#coordinator-names")


def _filters(selection):
    """The participant list's filters as audit detail (ids and codes, never names)."""
    course = selection.get("course")
    return {
        "course": course.id if course else None,
        "role": selection.get("role") or "",
        "status": selection.get("status") or "",
    }


def _export_name(kind, place, course=None):
    parts = [kind, place.code, slugify(place.name_fi)]
    if course is not None:
        parts.append(course.slug)
    return "-".join(parts)


@login_required
def participants_export(request, code, file_format):
    place = followed_municipality_or_404(request.user, code)
    term = term_from_query(request.GET).term
    form = ParticipantFilterForm(request.GET, courses=courses_for_term(term))
    course, role, status = form.filters()
    if course is None or term is None:
        return redirect("participation:municipality", code=place.code)
    header, rows = tables.participant_table(municipality=place, term=term, course=course, role=role, status=status)
    audit_record(
        actor=request.user,
        action=AuditEvent.Action.EXPORT,
        what=f"participant list ({file_format})",
        municipality=place,
        **_filters({"course": course, "role": role, "status": status}),
        term=term.name,
    )
    filename = _export_name("osallistujat", place, course)
    if file_format == "csv":
        return exports.csv_response(filename=filename, header=header, rows=rows)
    return exports.xlsx_response(filename=filename, sheets=[(_("Participants"), header, rows)])


@login_required
def summary_export(request, code, file_format):
    """The summary: the courses (for everyone and per role) and the modules. XLSX holds both as sheets; a CSV
    holds one table, so the course CSV is this one and the module CSV is module_summary_export."""
    place = followed_municipality_or_404(request.user, code)
    term = term_from_query(request.GET).term
    if term is None:
        return redirect("participation:municipality", code=place.code)
    courses = courses_for_term(term)
    filename = _export_name("yhteenveto", place)
    if file_format == "csv":
        header, rows = tables.course_summary_table(municipality=place, term=term, courses=courses)
        return exports.csv_response(filename=filename, header=header, rows=rows)
    return exports.xlsx_response(
        filename=filename, sheets=tables.summary_tables(municipality=place, term=term, courses=courses)
    )


@login_required
def module_summary_export(request, code):
    place = followed_municipality_or_404(request.user, code)
    term = term_from_query(request.GET).term
    if term is None:
        return redirect("participation:municipality", code=place.code)
    header, rows = tables.module_summary_table(municipality=place, term=term, courses=courses_for_term(term))
    return exports.csv_response(filename=_export_name("moduulit", place), header=header, rows=rows)


def _network_context(request):
    choice = term_from_query(request.GET)
    courses = courses_for_term(choice.term)
    by_id = {str(course.id): course for course in courses}
    course = by_id.get(request.GET.get("course", "")) or (courses[0] if courses else None)
    sort = request.GET.get("sort", "") or RANKED_SORT
    overview = None
    if course is not None and choice.term is not None:
        overview = network_overview(course=course, term=choice.term, sort=sort, language_code=get_language())
    return {"courses": courses, "course": course, "overview": overview, "term_choice": choice}


@login_required
def network(request):
    coordinator_required(request.user)
    context = _network_context(request)
    if context["overview"] is not None:
        context["sort_headers"] = sort_headers(
            column=context["overview"]["sort_column"], descending=context["overview"]["descending"]
        )
    return render(request, "participation/network.html", context)


@login_required
def network_export(request, file_format):
    coordinator_required(request.user)
    context = _network_context(request)
    if context["overview"] is None:
        return redirect("participation:network")
    header, rows = tables.network_table(context["overview"])
    filename = f"verkosto-{context['course'].slug}"
    if file_format == "csv":
        return exports.csv_response(filename=filename, header=header, rows=rows)
    return exports.xlsx_response(filename=filename, sheets=[(_("Network"), header, rows)])
