"""The demo's last step: rebuild the search index, so that everything the other loaders made or changed in
bulk (progress, aliases, translations synced in code) is found as it now reads."""

from io import StringIO

from django.core.management import call_command


def search_index_rebuild(*, stdout=None):
    call_command("update_index", stdout=StringIO(), stderr=StringIO())
    if stdout is not None:
        stdout.write("Search index rebuilt")
