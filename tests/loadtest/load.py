"""The load test's scripts (loadtest/) are run as files, not imported as a package: load one by its path."""

import importlib.util
from pathlib import Path

LOADTEST = Path(__file__).resolve().parents[2] / "loadtest"


def loadtest_module(name):
    spec = importlib.util.spec_from_file_location(f"loadtest_{name}", LOADTEST / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
