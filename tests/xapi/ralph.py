"""A real Learning Record Store for the tests: Ralph (ralph-malph) on 127.0.0.1, on a free port, storing
statements in a file (its file-system backend), with basic auth.

Ralph's dependencies (FastAPI, pydantic, …) are not the service's, so it lives in a virtual environment of
its own: `make ralph` makes it in .ralph-venv (or set RALPH_PYTHON to another one's python). Without it the
tests that need it are skipped and say how to get it."""

import json
import os
import socket
import subprocess
import time
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
PYTHON = Path(os.environ.get("RALPH_PYTHON", ROOT / ".ralph-venv" / "bin" / "python"))
USERNAME, PASSWORD = "lrs-test", "lrs-test-password"


# Ralph 5.1's file-system LRS backend writes each batch with the "create" operation into its one file, so
# every write after the first fails ("already exists"); appending is what an LRS on one file needs. The
# file-system backend is Ralph's development backend; production LRSs use Elasticsearch, MongoDB or ClickHouse.
SERVE = """
import sys
import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend
FSLRSBackend.default_operation_type = BaseOperationType.APPEND
uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""


def ralph_available():
    return (
        PYTHON.exists()
        and subprocess.run([PYTHON, "-c", "import ralph.backends.lrs.fs, uvicorn"], capture_output=True).returncode == 0
    )


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Ralph:
    def __init__(self, directory):
        self.directory = Path(directory)
        (self.directory / "data").mkdir(parents=True, exist_ok=True)
        password_hash = subprocess.run(
            [PYTHON, "-c", f"import bcrypt; print(bcrypt.hashpw({PASSWORD!r}.encode(), bcrypt.gensalt(4)).decode())"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        credentials = [
            {
                "username": USERNAME,
                "hash": password_hash,
                "scopes": ["all"],
                "agent": {"account": {"homePage": "http://127.0.0.1/", "name": USERNAME}},
            }
        ]
        (self.directory / "auth.json").write_text(json.dumps(credentials))
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}/xAPI"
        self.process = None

    def start(self):
        env = {
            **os.environ,
            "RALPH_APP_DIR": str(self.directory),
            "RALPH_AUTH_FILE": str(self.directory / "auth.json"),
            "RALPH_RUNSERVER_BACKEND": "fs",
            "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(self.directory / "data"),
            "RALPH_RUNSERVER_MAX_SEARCH_HITS_COUNT": "1000",
        }
        command = [PYTHON, "-c", SERVE, str(self.port)]
        self.process = subprocess.Popen(  # noqa: S603 (our own interpreter and arguments)
            command, cwd=self.directory, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if requests.get(f"http://127.0.0.1:{self.port}/__heartbeat__", timeout=1).status_code == 200:
                    return
            except requests.ConnectionError:
                time.sleep(0.2)
        self.stop()
        pytest.fail("Ralph did not start within 60 s")

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=20)
            self.process = None

    def statements(self):
        """Every statement Ralph holds, following its `more` links."""
        found, url = [], f"{self.url}/statements"
        session = requests.Session()
        session.auth = (USERNAME, PASSWORD)
        session.headers["X-Experience-API-Version"] = "1.0.3"
        while url:
            body = session.get(url, timeout=10).json()
            found += body["statements"]
            more = body.get("more")
            url = f"http://127.0.0.1:{self.port}{more}" if more else None
        return found
