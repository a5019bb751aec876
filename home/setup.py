"""Idempotent set-up of the site root, used by `manage.py setup_site` and the demo loader."""

from django.db import transaction
from wagtail.models import Page, Site

from .models import HomePage

HOME_TITLE = "Uudet valtuustot – USO-verkoston perehdytys"
HOME_LEAD = (
    "Perehdytys vuoden 2021 kuntavaaleissa valituille luottamushenkilöille ja heidän kanssaan työskenteleville "
    "viranhaltijoille: kaksoisjohtaminen, roolit ja hyvät yhteistyön käytännöt, lyhyinä oppitunteina puhelimella "
    "tai tietokoneella."
)


@transaction.atomic
def home_page_ensure():
    """The one HomePage, made the default site's root. Replaces Wagtail's placeholder welcome page."""
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(instance=HomePage(title=HOME_TITLE, slug="etusivu", lead=HOME_LEAD))
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="USO-perehdytys"
        )
    elif site.root_page_id != home.id:
        placeholder = site.root_page
        site.root_page = home
        site.site_name = "USO-perehdytys"
        site.save()
        if type(placeholder.specific) is Page and not placeholder.get_children().exists():
            placeholder.delete()
    return home
