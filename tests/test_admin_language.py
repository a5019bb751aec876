"""No English interface text in the Finnish and Swedish admin (issue 13).

A trainer and an administrator, with the admin in Finnish and then in Swedish (the trainer's language chosen on
the site, the administrator's in the admin's own account settings), open every admin page the project adds or
configures: the page editor of each page type, the snippets (quizzes, question banks, rules, badges, surveys,
pathways…), the project's own views (translation status, quiz statistics, shared reflections, council terms, the
network, the audit log) and wagtail-localize's translation editor. Each page's interface text (text and the
attributes a person meets) is searched for

- phrases that were shown in English before issue 13 (PHRASES), and
- any msgid of the interface's catalogues (Wagtail's, wagtail-localize's and ours) shown as it is, in English,
  unless a translator wrote it the same in that language.
"""

import re
from pathlib import Path

import polib
import pytest
import wagtail
import wagtail_localize
from django.conf import settings
from django.test import Client, RequestFactory
from django.urls import reverse
from lxml import html as lxml_html
from wagtail.admin.menu import admin_menu
from wagtail.models import Locale
from wagtail.snippets.models import get_snippet_models
from wagtail.users.models import UserProfile
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import translate_object

from assessments.models import Quiz
from tests.browser.site_data import PASSWORD, site_data_build
from tests.builders import make_user

pytestmark = pytest.mark.django_db

# English text seen in the Finnish or Swedish admin before issue 13 was fixed, on the pages below: column headings
# of the network's views and badges named after the model's field, and Wagtail's and wagtail-localize's strings
# their own Finnish or Swedish catalogue lacks.
PHRASES = [
    "Municipality",
    "Network",
    "User",
    "Actions",
    "Actions (footer)",
    "Autosave is paused",
    "Date updated",
    "Edit account avatar",
    "Any",
    "Toggle status",
    "Toggle section",
    "Once live anyone can view",
    "Content metrics",
    "Readability",
    "Sort menu order",
    "Search all pages…",
    "Source title",
    "Changes are not automatically applied between translated pages. Syncing will add new content for translation "
    "and remove deleted content.",
    "Apply the updates and publish immediately. The changes will use the original language until translated.",
]

# Catalogue msgids written the same in Finnish and Swedish (names, codes, abbreviations), never reported.
# "English" is the English locale's name as the admin lists content languages: each in its own language ("Suomi",
# "Svenska", "English"; settings.WAGTAIL_CONTENT_LANGUAGES).
SAME_IN_EVERY_LANGUAGE = {"Wagtail", "URL", "Email", "HTML", "ID", "OK", "Slug", "SEO", "English"}
# The data set's pages are published by code, with no user: Wagtail's listings and reports then show the Python
# value None as "last published by" (a page published in the admin names its trainer).
NOT_INTERFACE = {"None"}
# Wagtail's redirects (administrators only, not configured by the project) translate their form's choices when
# Python imports the module, before any language is active; no catalogue of ours can change that.
NOT_CRAWLED = ("/admin/redirects/",)
LETTERS = re.compile(r"[^\W\d_]{3,}")


def catalogues():
    """The .po files whose msgids the admin shows: Wagtail's apps and wagtail-localize (their English catalogues
    hold every msgid; the Finnish and Swedish ones lack some) and the project's."""
    roots = [Path(wagtail.__file__).parent, Path(wagtail_localize.__file__).parent]
    found = [path for root in roots for path in root.glob("**/locale/en/LC_MESSAGES/django.po")]
    return [*found, Path(settings.BASE_DIR) / "locale/fi/LC_MESSAGES/django.po"]


def _in_language(path, language):
    return Path(str(path).replace("/en/LC_MESSAGES/", "/fi/LC_MESSAGES/").replace("/fi/", f"/{language}/"))


def english_msgids(language):
    """Msgids that must not be shown as they are in `language`: those the language translates (Django's lookup
    finds a different text) and those no catalogue translates yet, unless they read the same in every language."""
    msgids = set()
    for path in catalogues():
        for entry in polib.pofile(str(path)):
            if "%" in entry.msgid or "{" in entry.msgid or not LETTERS.search(entry.msgid):
                continue  # a text with parameters never appears as it is; a symbol is no language
            msgids.add((entry.msgctxt, entry.msgid))
    # A msgid a translator wrote the same in this language ("Status" in Swedish) is right as it is.
    paths = [_in_language(path, language) for path in catalogues()]
    entries = [entry for path in paths if path.exists() for entry in polib.pofile(str(path))]
    written_the_same = {entry.msgid for entry in entries if entry.msgstr == entry.msgid}
    return {
        msgid
        for _context, msgid in msgids
        if msgid not in SAME_IN_EVERY_LANGUAGE | NOT_INTERFACE | written_the_same and not msgid.isupper()
    }


