"""The supplements section of a municipality's participation dashboard: its own part beside the network's."""

from .selectors import municipality_supplement_figures


def dashboard_context(*, municipality, user=None, request=None):
    leads = user is not None and (
        user.is_superuser or user.led_municipalities.filter(municipality=municipality).exists()
    )
    return {
        "supplement_figures": municipality_supplement_figures(municipality=municipality),
        "municipality": municipality,
        "leads_municipality": leads,
    }
