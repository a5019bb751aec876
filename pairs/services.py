"""Writes: a member of the leadership pair marks a task (or takes the mark back), writes or deletes a note.
Each checks that the person is in their municipality's pair now; the views pass no municipality or term, so
nobody can write into another pair's space by changing an address."""

from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from .models import PairNote, PairTask, PairTaskMark
from .selectors import current_pair_of


class PairError(Exception):
    def __init__(self, message, *, status=400):
        super().__init__(str(message))
        self.message = message
        self.status = status


def _pair_term(user):
    term, members = current_pair_of(user)
    if not members:
        raise PairError(_("This space is for the leadership pair of your municipality."), status=403)
    return term


def pair_task_mark(*, user, task_id, done=True):
    term = _pair_term(user)
    task = PairTask.objects.filter(pk=task_id, pathway__in_use=True).first()
    if task is None:
        raise PairError(_("There is no such task."), status=404)
    lookup = {"task": task, "user": user, "municipality_id": user.municipality_id, "term": term}
    if not done:
        PairTaskMark.objects.filter(**lookup).delete()
        return None
    try:
        with transaction.atomic():
            return PairTaskMark.objects.get_or_create(**lookup)[0]
    except IntegrityError:  # a double click that lost the race
        return PairTaskMark.objects.get(**lookup)


def pair_note_create(*, user, text):
    term = _pair_term(user)
    text = (text or "").strip()
    if not text:
        raise PairError(_("Write the note first."))
    if len(text) > 4000:
        raise PairError(_("A note can be at most 4,000 characters."))
    return PairNote.objects.create(municipality_id=user.municipality_id, term=term, author=user, text=text)


def pair_note_delete(*, user, note_id):
    """Only the author deletes a note, and only while in the pair."""
    _pair_term(user)
    deleted, _rows = PairNote.objects.filter(pk=note_id, author=user).delete()
    if not deleted:
        raise PairError(_("There is no such note of yours."), status=404)
