"""The interface is complete in Finnish and Swedish: every string in the code has a translation."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parent.parent
IGNORE = ["--ignore=.venv", "--ignore=node_modules", "--ignore=tests", "--ignore=docs", "--ignore=staticfiles"]


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_catalogue_has_no_untranslated_or_fuzzy_entries(language):
    catalogue = polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == [], f"{len(untranslated)} untranslated, e.g. {untranslated[:5]}"
    assert fuzzy == [], f"{len(fuzzy)} fuzzy, e.g. {fuzzy[:5]}"


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_translations_keep_their_placeholders(language):
    import re

    placeholder = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")
    catalogue = polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))
    broken = []
    for entry in catalogue.translated_entries():
        translations = [entry.msgstr] if not entry.msgid_plural else list(entry.msgstr_plural.values())
        expected = sorted(placeholder.findall(entry.msgid_plural or entry.msgid))
        for text in translations:
            found = sorted(placeholder.findall(text))
            if found != expected and not (entry.msgid_plural and set(found) <= set(expected)):
                broken.append((entry.msgid, text))
    assert broken == []


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="GNU gettext (xgettext) is not installed")
def test_makemessages_finds_no_string_missing_from_the_catalogues(tmp_path):
    """Run makemessages on a copy of the project: any new string in the code shows up untranslated there."""
    copy = tmp_path / "project"
    shutil.copytree(
        ROOT,
        copy,
        ignore=shutil.ignore_patterns(".venv", "node_modules", ".git", "media", "*.sqlite3", "staticfiles", ".*cache"),
    )
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "fi", "-l", "sv", "--no-obsolete", "-v0", *IGNORE],
        cwd=copy,
        check=True,
        capture_output=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "training.settings.test"},
    )
    for language in ("fi", "sv"):
        catalogue = polib.pofile(str(copy / "locale" / language / "LC_MESSAGES" / "django.po"))
        missing = [entry.msgid for entry in catalogue.untranslated_entries()]
        assert missing == [], f"{language}: {len(missing)} strings without translation, e.g. {missing[:5]}"
