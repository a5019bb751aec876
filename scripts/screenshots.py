"""Screenshots of the learner's pages for the README, at phone and desktop widths.

Run against a running demo (`make demo` in another terminal):  .venv/bin/python scripts/screenshots.py
Uses Debian's Chromium (/usr/bin/chromium) through Playwright; no browser download.
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000"
OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
PAGES = [
    ("home", "/"),
    ("catalogue", "/kurssit/"),
    ("course", "/kurssit/valtuustokauden-2021-2025-perehdytys/"),
    ("lesson", "/kurssit/valtuustokauden-2021-2025-perehdytys/roolit/"),
    ("my-learning", "/oma-oppiminen/"),
    ("lesson-sv", "/sv/kurser/introduktion-for-fullmaktige-2021-2025/dubbelt-ledarskap/vad-ar-dubbelt-ledarskap/"),
]
LEADER_PAGES = [("dashboard", "/osallistuminen/kunta/109/")]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for device, viewport in (("phone", {"width": 390, "height": 844}), ("desktop", {"width": 1280, "height": 900})):
            page = browser.new_page(viewport=viewport, locale="fi-FI")
            page.goto(f"{BASE}/tili/kirjaudu/")
            page.fill("#id_username", "valtuutettu@example.fi")
            page.fill("#id_password", "Valtuusto2021!")
            page.click("main button[type=submit]")
            for name, path in PAGES:
                page.goto(BASE + path)
                if name == "lesson":
                    page.click("main .lesson-list a >> nth=0")
                page.screenshot(path=str(OUT / f"{name}-{device}.png"), full_page=(device == "desktop"))
            page.close()
            leader = browser.new_page(viewport=viewport, locale="fi-FI")
            leader.goto(f"{BASE}/tili/kirjaudu/")
            leader.fill("#id_username", "kunnanjohtaja@example.fi")
            leader.fill("#id_password", "Johtaja2021!")
            leader.click("main button[type=submit]")
            for name, path in LEADER_PAGES:
                leader.goto(BASE + path)
                leader.screenshot(path=str(OUT / f"{name}-{device}.png"), full_page=(device == "desktop"))
            leader.close()
        browser.close()
    print(f"Screenshots in {OUT}")


if __name__ == "__main__":
    main()
