"""The events section of a municipality's participation dashboard (see municipalities/dashboard.py)."""

from .selectors import participation_for_municipality


def dashboard_context(*, municipality, user=None, request=None):
    return {"events_participation": participation_for_municipality(municipality=municipality)}
