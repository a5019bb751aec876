"""Sections that feature apps add to a municipality's participation dashboard.

The dashboard belongs to one app and events to another; neither imports the other. An app registers a
section here from its AppConfig.ready(); the dashboard renders every registered section in order.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class DashboardSection:
    key: str
    template: str
    # context(municipality=, user=, request=) -> dict for the template; must run a fixed number of queries.
    context: Callable
    order: int = 100


_sections = {}


def register_dashboard_section(section):
    _sections[section.key] = section
    return section


def dashboard_sections():
    return sorted(_sections.values(), key=lambda section: section.order)
