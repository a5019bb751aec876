"""Who may read a municipality's supplement: its own people, its leaders and content editors, the network's
trainers (who help write them) and the site's administrators. Nobody else, whether another municipality's
councillor or the network coordinator (who follows figures, not a municipality's own material); anonymous
visitors never."""

from courses.setup import TRAINERS_GROUP
from municipalities.models import MunicipalLeader

EDITORS_GROUP_PREFIX = "Paikalliset sisällöt"


def editors_group_name(municipality):
    """The Wagtail group of `municipality`'s content editors; its code makes it unique and stable."""
    return f"{EDITORS_GROUP_PREFIX} {municipality.code}"


def _group_names(user):
    cached = getattr(user, "_supplement_group_names", None)
    if cached is None:
        cached = set(user.groups.values_list("name", flat=True))
        user._supplement_group_names = cached
    return cached


def is_trainer_or_admin(user):
    return user.is_authenticated and (user.is_superuser or TRAINERS_GROUP in _group_names(user))


def edits_municipality(user, municipality):
    return user.is_authenticated and editors_group_name(municipality) in _group_names(user)


def page_is_visible_to(*, user, municipality_id):
    """`municipality_id` None: the index of every supplement, which any signed-in person may open (it lists
    only what they may read)."""
    if not user.is_authenticated:
        return False
    if municipality_id is None or user.municipality_id == municipality_id or is_trainer_or_admin(user):
        return True
    if MunicipalLeader.objects.filter(user=user, municipality_id=municipality_id).exists():
        return True
    editor_codes = {
        name.removeprefix(EDITORS_GROUP_PREFIX).strip()
        for name in _group_names(user)
        if name.startswith(EDITORS_GROUP_PREFIX)
    }
    return bool(editor_codes) and _municipality_code(municipality_id) in editor_codes


def _municipality_code(municipality_id):
    from municipalities.models import Municipality

    return Municipality.objects.filter(pk=municipality_id).values_list("code", flat=True).first()
