"""Thin views: access.py decides who, services.py writes, selectors.py reads under the small-group rule."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import exports, selectors, services
from .access import led_municipalities, led_municipality_or_404, led_round_or_404, sees_network
from .audience import is_in_audience
from .forms import AnswerForm, RoundOpenForm
from .models import EvaluationRound


@login_required
def index(request):
    """The surveys waiting for the person's answer, and for a leader the municipalities they evaluate."""
    led = list(led_municipalities(request.user).order_by("name_fi"))
    return render(
        request,
        "evaluations/index.html",
        {
            "to_answer": selectors.rounds_to_answer(request.user),
            "led": led,
            "sees_network": sees_network(request.user),
        },
    )


@login_required
def municipality(request, code):
    place = led_municipality_or_404(request.user, code)
    return render(request, "evaluations/municipality.html", _municipality_context(place, RoundOpenForm()))


def _municipality_context(place, form):
    today = timezone.localdate()
    rounds = selectors.municipality_rounds(place)
    for round_ in rounds:
        round_.is_open = round_.is_open_on(today)
        round_.has_ended = round_.has_ended_on(today)
    return {"municipality": place, "rounds": rounds, "form": form, "limit": selectors.limit()}


@login_required
@require_POST
def round_open(request, code):
    place = led_municipality_or_404(request.user, code)
    form = RoundOpenForm(request.POST)
    if form.is_valid():
        try:
            services.round_open(**form.cleaned_data, municipality=place, by=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("The round is open. Share the address of the evaluations page with your council and management."),
            )
            return redirect("evaluations:municipality", code=place.code)
    return render(request, "evaluations/municipality.html", _municipality_context(place, form), status=400)


@login_required
@require_POST
def round_close(request, code, round_id):
    place, round_ = led_round_or_404(request.user, code, round_id)
    services.round_close(round_=round_)
    messages.success(request, _("The round is closed: no more answers are taken."))
    return redirect("evaluations:municipality", code=place.code)


@login_required
def results(request, code, round_id):
    place, round_ = led_round_or_404(request.user, code, round_id)
    return render(
        request,
        "evaluations/results.html",
        {"municipality": place, "results": selectors.round_results(round_), "limit": selectors.limit()},
    )


@login_required
def results_print(request, code, round_id):
    place, round_ = led_round_or_404(request.user, code, round_id)
    return render(
        request,
        "evaluations/results_print.html",
        {"municipality": place, "results": selectors.round_results(round_), "limit": selectors.limit()},
    )


@login_required
def results_export(request, code, round_id):
    place, round_ = led_round_or_404(request.user, code, round_id)
    results = selectors.round_results(round_)
    if not results.shown:
        messages.error(
            request,
            _("The results can be downloaded once the round has ended with at least %(limit)s answers.")
            % {"limit": selectors.limit()},
        )
        return redirect("evaluations:results", code=place.code, round_id=round_.pk)
    return exports.results_response(results)


@login_required
def answer(request, round_id):
    round_ = get_object_or_404(EvaluationRound.objects.select_related("survey", "municipality"), pk=round_id)
    # Someone outside the audience learns nothing about the round: the same 404 as a round that does not exist.
    if not is_in_audience(round_=round_, user=request.user):
        raise Http404
    if not round_.is_open_on(timezone.localdate()):
        return render(request, "evaluations/answer_closed.html", {"round": round_}, status=410)
    if selectors.has_answered(round_=round_, user=request.user):
        return render(request, "evaluations/answered.html", {"round": round_})
    items = list(round_.survey.items.order_by("sort_order", "id"))
    form = AnswerForm(request.POST or None, items=items)
    if request.method == "POST" and form.is_valid():
        likert, open_texts = form.answers()
        try:
            services.answer_submit(round_=round_, user=request.user, likert=likert, open_texts=open_texts)
        except services.AlreadyAnswered:
            messages.info(request, _("You have already answered this survey."))
        except (services.RoundNotOpen, services.NotInAudience):
            return render(request, "evaluations/answer_closed.html", {"round": round_}, status=410)
        else:
            messages.success(request, _("Thank you! Your answers were saved without your name."))
        return redirect("evaluations:answer", round_id=round_.pk)
    themes = _themed(form)
    status = 400 if request.method == "POST" else 200
    return render(request, "evaluations/answer.html", {"round": round_, "form": form, "themes": themes}, status=status)


def _themed(form):
    themes = []
    for item, field in form.bound_items():
        if not themes or themes[-1]["name"] != item.theme:
            themes.append({"name": item.theme, "fields": []})
        themes[-1]["fields"].append((item, field))
    return themes


@login_required
def network(request):
    if not sees_network(request.user):
        raise PermissionDenied
    return render(
        request,
        "evaluations/network.html",
        {
            "overview": selectors.network_overview(),
            "limit": selectors.limit(),
            "minimum": selectors.NETWORK_MIN_MUNICIPALITIES,
        },
    )
