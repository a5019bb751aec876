"""Index a page again once it is published.

Wagtail indexes a page when it is saved, but a page's tags (and other child relations) are written after the
save that indexes it, so a page whose themes changed would be found by its old themes until its next save.
`page_published` comes after the whole publish, child relations included.
"""

from wagtail.search import index
from wagtail.signals import page_published


def page_reindex(sender, instance, **kwargs):
    index.insert_or_update_object(instance)


page_published.connect(page_reindex, dispatch_uid="search-page-reindex")
