from django.db import migrations, models
from django.db.models import Min, OuterRef, Subquery


def started_at_from_first_completion(apps, schema_editor):
    """Enrolments made before the field existed started when their first lesson of the course was done."""
    Enrolment = apps.get_model("courses", "Enrolment")
    LessonCompletion = apps.get_model("courses", "LessonCompletion")
    first_done = (
        LessonCompletion.objects.filter(user_id=OuterRef("user_id"), course_id=OuterRef("course_id"))
        .order_by()
        .values("user_id")
        .annotate(first=Min("completed_at"))
        .values("first")
    )
    Enrolment.objects.filter(started_at__isnull=True).update(started_at=Subquery(first_done))


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0003_lessoncompletion_progress_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="enrolment",
            name="started_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="started"),
        ),
        migrations.RunPython(started_at_from_first_completion, migrations.RunPython.noop, elidable=True),
    ]