def interface_texts(content):
    """Every piece of interface text on an admin page: each element's own text and its tail, and the attributes a
    person meets, whitespace collapsed. Scripts and the editor's JSON are left out."""
    tree = lxml_html.fromstring(content)
    for element in tree.xpath("//script|//style|//template"):
        element.drop_tree()
    # Wagtail writes the hidden submit button of the dashboard's and headers' search forms in English, without
    # gettext (wagtailadmin/home.html, shared/header.html): no catalogue can translate it (docs/translation.md).
    for element in tree.xpath("//div[contains(@class, 'w-sr-only')]/input[@type='submit'][@value='Search']"):
        element.drop_tree()
    texts = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        texts += [element.text or "", element.tail or ""]
        texts += [element.get(name, "") for name in ("aria-label", "title", "placeholder", "alt")]
        if element.tag in ("input", "button") and element.get("type") in ("submit", "button"):
            texts.append(element.get("value", ""))
    return {" ".join(text.split()) for text in texts} - {""}


def admin_urls(site, superuser):
    """Every admin page the project adds or configures, with the data the crawl needs."""
    course, module, lesson = site.course, site.modules[0], site.lessons[0]
    urls = [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[course.get_parent().id]),
        reverse("wagtailadmin_explore", args=[course.id]),
        reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", module.id]),
        reverse("wagtailadmin_pages:add", args=["courses", "modulepage", course.id]),
        reverse("courses_translation_status"),
        reverse("assessments_admin:statistics_index"),
        reverse("assessments_admin:statistics", args=[site.quiz.id]),
        reverse("assessments_admin:reflections_index"),
        reverse("assessments_admin:reflections", args=[lesson.id]),
        reverse("wagtail_localize:submit_page_translation", args=[course.id]),
    ]
    for page in (
        course.get_parent(),
        course,
        module,
        lesson,
        site.quiz_lesson,
        site.lessons_sv[0],
        site.event,
        site.event.get_parent(),
    ):
        urls.append(reverse("wagtailadmin_pages:edit", args=[page.id]))
    # wagtail-localize's translation editor: the course translated into English with wagtail-localize.
    english = Locale.objects.get(language_code="en")
    translate_object(course, [english])
    english_course = type(course).objects.get(translation_key=course.translation_key, locale=english)
    urls.append(reverse("wagtailadmin_pages:edit", args=[english_course.id]))
    source = TranslationSource.objects.get(object_id=course.translation_key, locale=course.locale)
    urls.append(reverse("wagtail_localize:update_translations", args=[source.id]))
    # Snippets: the listing, the form for a new one and the first one's form.
    for model in get_snippet_models():
        viewset = model.snippet_viewset
        if model._meta.app_label.startswith("wagtail"):
            continue
        urls += [reverse(viewset.get_url_name("list")), reverse(viewset.get_url_name("add"))]
        first = model.objects.first()
        if first is not None:
            urls.append(reverse(viewset.get_url_name("edit"), args=[first.pk]))
    # The menu's other items (the project's viewsets: council terms, the network, discussions, the audit log).
    request = RequestFactory().get("/admin/")
    request.user = superuser
    urls += [url for url in _menu_urls(admin_menu, request) if url.startswith("/admin/") and url not in NOT_CRAWLED]
    return list(dict.fromkeys(urls))


def _around(content, text):
    """Where `text` is in the page's HTML, for the failure message."""
    found = re.search(rf">\s*{re.escape(text)}\s*<", content)
    at = found.start() if found else content.find(text)
    return " ".join(content[max(at - 100, 0) : at + len(text) + 40].split())


def _menu_urls(menu, request):
    for item in menu.menu_items_for_request(request):
        submenu = getattr(item, "menu", None)
        if submenu is not None:
            yield from _menu_urls(submenu, request)
        elif getattr(item, "url", ""):
            yield item.url


def _signed_in(role, user, language):
    """The trainer chose the language on the site (their profile); the administrator in the admin's own
    account settings (Wagtail's profile). Either gives the admin in that language."""
    if role == "trainer":
        user.preferred_language = language
        user.save(update_fields=["preferred_language"])
    else:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    client = Client()
    assert client.login(username=user.email, password=PASSWORD)
    return client


def test_the_finnish_and_swedish_admin_show_no_english_interface_text():
    site = site_data_build()
    superuser = make_user(email="yllapitaja@example.fi", is_superuser=True, is_staff=True, password=PASSWORD)
    urls = admin_urls(site, superuser)
    assert len(urls) > 30  # the crawl found the menu and the snippets
    assert Quiz.objects.exists()
    found = {}
    for language in ("fi", "sv"):
        english = english_msgids(language)
        closed_to_trainer = set()
        assert "Save draft" in english and "Publish" in english  # the list is built from the catalogues
        for role, user in (("trainer", site.people["trainer"]), ("superuser", superuser)):
            client = _signed_in(role, user, language)
            # The administrator opens what the trainer could not (the same pages render the same text).
            for url in urls if role == "trainer" else sorted(closed_to_trainer):
                response = client.get(url)
                if response.status_code != 200:
                    assert response.status_code in (302, 403, 404), (url, response.status_code)
                    closed_to_trainer.add(url)
                    continue
                texts = interface_texts(response.content.decode())
                shown = sorted(text for text in texts if text in english or text in PHRASES)
                if shown:
                    content = response.content.decode()
                    found[(language, role, url)] = [(text, _around(content, text)) for text in shown]
    assert not found, "\n".join(f"{key}: {texts}" for key, texts in found.items())
