"""The council terms of 2017–2021, 2021–2025 and 2025–2029, with their dates from the law.

- 2017–2021: elections 9.4.2017, term from 1.6.2017; act 256/2021 1 § extended it to the end of July 2021.
- 2021–2025: elections 13.6.2021 (moved from April by act 256/2021), term 1.8.2021–31.5.2025 (same section).
- 2025–2029: elections 13.4.2025, term 1.6.2025–31.5.2029 (kuntalaki 410/2015 15 §).

Self-contained (no import of app code) and idempotent: a term that exists already gets these dates.
"""

import datetime

from django.db import migrations

TERMS = [
    ("2017–2021", datetime.date(2017, 4, 9), datetime.date(2017, 6, 1), datetime.date(2021, 7, 31)),
    ("2021–2025", datetime.date(2021, 6, 13), datetime.date(2021, 8, 1), datetime.date(2025, 5, 31)),
    ("2025–2029", datetime.date(2025, 4, 13), datetime.date(2025, 6, 1), datetime.date(2029, 5, 31)),
]


def load(apps, schema_editor):
    CouncilTerm = apps.get_model("municipalities", "CouncilTerm")
    for name, election_date, starts_on, ends_on in TERMS:
        CouncilTerm.objects.update_or_create(
            name=name, defaults={"election_date": election_date, "starts_on": starts_on, "ends_on": ends_on}
        )


class Migration(migrations.Migration):
    dependencies = [("municipalities", "0003_council_term_election_date")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
