from django_tasks import task

from . import services


@task()
def send_outbox():
    """Send the due statements. Queued after each new statement; `manage.py send_xapi` (run from cron every
    few minutes) also sends what waits for its retry time."""
    services.outbox_send()
