"""A person's local lessons done. Erasure keeps them (the municipality's figures count them), no longer tied
to a name once the account is anonymised."""

from django.utils.translation import gettext_lazy as _

from accounts.privacy import PersonalDataProvider

from .models import LocalLessonCompletion


def _export(user):
    return [
        {"lesson": completion.lesson.title, "completed_at": completion.completed_at.isoformat()}
        for completion in LocalLessonCompletion.objects.filter(user=user).select_related("lesson").order_by("pk")
    ]


def _erase(user):
    return None


PROVIDER = PersonalDataProvider(key="local_supplements", export=_export, erase=_erase, title=_("Local lessons done"))
