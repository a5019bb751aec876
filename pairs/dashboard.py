"""The leadership pair's line on a municipality's dashboard: how far its pathway is, never its content."""

from .selectors import pair_status


def dashboard_context(*, municipality, user=None, request=None):
    status = pair_status(municipality=municipality)
    return {"pair_status": status, "in_pair": user is not None and user.pk in status.member_ids}
