"""Builders for roster tests: leaders, the coordinator, a trainer, roster files in every format."""

import codecs
import io

from django.contrib.auth.models import Permission
from openpyxl import Workbook

from municipalities.models import Municipality, MunicipalLeader
from tests.builders import make_user


def municipality(code):
    return Municipality.objects.get(code=code)


def make_leader(*municipalities, **fields):
    user = make_user(**fields)
    for place in municipalities:
        MunicipalLeader.objects.create(user=user, municipality=place)
    return user


def _grant(user, app_label, codename):
    user.user_permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))


def make_coordinator(**fields):
    user = make_user(**fields)
    _grant(user, "wagtailadmin", "access_admin")
    _grant(user, "municipalities", "view_network")
    return user


def make_trainer(**fields):
    """A trainer reaches the admin; even with model permissions on join requests they are no coordinator."""
    user = make_user(**fields)
    _grant(user, "wagtailadmin", "access_admin")
    _grant(user, "municipalities", "change_joinrequest")
    _grant(user, "municipalities", "view_joinrequest")
    return user


def csv_bytes(rows, *, delimiter=";", encoding="utf-8", bom=False):
    text = "\r\n".join(delimiter.join(cells) for cells in rows) + "\r\n"
    data = text.encode(encoding)
    return (codecs.BOM_UTF8 + data) if bom else data


def xlsx_bytes(rows):
    workbook = Workbook()
    sheet = workbook.active
    for cells in rows:
        sheet.append(list(cells))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


FINNISH_HEADER = ["Nimi", "Sähköposti", "Rooli", "Toimielin"]
