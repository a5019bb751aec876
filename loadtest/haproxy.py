"""The load balancer of the two-server load test (LOADTEST_SERVERS=2 in loadtest/run.sh): writes an HAProxy
configuration for app servers on 127.0.0.1, and reads HAProxy's counters at the end of the run.

    python loadtest/haproxy.py config --port 8150 --server 127.0.0.1:8151 --server 127.0.0.1:8152 \
        --socket OUT/haproxy.sock > OUT/haproxy.cfg
    python loadtest/haproxy.py stats --socket OUT/haproxy.sock > OUT/haproxy_stats.csv

What happens to a request when an app server stops:

- A server that refuses the connection (stopped, or closing its listening socket in a graceful SIGTERM) never
  saw the request, so any request, POST included, is sent to the other server (`retries` with `option
  redispatch`: HAProxy's default `conn-failure` retry).
- A server that dies with the request in hand (SIGKILL, a crash) may or may not have acted on it. A GET or
  HEAD changes nothing, so HAProxy sends it again to the other server (`retry-on empty-response
  response-timeout`). Any other method is not replayed (`disable-l7-retry`): the browser gets a 502 (or, on
  a kept-alive connection, the connection closed without an answer) and the person may try again, rather
  than the balancer repeating an action the person never asked twice for. Marking a lesson done happens
  to be idempotent here, registering for an event is not (the second answer is "already registered"), and
  the balancer cannot tell them apart.
- Health checks on `/` (the cached home page: one Redis read) take a server out of rotation after three
  failures two seconds apart, and put it back when it answers again. A stopped server refuses the check at
  once; a busy one has 10 s to answer, because a check waits in the same queue as the requests: with a tight
  timeout, a burst of load marks both servers down and the balancer answers 503 to everyone (seen in a smoke
  test on a loaded machine). Requests sent to a stopped server before it is marked down are retried.
- HAProxy closes its side of each server connection after the response (`option http-server-close`) while
  keeping the browsers' connections open: so it never sends a request on an idle connection that a server
  in graceful shutdown is just closing, which would fail a POST that was never processed.
"""

import argparse
import socket
import sys

HEALTH_PATH = "/"


def config(*, port, servers, stats_socket, host="127.0.0.1", health_path=HEALTH_PATH):
    """The HAProxy configuration: a frontend on 127.0.0.1:`port` balancing over `servers` ("host:port")."""
    server_lines = "\n".join(
        f"    server app{number} {address} check inter 2s fall 3 rise 2"
        for number, address in enumerate(servers, start=1)
    )
    return f"""\
# Written by loadtest/haproxy.py for the two-server load test; see that file for why each line is here.
global
    maxconn 4000
    stats socket {stats_socket} mode 600 level operator
    log stdout format raw local0 warning

defaults
    mode http
    log global
    option httplog
    option dontlog-normal
    timeout connect 2s
    timeout client 65s
    timeout server 65s
    timeout check 10s
    # Longer than the longest wait between a simulated user's steps (see run.sh's note on keep-alive).
    timeout http-keep-alive 30s
    option http-server-close
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response response-timeout

frontend web
    bind 127.0.0.1:{port}
    default_backend app

backend app
    balance roundrobin
    # Replay only requests that change nothing; a refused connection is retried whatever the method.
    http-request disable-l7-retry unless METH_GET or METH_HEAD
    option httpchk
    http-check send meth GET uri {health_path} ver HTTP/1.1 hdr Host {host} hdr X-Forwarded-Proto https
    http-check expect status 200
{server_lines}
"""


def stats(stats_socket):
    """HAProxy's counters per frontend, backend and server (`show stat`, CSV)."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.connect(stats_socket)
        connection.sendall(b"show stat\n")
        chunks = []
        while chunk := connection.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks).decode()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    write = commands.add_parser("config", help="print the configuration")
    write.add_argument("--port", type=int, required=True)
    write.add_argument("--server", action="append", required=True, help="host:port of an app server")
    write.add_argument("--socket", required=True, help="path of HAProxy's stats socket")
    read = commands.add_parser("stats", help="print HAProxy's counters (CSV)")
    read.add_argument("--socket", required=True)
    args = parser.parse_args()
    if args.command == "config":
        sys.stdout.write(config(port=args.port, servers=args.server, stats_socket=args.socket))
    else:
        sys.stdout.write(stats(args.socket))


if __name__ == "__main__":
    main()
