"""Writes: opening and closing a round, and answering one."""

import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from municipalities.terms import term_on

from .audience import is_in_audience
from .models import LIKERT_VALUES, AnswerReceipt, EvaluationRound, LikertTally, OpenAnswer
from .receipts import person_digest

MAX_ROUND_DAYS = 120


class AlreadyAnswered(Exception):
    pass


class NotInAudience(Exception):
    pass


class RoundNotOpen(Exception):
    pass


def round_open(*, survey, municipality, stage, opens_on, closes_on, by):
    """A new round for the municipality's council and management of the term in which it opens."""
    if not survey.active:
        raise ValidationError(_("This survey is no longer available for new rounds."))
    if closes_on < opens_on:
        raise ValidationError(_("The round cannot close before it opens."))
    if (closes_on - opens_on).days > MAX_ROUND_DAYS:
        raise ValidationError(_("A round can be open for at most %(days)s days.") % {"days": MAX_ROUND_DAYS})
    if opens_on < timezone.localdate() - datetime.timedelta(days=1):
        raise ValidationError(_("A round cannot open in the past."))
    term = term_on(opens_on)
    if term is None:
        raise ValidationError(_("No council term has started on that date."))
    return EvaluationRound.objects.create(
        survey=survey,
        municipality=municipality,
        term=term,
        stage=stage,
        opens_on=opens_on,
        closes_on=closes_on,
        opened_by=by,
    )


def round_close(*, round_):
    round_.closed_early = True
    round_.save(update_fields=["closed_early"])


@transaction.atomic
def answer_submit(*, round_, user, likert, open_texts):
    """Record one person's answers: the receipt first (its unique constraint stops a second answer, also
    from a parallel request), then counts and open texts that carry nothing of the person.

    `likert`: {item_id: 1..5} (items left out were skipped); `open_texts`: {item_id: text}."""
    if not round_.is_open_on(timezone.localdate()):
        raise RoundNotOpen
    if not is_in_audience(round_=round_, user=user):
        raise NotInAudience
    try:
        with transaction.atomic():
            AnswerReceipt.objects.create(round=round_, person_digest=person_digest(round_id=round_.pk, user_id=user.pk))
    except IntegrityError as error:
        raise AlreadyAnswered from error
    if likert:
        # Counts exist before they are incremented; ignore_conflicts makes that safe when two people answer
        # at once (the unique constraint on round, item, value).
        LikertTally.objects.bulk_create(
            [LikertTally(round=round_, item_id=item_id, value=value) for item_id in likert for value in LIKERT_VALUES],
            ignore_conflicts=True,
        )
        for item_id, value in likert.items():
            LikertTally.objects.filter(round=round_, item_id=item_id, value=value).update(count=F("count") + 1)
    OpenAnswer.objects.bulk_create(
        [OpenAnswer(round=round_, item_id=item_id, text=text) for item_id, text in open_texts.items() if text]
    )
