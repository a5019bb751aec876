"""RosterImport.file_format holds a code (rosters.file_formats) instead of a text in the uploader's language.

Rows saved before hold "CSV, puolipiste, UTF-8 (BOM)", "CSV, semikolon, UTF-8 med BOM" or the English text; they
become codes here. The words are written out (not looked up in today's catalogues) so that this migration reads
the same texts whatever the catalogues say later. A text not recognised is kept: file_formats.label() shows it
as written.
"""

from django.db import migrations, models

DELIMITER_WORDS = {
    "semicolon": "semicolon",
    "puolipiste": "semicolon",
    "semikolon": "semicolon",
    "comma": "comma",
    "pilkku": "comma",
    "kommatecken": "comma",
    "tab": "tab",
    "sarkain": "tab",
    "tabulator": "tab",
}
ENCODING_WORDS = {
    "UTF-8": "utf-8",
    "UTF-8 with BOM": "utf-8-bom",
    "UTF-8 (BOM)": "utf-8-bom",
    "UTF-8 med BOM": "utf-8-bom",
    "Windows-1252": "windows-1252",
    "UTF-16": "utf-16",
}


def code_of(text):
    if text == "XLSX":
        return "xlsx"
    parts = [part.strip() for part in text.split(",")]
    if len(parts) == 3 and parts[0] == "CSV" and parts[1] in DELIMITER_WORDS and parts[2] in ENCODING_WORDS:
        return f"csv:{DELIMITER_WORDS[parts[1]]}:{ENCODING_WORDS[parts[2]]}"
    return None


def texts_to_codes(apps, schema_editor):
    RosterImport = apps.get_model("rosters", "RosterImport")
    for text in RosterImport.objects.values_list("file_format", flat=True).distinct():
        code = code_of(text)
        if code is not None and code != text:
            RosterImport.objects.filter(file_format=text).update(file_format=code)


class Migration(migrations.Migration):
    dependencies = [
        ("rosters", "0004_reminder_recipients"),
    ]

    operations = [
        migrations.AlterField(
            model_name="rosterimport",
            name="file_format",
            field=models.CharField(
                help_text="How the file was read, as a code such as csv:semicolon:utf-8",
                max_length=60,
                verbose_name="format",
            ),
        ),
        migrations.RunPython(texts_to_codes, migrations.RunPython.noop),
    ]
