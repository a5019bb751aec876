"""Benchmark of a national roster import, run on demand, never in the test suite.

Uploads a roster of --rows people (10,000 by default) through the leader's screens with the Django test
client, opens the preview, confirms, and runs the background save as the task worker would (the saving
task and the invitation emails are queued in the database, as in production, not sent). Prints the time
of each step and the peak memory: Python's own allocations (tracemalloc) and the process's resident size.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_roster .venv/bin/python manage.py benchmark_roster_import
"""

import csv
import io
import resource
import time
import tracemalloc

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client, override_settings
from django.urls import reverse

from municipalities.models import Municipality, MunicipalLeader
from rosters import services
from rosters.models import RosterImport

EMAIL_DOMAIN = "roster-bench.example"
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def roster_csv(rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(["Etunimi", "Sukunimi", "Sähköposti", "Rooli", "Toimielin", "Kieli"])
    roles = [
        ("valtuutettu", "Kunnanvaltuusto"),
        ("jäsen", "Kunnanhallitus"),
        ("lautakunnan jäsen", "Sivistyslautakunta"),
    ]
    for n in range(rows):
        role, body = roles[n % len(roles)]
        writer.writerow([f"Etunimi{n}", f"Sukunimi-Äöå{n}", f"henkilo{n}@{EMAIL_DOMAIN}", role, body, "fi"])
    return buffer.getvalue().encode("utf-8-sig")


class Command(BaseCommand):
    help = "Measure importing a national roster: upload, preview, confirmation and the background save."

    def add_arguments(self, parser):
        parser.add_argument("--rows", type=int, default=10_000)
        parser.add_argument("--force", action="store_true", help="Run on a database whose name lacks 'bench'.")
        parser.add_argument(
            "--memory",
            action="store_true",
            help="Also trace Python allocations (tracemalloc), which slows every step by about half: measure "
            "the times without it.",
        )

    def handle(self, *args, **options):
        name = str(connection.settings_dict["NAME"])
        if "bench" not in name and not options["force"]:
            raise CommandError(
                f"The benchmark creates {options['rows']} accounts; point DATABASE_URL at a database of its own whose "
                f"name contains 'bench' (this one is {name}), or pass --force."
            )
        call_command("migrate", verbosity=0)
        place = Municipality.objects.get(code="091")
        get_user_model().objects.filter(email__endswith="@" + EMAIL_DOMAIN).delete()  # an earlier run's people
        leader, _created = get_user_model().objects.get_or_create(
            email=f"leader@{EMAIL_DOMAIN}", defaults={"first_name": "Benchmark", "last_name": "Leader"}
        )
        MunicipalLeader.objects.get_or_create(user=leader, municipality=place)
        RosterImport.objects.filter(uploaded_by=leader).delete()
        data = roster_csv(options["rows"])
        client = Client(HTTP_HOST="localhost")
        client.force_login(leader)

        with override_settings(TASKS=DATABASE_TASKS):
            if options["memory"]:
                tracemalloc.start()
            timings, cpu = {}, {}
            started, cpu_started = time.perf_counter(), time.process_time()
            response = client.post(
                reverse("rosters:import", args=[place.code]),
                {"file": SimpleUploadedFile("valtakunnallinen.csv", data, "text/csv")},
            )
            timings["upload (parse and store)"] = time.perf_counter() - started
            cpu["upload (parse and store)"] = time.process_time() - cpu_started
            if response.status_code != 302:
                raise CommandError(f"The upload was refused: {response.status_code}")
            roster_import = RosterImport.objects.get(uploaded_by=leader, status="pending")
            step, cpu_step = time.perf_counter(), time.process_time()
            preview = client.get(response["Location"])
            timings["preview page"] = time.perf_counter() - step
            cpu["preview page"] = time.process_time() - cpu_step
            step, cpu_step = time.perf_counter(), time.process_time()
            confirmed = client.post(response["Location"], {"confirm": "", "faulty_count": 0})
            timings["confirmation"] = time.perf_counter() - step
            cpu["confirmation"] = time.process_time() - cpu_step
            step, cpu_step = time.perf_counter(), time.process_time()
            services.roster_import_save(roster_import_id=roster_import.pk, base_url="https://uso.example/")
            timings["background save (task)"] = time.perf_counter() - step
            cpu["background save (task)"] = time.process_time() - cpu_step
            timings["total"] = time.perf_counter() - started
            cpu["total"] = time.process_time() - cpu_started
            peak = tracemalloc.get_traced_memory()[1] if options["memory"] else None
            tracemalloc.stop()

        roster_import.refresh_from_db()
        if preview.status_code != 200 or confirmed.status_code != 302 or roster_import.status != "confirmed":
            raise CommandError(f"The import did not finish: {preview.status_code}, {confirmed.status_code}")
        self.stdout.write(f"{connection.vendor}, {options['rows']} rows ({len(data) / 1024 / 1024:.1f} MB CSV)")
        self.stdout.write(f"  {'step':<28} {'wall':>7} {'CPU of this process':>20}")
        for label, seconds in timings.items():
            self.stdout.write(f"  {label:<28} {seconds:6.1f}s {cpu[label]:19.1f}s")
        self.stdout.write(
            f"  people created {roster_import.created_count}, invitations queued {roster_import.invited_count}"
        )
        if peak is not None:
            self.stdout.write(f"  peak Python allocations     {peak / 1024 / 1024:6.0f} MB (tracemalloc)")
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        self.stdout.write(f"  peak resident size          {rss:6.0f} MB (the whole process)")
