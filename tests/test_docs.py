"""The README and docs/ point at things that exist: every link, every file path in backticks, every
`manage.py` command and every `make` target they name. A renamed file or command fails here instead of leaving
a newcomer at a dead end."""

import re
from pathlib import Path

import pytest
from django.core.management import get_commands

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
TOP_LEVEL = {path.name for path in ROOT.iterdir() if not path.name.startswith(".")} | {".ci"}


def _ids(documents):
    return [str(document.relative_to(ROOT)) for document in documents]


@pytest.mark.parametrize("document", DOCUMENTS, ids=_ids(DOCUMENTS))
def test_every_relative_link_leads_to_a_file(document):
    text = document.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target) or target.startswith("#"):
            continue
        path = target.split("#", 1)[0]
        assert (document.parent / path).exists(), f"{document.name}: {target}"


@pytest.mark.parametrize("document", DOCUMENTS, ids=_ids(DOCUMENTS))
def test_every_repository_path_in_backticks_exists(document):
    text = document.read_text(encoding="utf-8")
    for path in re.findall(r"`((?:\.ci|[a-z_]+)/[A-Za-z0-9_./-]*)`", text):
        if path.split("/", 1)[0] not in TOP_LEVEL:
            continue  # an address such as `tili/…` or a module path, not a file of the repository
        assert (ROOT / path).exists(), f"{document.name}: {path}"


@pytest.mark.parametrize("document", DOCUMENTS, ids=_ids(DOCUMENTS))
def test_every_management_command_named_exists(document):
    commands = get_commands()
    for name in re.findall(r"manage\.py ([a-z_]+)", document.read_text(encoding="utf-8")):
        assert name in commands, f"{document.name}: manage.py {name}"


@pytest.mark.parametrize("document", DOCUMENTS, ids=_ids(DOCUMENTS))
def test_every_make_target_named_exists(document):
    targets = set(re.findall(r"^([a-z][a-z-]*):", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M))
    for name in re.findall(r"`make ([a-z][a-z-]*)", document.read_text(encoding="utf-8")):
        assert name in targets, f"{document.name}: make {name}"
