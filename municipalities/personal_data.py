"""The roles a person holds and the municipalities they lead."""

from django.utils.translation import gettext_lazy as _

from accounts.privacy import PersonalDataProvider

from .models import MunicipalLeader, RoleAssignment


def _export(user):
    return {
        "roles": [
            {
                "municipality": role.municipality.name_fi,
                "term": role.term.name,
                "role": role.get_role_display(),
                "body": role.body,
            }
            for role in RoleAssignment.objects.filter(user=user).select_related("municipality", "term")
        ],
        "leads_municipalities": [
            leader.municipality.name_fi
            for leader in MunicipalLeader.objects.filter(user=user).select_related("municipality")
        ],
    }


def _erase(user):
    # Roles stay for the per-role figures of the municipality; the body name may identify a small committee's
    # member, so it goes. Leadership rights end.
    RoleAssignment.objects.filter(user=user).update(body="")
    MunicipalLeader.objects.filter(user=user).delete()


PROVIDER = PersonalDataProvider(key="municipalities", export=_export, erase=_erase, title=_("Municipality and roles"))
