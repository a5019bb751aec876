"""Rendering and sending the emails of this app, each in the recipient's preferred language."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation


def recipient_language(user):
    return user.preferred_language or settings.LANGUAGE_CODE


def email_send(*, user, template, context, headers=None):
    """Send templates rosters/email/<template>_subject.txt, <template>.txt and <template>.html to `user`."""
    context = {"user": user, "site_name": settings.WAGTAIL_SITE_NAME, **context}
    with translation.override(recipient_language(user)):
        subject = " ".join(render_to_string(f"rosters/email/{template}_subject.txt", context).split())
        text = render_to_string(f"rosters/email/{template}.txt", context)
        html = render_to_string(f"rosters/email/{template}.html", context)
    message = EmailMultiAlternatives(subject=subject, body=text, to=[user.email], headers=headers)
    message.attach_alternative(html, "text/html")
    message.send()


def email_send_to_address(*, address, language, template, context, reply_to=()):
    """Send rosters/email/<template>… to someone without an account (a join request's contact person)."""
    context = {"site_name": settings.WAGTAIL_SITE_NAME, **context}
    with translation.override(language or settings.LANGUAGE_CODE):
        subject = " ".join(render_to_string(f"rosters/email/{template}_subject.txt", context).split())
        text = render_to_string(f"rosters/email/{template}.txt", context)
        html = render_to_string(f"rosters/email/{template}.html", context)
    message = EmailMultiAlternatives(subject=subject, body=text, to=[address], reply_to=list(reply_to))
    message.attach_alternative(html, "text/html")
    message.send()
