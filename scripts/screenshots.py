"""Screenshots of the main pages for the README and docs/design.md, at phone (390 px) and desktop (1280 px).

Run against a running demo (`make demo` in another terminal):
    .venv/bin/python scripts/screenshots.py [BASE_URL] [OUT_DIR]
Uses Debian's Chromium (/usr/bin/chromium) through Playwright; no browser download.
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000"
OUT = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).resolve().parent.parent / "docs" / "screenshots"
COURSE = "/kurssit/valtuustokauden-2021-2025-perehdytys/"
LOGINS = {
    "learner": ("valtuutettu@example.fi", "Valtuusto2021!"),
    "leader": ("kunnanjohtaja@example.fi", "Johtaja2021!"),
    "coordinator": ("koordinaattori@example.fi", "Verkosto2021!"),
}
PAGES = {
    "learner": [
        ("home", "/"),
        ("catalogue", "/kurssit/"),
        ("course", COURSE),
        ("lesson", COURSE + "roolit/"),
        ("my-learning", "/oma-oppiminen/"),
        ("certificates", "/todistukset/"),
        ("events", "/tapahtumat/"),
        ("lesson-sv", "/sv/kurser/introduktion-for-fullmaktige-2021-2025/dubbelt-ledarskap/vad-ar-dubbelt-ledarskap/"),
    ],
    "leader": [("dashboard", "/osallistuminen/kunta/109/")],
    "coordinator": [("network", "/osallistuminen/verkosto/")],
}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for device, viewport in (("phone", {"width": 390, "height": 844}), ("desktop", {"width": 1280, "height": 900})):
            for role, pages in PAGES.items():
                page = browser.new_page(viewport=viewport, locale="fi-FI")
                page.goto(f"{BASE}/tili/kirjaudu/")
                page.fill("#id_username", LOGINS[role][0])
                page.fill("#id_password", LOGINS[role][1])
                page.click("main button[type=submit]")
                for name, path in pages:
                    page.goto(BASE + path)
                    if name == "lesson":
                        page.click("main .lesson-list a >> nth=0")
                    page.screenshot(path=str(OUT / f"{name}-{device}.png"), full_page=(device == "desktop"))
                page.close()
        browser.close()
    print(f"Screenshots in {OUT}")


if __name__ == "__main__":
    main()
