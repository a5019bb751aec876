"""Load the 309 municipalities of 2021, the 2021–2025 council term and the USO network 2021–2022.

The data is read from the CSV file copied into this app (see municipalities/data/README.md for its source).
Re-running updates names in place, so a corrected CSV can be loaded by a later migration the same way.
"""

import csv
import datetime
from pathlib import Path

from django.db import migrations

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "municipalities-2021.csv"


def load(apps, schema_editor):
    Municipality = apps.get_model("municipalities", "Municipality")
    CouncilTerm = apps.get_model("municipalities", "CouncilTerm")
    Network = apps.get_model("municipalities", "Network")
    with DATA_FILE.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            Municipality.objects.update_or_create(
                code=row["code"], defaults={"name_fi": row["name_fi"], "name_sv": row["name_sv"]}
            )
    CouncilTerm.objects.get_or_create(
        name="2021–2025",
        defaults={"starts_on": datetime.date(2021, 8, 1), "ends_on": datetime.date(2025, 5, 31)},
    )
    Network.objects.get_or_create(
        slug="uso-2021-2022",
        defaults={
            "name": "USO-verkosto 2021–2022",
            "description": (
                "Uuden sukupolven organisaatiot -verkoston kuudes kierros: kestävä kunnan johtaminen. "
                "Kuntaliitto, FCG Finnish Consulting Group ja ympäristöministeriön Kestävä kaupunki -ohjelma."
            ),
        },
    )


class Migration(migrations.Migration):
    dependencies = [("municipalities", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
