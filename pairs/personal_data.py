"""A pair member's own marks and notes. Erasure deletes the notes they wrote (free text about the
municipality's leadership) and keeps the marks, which say only that a task was done."""

from django.utils.translation import gettext_lazy as _

from accounts.privacy import PersonalDataProvider

from .models import PairNote, PairTaskMark


def _export(user):
    return {
        "task_marks": [
            {"task": mark.task.title, "term": mark.term.name, "marked_at": mark.marked_at.isoformat()}
            for mark in PairTaskMark.objects.filter(user=user).select_related("task", "term").order_by("pk")
        ],
        "notes": [
            {"text": note.text, "term": note.term.name, "created_at": note.created_at.isoformat()}
            for note in PairNote.objects.filter(author=user).select_related("term").order_by("pk")
        ],
    }


def _erase(user):
    PairNote.objects.filter(author=user).delete()


PROVIDER = PersonalDataProvider(key="leadership_pair", export=_export, erase=_erase, title=_("Leadership pair"))
