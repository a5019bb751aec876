"""Who may do what with evaluations. Every view asks here.

- A municipal leader opens rounds and reads the results of the municipalities they lead — only those: a
  round of another municipality is a 404, the same as one that does not exist. The network coordinator
  follows municipalities for participation, but here sees network figures only (network view).
- Anyone in a round's audience answers it (audience.py).
"""

from django.shortcuts import get_object_or_404

from municipalities.access import is_network_coordinator
from municipalities.models import Municipality

from .models import EvaluationRound


def led_municipalities(user):
    if not user.is_authenticated:
        return Municipality.objects.none()
    return Municipality.objects.filter(leaders__user=user)


def led_municipality_or_404(user, code):
    return get_object_or_404(led_municipalities(user), code=str(code))


def led_round_or_404(user, code, round_id):
    municipality = led_municipality_or_404(user, code)
    round_ = get_object_or_404(
        EvaluationRound.objects.select_related("survey", "term", "municipality"),
        pk=round_id,
        municipality=municipality,
    )
    return municipality, round_


def sees_network(user):
    return user.is_authenticated and (user.is_superuser or is_network_coordinator(user))
