"""CPU time for the benchmark commands (benchmark_participation, benchmark_api, benchmark_search).

On a machine that other work keeps busy, the wall-clock time of a request measures the queue for the cores;
the CPU it used is what it would take on a quiet one."""

import os
import time

from django.db import connection


def cpu_seconds():
    """CPU used so far by this process and, on PostgreSQL, by its database server process (read from /proc:
    the server runs on this machine). A parallel query's extra workers are not counted (the dashboards' and
    the API's queries run without them)."""
    used = time.process_time()
    if connection.vendor == "postgresql":
        connection.ensure_connection()
        pid = connection.connection.info.backend_pid  # psycopg 3 knows it: no query that would count itself
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:  # a database server on another machine: this process only
            return used
        used += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime, in ticks
    return used
