"""Idempotent set-up of the site root, used by `manage.py setup_site` and the demo loader."""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

from .models import HomePage

HOME_TITLE = "Uudet valtuustot – USO-verkoston perehdytys"
HOME_LEAD = (
    "Perehdytys vuoden 2021 kuntavaaleissa valituille luottamushenkilöille ja heidän kanssaan työskenteleville "
    "viranhaltijoille: kaksoisjohtaminen, roolit ja hyvät yhteistyön käytännöt, lyhyinä oppitunteina puhelimella "
    "tai tietokoneella."
)


def locales_ensure():
    """A Wagtail locale for each content language (Finnish exists from the first migration)."""
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


@transaction.atomic
def home_page_ensure():
    """The one HomePage, made the default site's root. Replaces Wagtail's placeholder welcome page."""
    locales_ensure()
    home = HomePage.objects.filter(locale=Locale.get_default()).first()
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
