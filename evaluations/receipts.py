"""The one-time answering token of a person in a round.

A keyed hash (HMAC-SHA256 with a key derived from SECRET_KEY) of the round and the person: the same person
always gets the same token in a round, so the unique constraint on AnswerReceipt lets them answer once, and
someone who reads the database without the secret key cannot tell whose receipt is whose. The receipt says
only "has answered"; no answer refers to it.
"""

from django.utils.crypto import salted_hmac

SALT = "evaluations.receipt"


def person_digest(*, round_id, user_id):
    return salted_hmac(SALT, f"{round_id}:{user_id}", algorithm="sha256").hexdigest()
