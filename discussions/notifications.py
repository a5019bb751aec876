"""E-mail about a new answer to the person who asked and to the others who answered in the thread, if they
asked for such e-mails (off by default).

Sent in the recipient's preferred language, with the page in that language where it is translated, an
unsubscribe link in the text, and the List-Unsubscribe headers of RFC 8058 so that a mail program can offer
its own button (the same pattern as the reminders' in rosters/unsubscribe_views.py).
"""

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from .models import DiscussionPreferences
from .text import text_html

_SALT = "discussions.reply-unsubscribe"
EXCERPT_CHARS = 500


def unsubscribe_token(user):
    # No expiry: the link of an old e-mail must keep working (RFC 8058).
    return signing.dumps(user.pk, salt=_SALT)


def user_id_from_token(token):
    try:
        value = signing.loads(token, salt=_SALT)
    except signing.BadSignature:
        return None
    return value if isinstance(value, int) else None


def _absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _thread_path(question, language):
    if question.page_id is None:
        return reverse("discussions:group", args=[question.peer_group_id]) + f"#post-{question.pk}"
    page = question.page
    locale = Locale.objects.filter(language_code=language).first()
    translated = page.get_translation_or_none(locale) if locale else None
    page = translated if translated is not None and translated.live else page
    return (page.url or "/") + f"#post-{question.pk}"


def _recipients(answer):
    """Who hears of `answer`: the asker and the others who answered in the thread, each once, if they asked for
    these e-mails, are active, did not write this answer and can still read the thread (a person who moved
    to another municipality or left a peer group does not)."""
    from . import access
    from .models import Post

    question = answer.question
    if question.hidden_at:
        return []
    ids = {question.author_id, *Post.objects.filter(question=question).values_list("author_id", flat=True)}
    ids -= {None, answer.author_id}
    opted_in = (
        DiscussionPreferences.objects.filter(user_id__in=ids, reply_emails=True, user__is_active=True)
        .select_related("user")
        .order_by("user_id")
    )
    return [prefs.user for prefs in opted_in if access.can_read_post(access.viewer_for(prefs.user), question)]


def answer_notify(*, answer):
    """E-mail the new answer to everyone of _recipients(); returns how many were sent."""
    from .selectors import author_label

    question = answer.question
    sent = 0
    for recipient in _recipients(answer):
        _send(recipient=recipient, question=question, answer=answer, author=author_label(answer))
        sent += 1
    return sent


def _send(*, recipient, question, answer, author):
    language = recipient.preferred_language or settings.LANGUAGE_CODE
    token = unsubscribe_token(recipient)
    with translation.override(language):
        context = {
            "user": recipient,
            "is_asker": recipient.pk == question.author_id,
            "site_name": settings.WAGTAIL_SITE_NAME,
            "question": question,
            "answer_author": author,
            "excerpt": answer.body[:EXCERPT_CHARS],
            "excerpt_html": text_html(answer.body[:EXCERPT_CHARS]),
            "thread_url": _absolute(_thread_path(question, language)),
            "unsubscribe_url": _absolute(reverse("discussions:unsubscribe", args=[token])),
        }
        one_click_url = _absolute(reverse("discussions:one_click", args=[token]))
        subject = " ".join(render_to_string("discussions/email/answer_subject.txt", context).split())
        text = render_to_string("discussions/email/answer.txt", context)
        html = render_to_string("discussions/email/answer.html", context)
    headers = {"List-Unsubscribe": f"<{one_click_url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
    message = EmailMultiAlternatives(subject=subject, body=text, to=[recipient.email], headers=headers)
    message.attach_alternative(html, "text/html")
    message.send()
