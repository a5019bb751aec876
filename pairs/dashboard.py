"""The leadership pair's line on a municipality's dashboard: how far its pathway is, never its content."""

from .selectors import pair_status


def dashboard_context(*, municipality, user=None, request=None):
    return {"pair_status": pair_status(municipality=municipality)}
