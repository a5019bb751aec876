"""Write every xAPI statement of a period to a JSON file (an array of statements, as POST /statements takes
it), for an LRS that cannot be reached online:

    manage.py export_xapi --since 2026-01-01 --until 2026-02-01 statements.json
"""

import datetime
import json

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from xapi.harvest import statements_between


def _moment(value, name):
    moment = parse_datetime(value) if "T" in value or " " in value else None
    if moment is None:
        day = parse_date(value) if len(value) <= 10 else None
        if day is None:
            raise CommandError(f"--{name}: give a date (2026-01-31) or an ISO 8601 date-time.")
        moment = datetime.datetime.combine(day, datetime.time())
    return timezone.make_aware(moment) if timezone.is_naive(moment) else moment


class Command(BaseCommand):
    help = "Write the xAPI statements of a period (events from --since up to, not including, --until) to FILE."

    def add_arguments(self, parser):
        parser.add_argument("--since", required=True)
        parser.add_argument("--until", required=True)
        parser.add_argument("file")

    def handle(self, *args, since, until, file, **options):
        start, end = _moment(since, "since"), _moment(until, "until")
        if end <= start:
            raise CommandError("--until must be later than --since.")
        found = statements_between(start, end)
        with open(file, "w", encoding="utf-8") as output:
            json.dump(found, output, ensure_ascii=False, indent=1)
        self.stdout.write(f"{len(found)} statements written to {file}")
