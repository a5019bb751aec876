"""The two-server load test's balancer (loadtest/haproxy.py), run for real: HAProxy with the generated
configuration in front of two small HTTP servers. When a server dies with a request in hand, a GET is answered
by the other server, but a POST is never replayed there: its browser gets a 502."""

import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.loadtest.load import loadtest_module

HAPROXY = shutil.which("haproxy") or "/usr/sbin/haproxy"
pytestmark = pytest.mark.skipif(not shutil.os.path.exists(HAPROXY), reason="needs HAProxy (Debian's haproxy)")

haproxy = loadtest_module("haproxy")


def _server(*, dies):
    """An app server on 127.0.0.1 that answers the health check; for any other request it answers 200, or,
    with `dies`, reads the request and closes the connection without a word (a worker killed mid-request).
    Returns the server and a Counter of the (method, path) it received."""
    received = Counter()

    class Handler(BaseHTTPRequestHandler):
        def _handle(self):
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if self.path != haproxy.HEALTH_PATH:
                received[self.command, self.path] += 1
                if dies:
                    self.close_connection = True
                    return
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        do_GET = do_POST = _handle

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, received


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _status(method, url):
    request = urllib.request.Request(url, method=method, data=b"x=1" if method == "POST" else None)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.fixture
def balancer(tmp_path):
    """HAProxy over a server that dies on every request and one that answers; round robin, so requests
    alternate between them. Yields (frontend URL, dying server's requests, answering server's requests)."""
    dying, dying_received = _server(dies=True)
    answering, answering_received = _server(dies=False)
    port = _free_port()
    socket_path = str(tmp_path / "haproxy.sock")
    config = tmp_path / "haproxy.cfg"
    config.write_text(
        haproxy.config(
            port=port,
            servers=[f"127.0.0.1:{s.server_address[1]}" for s in (dying, answering)],
            stats_socket=socket_path,
        )
    )
    process = subprocess.Popen([HAPROXY, "-db", "-f", str(config)], stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:  # both servers in rotation: their health checks passed
            try:
                up = haproxy.stats(socket_path).count(",UP,")
            except OSError:
                up = 0
            if up >= 2:
                break
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}", dying_received, answering_received
    finally:
        process.terminate()
        process.wait(timeout=10)
        for server in (dying, answering):
            server.shutdown()
            server.server_close()


def test_the_configuration_is_valid(tmp_path):
    config = tmp_path / "haproxy.cfg"
    config.write_text(
        haproxy.config(port=8150, servers=["127.0.0.1:8151", "127.0.0.1:8152"], stats_socket=str(tmp_path / "s"))
    )
    check = subprocess.run([HAPROXY, "-c", "-f", str(config)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def test_a_get_lost_with_a_dying_server_is_answered_by_the_other(balancer):
    url, dying_received, answering_received = balancer

    statuses = [_status("GET", f"{url}/page") for _ in range(4)]

    assert statuses == [200] * 4
    assert dying_received["GET", "/page"] >= 1  # the dying server was asked, and its requests were replayed
    assert answering_received["GET", "/page"] == 4


def test_a_post_lost_with_a_dying_server_is_not_replayed(balancer):
    url, dying_received, answering_received = balancer

    statuses = Counter(_status("POST", f"{url}/mark-done") for _ in range(4))

    assert statuses[502] == dying_received["POST", "/mark-done"] >= 1
    assert statuses[200] == answering_received["POST", "/mark-done"] >= 1
    assert statuses[502] + statuses[200] == 4
