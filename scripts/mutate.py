"""Mutation testing on demand (`make mutate`, never in CI): mutmut 3 over the modules that hold the rules.

Each module runs in a scratch folder of its own (.mutmut/<module>/) with a mutmut configuration that names only
the test files relevant to it, so one module's run neither waits for nor disturbs another's. mutmut forks a
pytest run per mutant; a kept SQLite test database (TEST_DATABASE_FILE, --reuse-db) spares the migrations each
time, and one child at a time keeps two forks from locking that file.

    .venv/bin/python scripts/mutate.py                      # every module below
    .venv/bin/python scripts/mutate.py assessments/scoring.py
    .venv/bin/python scripts/mutate.py --summary            # kill rates of the runs already made

The kill rates go into docs/testing.md ("Mutation testing") by hand, with the survivors judged equivalent.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRATCH = ROOT / ".mutmut"
MUTMUT = ROOT / ".venv" / "bin" / "mutmut"

# The module and the tests that exercise it. Every app is copied into the scratch folder (Django imports them
# all); only the named module is mutated.
MODULES = {
    "assessments/scoring.py": [
        "tests/assessments/test_scoring_arithmetic.py",
        "tests/assessments/test_scoring.py",
        "tests/security/test_properties.py",
    ],
    "municipalities/access.py": [
        "tests/participation/test_access.py",
        "tests/participation/test_coordinator_names.py",
    ],
    "participation/access.py": ["tests/participation/test_access.py"],
    "api/access.py": ["tests/api/test_access.py"],
    "evaluations/access.py": [
        "tests/evaluations/test_access.py",
        # A leader opening their own rounds (led_round_or_404 with two rounds to choose from).
        "tests/evaluations/test_results.py::test_the_change_since_the_previous_round_is_shown",
    ],
    "supplements/access.py": ["tests/supplements/test_visibility.py", "tests/supplements/test_editors.py"],
    "discussions/access.py": [
        "tests/discussions/test_scoping.py",
        "tests/discussions/test_moderation.py",
        "tests/discussions/test_peer_groups.py",
    ],
    "events/access.py": [
        "tests/events/test_access.py",
        "tests/events/test_needs_notes.py",
        "tests/events/test_feedback.py",
        # Who sees an online event's link (is_organiser for someone not signed in); the network's events in a
        # workshop requirement and on the municipality's dashboard (network_events_filter).
        "tests/events/test_registration.py::test_the_online_link_is_shown_only_to_registered_participants",
        "tests/events/test_workshop_requirements.py::test_a_joint_seminar_counts_where_the_course_says_so",
        "tests/events/test_attendance.py::test_dashboard_section_counts_the_municipalitys_people",
    ],
    "participation/small_groups.py": [
        "tests/participation/test_small_groups.py",
        "tests/participation/test_small_groups_rendered.py",
        "tests/security/test_small_group_totals.py",
        "tests/participation/test_exports.py",
        "tests/security/test_properties.py",
    ],
    "courses/services.py": ["tests/courses", "tests/assessments/test_completion_rules.py"],
    "courses/selectors.py": ["tests/courses", "tests/participation/test_dashboard.py"],
    "events/services.py": ["tests/events"],
    "rosters/services.py": [
        "tests/rosters/test_import_views.py",
        "tests/rosters/test_invitations.py",
        "tests/rosters/test_transactions.py",
    ],
}

# Every package of the project (Django imports every installed app), found rather than listed so that a new
# app cannot be left out of the scratch folder.
APPS = sorted(
    path.name for path in ROOT.iterdir() if (path / "__init__.py").exists() and path.name not in ("tests", "scripts")
)
ALSO = ["templates", "static", "locale", "manage.py"]


def slug(module):
    return module.removesuffix(".py").replace("/", ".")


def prepare(module, tests):
    """A scratch folder that looks like the project (links) with a mutmut configuration for `module` alone."""
    folder = SCRATCH / slug(module)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for name in [*APPS, *ALSO, "tests"]:
        (folder / name).symlink_to(ROOT / name)
    pytest_options = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]
    lines = ["[tool.pytest.ini_options]"]
    lines += [f"{key} = {toml_value(value)}" for key, value in pytest_options.items() if key != "testpaths"]
    lines += [
        "",
        "[tool.mutmut]",
        f"source_paths = {toml_value(APPS)}",
        f"only_mutate = {toml_value([module])}",
        f"also_copy = {toml_value(ALSO)}",
        f"pytest_add_cli_args_test_selection = {toml_value(tests)}",
        # -p no:cacheprovider: the forks must not write .pytest_cache into the linked tests folder.
        'pytest_add_cli_args = ["--reuse-db", "-p", "no:cacheprovider", "-m", "not browser"]',
        "use_git_change_detection = false",
        "",
    ]
    (folder / "pyproject.toml").write_text("\n".join(lines))
    return folder


def toml_value(value):
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def run(module, tests):
    folder = prepare(module, tests)
    env = {**os.environ, "TEST_DATABASE_FILE": str(folder / "test.sqlite3")}
    env.pop("DATABASE_URL", None)  # the kept test database is the scratch folder's SQLite file
    log = folder / "run.log"
    with log.open("w") as out:
        command = ["/usr/bin/nice", "-n", "19", str(MUTMUT), "run", "--max-children", "1"]
        code = subprocess.call(command, cwd=folder, env=env, stdout=out, stderr=out)  # noqa: S603 (our own command)
    print(f"{module}: mutmut exited {code}; log in {log.relative_to(ROOT)}")
    summarise(module)


def results(module):
    folder = SCRATCH / slug(module)
    if not (folder / "mutants").exists():
        return None
    command = [str(MUTMUT), "results", "--all", "true"]
    output = subprocess.run(command, cwd=folder, capture_output=True, text=True, check=False).stdout  # noqa: S603
    statuses = {}
    for line in output.splitlines():
        match = re.match(r"\s*(\S+): (.+)$", line)
        if match:
            statuses[match.group(1)] = match.group(2).strip()
    return statuses


def summarise(module):
    statuses = results(module)
    if statuses is None:
        print(f"{module}: not run yet")
        return
    counts = {}
    for status in statuses.values():
        counts[status] = counts.get(status, 0) + 1
    killed = counts.get("killed", 0) + counts.get("timeout", 0)
    total = len(statuses)
    rate = f"{100 * killed / total:.0f} %" if total else "-"
    print(f"{module}: {total} mutants, {killed} killed ({rate}); " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    for name, status in sorted(statuses.items()):
        if status not in ("killed", "timeout"):
            print(f"    {status}: {name}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("modules", nargs="*", help="modules to mutate (default: all of them)")
    parser.add_argument("--summary", action="store_true", help="only print the results of earlier runs")
    args = parser.parse_args()
    unknown = [module for module in args.modules if module not in MODULES]
    if unknown:
        sys.exit(f"Unknown module(s) {unknown}; choose from {list(MODULES)}")
    for module in args.modules or MODULES:
        if args.summary:
            summarise(module)
        else:
            run(module, MODULES[module])


if __name__ == "__main__":
    main()
