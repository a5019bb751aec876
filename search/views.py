from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from home.text import invisible_removed

from . import selectors


def search(request):
    """The site-wide search page: the box, and the results when it was given words."""
    raw = request.GET.get("q", "")
    context = {
        "query": invisible_removed(raw)[: selectors.MAX_QUERY_LENGTH],
        "hits": [],
        "page_obj": None,
        "message": "",
    }
    status = 200
    if len(raw) > selectors.MAX_QUERY_LENGTH:
        context["query"] = ""
        context["message"] = _("The search is too long. Use at most %(count)s characters.") % {
            "count": selectors.MAX_QUERY_LENGTH
        }
        status = 400
    elif raw.strip():
        results = selectors.site_search(query=raw, language=get_language())
        if results is None:
            context["message"] = _("Type at least one word to search for.")
        else:
            context["page_obj"], context["hits"] = selectors.search_page(
                results=results, number=request.GET.get("sivu")
            )
    return render(request, "search/search.html", context, status=status)
