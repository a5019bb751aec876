"""Council terms: which one is current, which one a page asks for, and who held a role in one.

The current term is computed from today's date, so the service moves from one term to the next on the day
the law says, with nothing to change in settings. The terms are few and change only when an administrator
edits them, so their list is cached and cleared on every change (signal_handlers.py): asking costs no query.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.utils import timezone

from .models import CouncilTerm

CACHE_KEY = "municipalities:council-terms"
CACHE_SECONDS = 3600


def council_terms():
    """Every term, newest first."""
    terms = cache.get(CACHE_KEY)
    if terms is None:
        terms = list(CouncilTerm.objects.order_by("-starts_on"))
        cache.set(CACHE_KEY, terms, CACHE_SECONDS)
    return terms


def council_terms_forget():
    cache.delete(CACHE_KEY)


def term_on(day):
    """The term that includes `day`; between two terms, or after the last one, the latest term that had
    started by then (its people stay the current people until the next term is entered); None before the
    first term."""
    started = [term for term in council_terms() if term.starts_on <= day]
    return started[0] if started else None


def current_term():
    return term_on(timezone.localdate())


def term_named(name):
    return next((term for term in council_terms() if term.name == name), None)


@dataclass(frozen=True)
class TermChoice:
    """The term a page shows, read from ?term=<name>, and the others it can switch to."""

    term: object  # CouncilTerm or None when no term exists yet
    current: object
    terms: list

    @property
    def is_history(self):
        return self.term is not None and self.current is not None and self.term.pk != self.current.pk

    @property
    def query_value(self):
        """What ?term= carries: empty for the current term, so the default page keeps its plain address."""
        return "" if self.term is None or not self.is_history else self.term.name


def term_from_query(query):
    """The term named in `query` ("term"), the current one when it names none or one that does not exist.

    Only the terms that have started are offered: a future term has no people yet."""
    current = current_term()
    today = timezone.localdate()
    terms = [term for term in council_terms() if term.starts_on <= today]
    wanted = term_named(str(query.get("term", ""))[:50]) if query.get("term") else None
    if wanted is None or wanted not in terms:
        wanted = current
    return TermChoice(term=wanted, current=current, terms=terms)
