"""What the roster import and invitations hold about a person.

A municipal leader's import keeps the file's rows only until it is confirmed or cancelled, so a person
appears in at most a pending preview; their invitations record when a link was sent and used, and the
reminder log who was reminded about which course when (so that nobody is reminded twice within the pause), and
an opt-out when they unsubscribed from reminder e-mails."""

from django.utils.translation import gettext_lazy as _

from accounts.privacy import PersonalDataProvider

from .models import Invitation, Reminder, ReminderOptOut, RosterImport


def _rows_about(user):
    email = user.email.casefold()
    pending = RosterImport.objects.filter(status=RosterImport.Status.PENDING)
    for roster_import in pending.only("id", "rows", "file_name", "uploaded_at"):
        matching = [row for row in roster_import.rows if str(row.get("email", "")).casefold() == email]
        if matching:
            yield roster_import, matching


def _export(user):
    opt_out = ReminderOptOut.objects.filter(user=user).first()
    return {
        "reminder_emails_unsubscribed_at": opt_out.opted_out_at.isoformat() if opt_out else None,
        "invitations": [
            {
                "sent_at": invitation.created_at.isoformat(),
                "used_at": invitation.used_at.isoformat() if invitation.used_at else None,
            }
            for invitation in Invitation.objects.filter(user=user).order_by("created_at")
        ],
        "reminders_received": [
            {"sent_at": reminder.sent_at.isoformat(), "course": reminder.course.title, "target": reminder.target}
            for reminder in Reminder.objects.filter(recipients=user).select_related("course").order_by("sent_at")
        ],
        "rows_in_roster_files_waiting_for_confirmation": [
            {
                "file": roster_import.file_name,
                "uploaded_at": roster_import.uploaded_at.isoformat(),
                **{key: row.get(key, "") for key in ("first_name", "last_name", "email", "role_text", "body")},
            }
            for roster_import, rows in _rows_about(user)
            for row in rows
        ],
    }


def _erase(user):
    Invitation.objects.filter(user=user).delete()
    ReminderOptOut.objects.filter(user=user).delete()
    Reminder.recipients.through.objects.filter(user=user).delete()
    for roster_import, rows in list(_rows_about(user)):
        roster_import.rows = [row for row in roster_import.rows if row not in rows]
        roster_import.save(update_fields=["rows"])


PROVIDER = PersonalDataProvider(key="rosters", export=_export, erase=_erase, title=_("Invitations and reminders"))
