"""axe-core in a Playwright page: run the WCAG 2.2 A/AA and best-practice rules and describe what fails in
words a developer can act on."""

import functools
from pathlib import Path

AXE_SCRIPT = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.2 AA (target size, focus not obscured …) and axe-core's best practices (landmarks, heading order) too.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
# axe-core leaves some findings "to review" rather than calling them violations. An ARIA attribute that
# points at an element that is not there (a field described by an error message with another id) is
# one of them, and always a mistake here.
REVIEW_AS_VIOLATION = {"aria-valid-attr-value"}


def axe_violations(page):
    """The violations axe-core finds on the page as it is now."""
    # Always ours: the Wagtail user bar shown to editors brings an older axe-core of its own. Evaluated as a
    # string, in a third of the time add_script_tag() takes for the same file.
    page.evaluate(_axe_source())
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        WCAG_TAGS,
    )
    to_review = [finding for finding in result["incomplete"] if finding["id"] in REVIEW_AS_VIOLATION]
    return result["violations"] + to_review


@functools.cache
def _axe_source():
    return AXE_SCRIPT.read_text(encoding="utf-8")


def violations_report(violations):
    """One block per rule: id, impact, what to fix, where (CSS selectors of the elements) and the help URL."""
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"]:
            lines.append(f"    at {' > '.join(str(part) for part in node['target'])}")
        lines.append(f"    see {violation['helpUrl']}")
    return "\n".join(lines)
