"""Compile the gettext catalogues (locale/*/LC_MESSAGES/*.po) to .mo files with polib.

Django's compilemessages needs GNU gettext's msgfmt, which a fresh machine may lack; polib is pure Python
and already installed (wagtail-localize uses it). The .mo files are build output and not kept in git.
"""

from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent


def main():
    for po_path in sorted((ROOT / "locale").glob("*/LC_MESSAGES/*.po")):
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
        print(f"compiled {po_path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
