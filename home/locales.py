"""Every language has the whole page tree.

A page not yet translated into Swedish or English appears in that language's tree as an alias of the
Finnish page (wagtail-localize's synchronised trees): the site works in every language at once, showing the
Finnish text, marked lang="fi", until a trainer translates the page. Trainers' new pages get their aliases
automatically when created in the admin; pages created in code (the demo, imports) call locale_trees_sync().
"""

from django.conf import settings
from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import PageIndex, synchronize_tree


def locale_trees_sync():
    """Create the missing aliases in every other language's tree, and keep them in sync from now on."""
    source = Locale.get_default()
    index = PageIndex.from_database().sort_by_tree_position()
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        target, _created = Locale.objects.get_or_create(language_code=code)
        if target.pk == source.pk:
            continue
        # A bulk update skips the model's save signal, which would queue a second full synchronisation.
        if not LocaleSynchronization.objects.filter(locale=target).exists():
            LocaleSynchronization.objects.bulk_create([LocaleSynchronization(locale=target, sync_from=source)])
        synchronize_tree(source, target, page_index=index)
