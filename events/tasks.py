"""Background tasks. Enqueued after the transaction commits (see services.py); run immediately in development
and tests, by the django-tasks database worker in production."""

from django_tasks import task


@task()
def registration_email_send(*, registration_id, change):
    from .emails import registration_email

    registration_email(registration_id=registration_id, change=change)
