"""The events section of a municipality's participation dashboard (see municipalities/dashboard.py)."""

from .selectors import participation_for_municipality
from .workshop_requirements import municipality_waiting_for_workshops


def dashboard_context(*, municipality, user=None, request=None):
    return {"events_participation": participation_for_municipality(municipality=municipality)}


def waiting_context(*, municipality, user=None, request=None):
    """How many of the municipality's people wait for a workshop a course asks for (workshop_requirements.py)."""
    return {"waiting_for_workshops": municipality_waiting_for_workshops(municipality=municipality)}
