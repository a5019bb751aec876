"""Start the test provider in its own process for a test module, and sign in at it as a browser would."""

import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import requests

ROOT = Path(__file__).resolve().parents[3]
PASSWORD = "provider-password-1"


@dataclass
class Provider:
    issuer: str
    subjects: dict  # username -> "sub" of the person at the provider

    def sign_in(self, authorize_url, username):
        """Follow the provider's pages from the authorisation request as `username` and return where the
        provider sends the browser back (our callback, with code and state)."""
        session = requests.Session()
        response = session.get(authorize_url, allow_redirects=False, timeout=10)
        if response.status_code == 302 and urlsplit(response.headers["Location"]).path == "/login/":
            login_url = urljoin(authorize_url, response.headers["Location"])
            session.get(login_url, timeout=10)
            next_url = dict(p.split("=", 1) for p in urlsplit(login_url).query.split("&"))["next"]
            response = session.post(
                login_url,
                {
                    "username": username,
                    "password": PASSWORD,
                    "next": requests.utils.unquote(next_url),
                    "csrfmiddlewaretoken": session.cookies["csrftoken"],
                },
                allow_redirects=False,
                timeout=10,
            )
            response = session.get(
                urljoin(authorize_url, response.headers["Location"]), allow_redirects=False, timeout=10
            )
        assert response.status_code == 302, response.text[:500]
        return response.headers["Location"]


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def provider_running(*, clients, people):
    """clients: [{"client_id", "client_secret", "redirect_uris"}]; people: [{"username", "email",
    "email_verified", "misbehave"}] (all with PASSWORD)."""
    port = _free_port()
    people = [{"password": PASSWORD, **person} for person in people]
    workdir = tempfile.TemporaryDirectory(prefix="oidc-provider-")
    config = os.path.join(workdir.name, "config.json")
    with open(config, "w") as file:
        json.dump({"clients": clients, "people": people}, file)
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.accounts.oidc_provider.serve", config, str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"},
    )
    try:
        line = process.stdout.readline()
        assert line.startswith("ready"), f"the test provider did not start: {line!r}"
        subjects = json.loads(line.removeprefix("ready"))
        yield Provider(issuer=f"http://127.0.0.1:{port}/o", subjects=subjects)
    finally:
        process.terminate()
        process.wait(timeout=10)
        workdir.cleanup()
