"""No table links a person to an answer.

The test walks every model of the project and every column of the evaluation tables in the database: the
tables that hold answers (counts and open texts) have no relation to a person, to a receipt or to anything
that could be joined to one, no time, and keys that are random rather than in the order of writing; the
receipt that says someone has answered holds neither the person nor a time. Then it looks at the rows a
real answer left behind for anything of the person."""

import pytest
from django.apps import apps
from django.conf import settings
from django.db import connection, models

from evaluations import services
from evaluations.models import AnswerReceipt, LikertTally, OpenAnswer
from evaluations.receipts import person_digest

from .builders import items_of, make_member, make_round

pytestmark = pytest.mark.django_db

ANSWER_MODELS = [LikertTally, OpenAnswer]
RECEIPT_MODELS = [AnswerReceipt]
# What an answer table may point at: the round and the question, both shared by everyone who answers.
ALLOWED_TARGETS = {"evaluations.evaluationround", "evaluations.surveyitem"}
TIME_FIELDS = (models.DateField, models.DateTimeField, models.TimeField, models.DurationField)


def user_model_label():
    return settings.AUTH_USER_MODEL.lower()


def test_answer_and_receipt_tables_point_at_nothing_personal():
    for model in ANSWER_MODELS + RECEIPT_MODELS:
        for field in model._meta.get_fields():
            if field.is_relation and field.concrete:
                assert field.related_model._meta.label_lower in ALLOWED_TARGETS, (model, field.name)
            assert not isinstance(field, TIME_FIELDS), (model, field.name)
        # A counter for a key would put the answers in the order they were given, beside the receipts'.
        assert isinstance(model._meta.pk, models.UUIDField), model


def test_no_model_anywhere_points_at_an_answer_or_a_receipt():
    guarded = {model._meta.label_lower for model in ANSWER_MODELS + RECEIPT_MODELS}
    for model in apps.get_models(include_auto_created=True):
        for field in model._meta.get_fields():
            if field.is_relation and field.concrete and field.related_model is not None:
                target = field.related_model._meta.label_lower
                if target in guarded:
                    assert model in ANSWER_MODELS + RECEIPT_MODELS and field.name == "round", (model, field.name)


def test_the_database_columns_of_the_answer_tables_hold_no_person_or_time():
    """The same, read from the database itself: every column of every evaluation table that is not a
    survey or a round, with its type and foreign keys."""
    user_table = apps.get_model(settings.AUTH_USER_MODEL)._meta.db_table
    with connection.cursor() as cursor:
        tables = [name for name in connection.introspection.table_names(cursor) if name.startswith("evaluations_")]
        answer_tables = {model._meta.db_table for model in ANSWER_MODELS + RECEIPT_MODELS}
        assert answer_tables <= set(tables)
        for table in answer_tables:
            relations = connection.introspection.get_relations(cursor, table)
            targets = {target for _column, (_target_column, target) in relations.items()}
            assert targets <= {"evaluations_evaluationround", "evaluations_surveyitem"}, (table, targets)
            assert user_table not in targets
            for column in connection.introspection.get_table_description(cursor, table):
                name = column.name.lower()
                assert not any(
                    word in name for word in ("user", "person_id", "time", "date", "created", "_at", "when")
                ) or (name == "person_digest"), (table, name)


def test_an_answer_leaves_nothing_of_the_person_in_any_evaluation_table(survey, hameenlinna):
    round_ = make_round(survey, hameenlinna)
    person = make_member(hameenlinna, email="tunnistettava.henkilo@example.fi", first_name="Tunnistettava")
    items = items_of(survey)
    services.answer_submit(
        round_=round_,
        user=person,
        likert={item.pk: 3 for item in items if item.is_likert},
        open_texts={item.pk: "Yhteistyö sujuu." for item in items if not item.is_likert},
    )
    person_values = {str(person.pk), person.email, person.first_name, person.last_name}
    with connection.cursor() as cursor:
        for model in ANSWER_MODELS + RECEIPT_MODELS:
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(model._meta.db_table)}")  # noqa: S608
            for row in cursor.fetchall():
                for value in row:
                    # Small numbers (counts, values 1–5) equal some id by chance: look only at text values.
                    if isinstance(value, str):
                        assert value not in person_values and person.email not in value
    # The receipt is a keyed hash: without the secret key it cannot be turned back into the person.
    receipt = AnswerReceipt.objects.get(round=round_)
    assert receipt.person_digest == person_digest(round_id=round_.pk, user_id=person.pk)
    assert len(receipt.person_digest) == 64
