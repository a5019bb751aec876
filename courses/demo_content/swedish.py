"""Every demo course in Swedish, keyed by the Finnish course slug.

Each course, module and lesson dict here is a translation of the Finnish one with the same key; the loader
(courses/demo_swedish.py) makes each of them a published Swedish translation of its Finnish page.
"""

from .orientation_2021_sv import COURSE_SV as _ORIENTATION_MODULE_1
from .orientation_2021_sv_roller import MODULE_ROLLER
from .orientation_2021_sv_samarbete import MODULE_SAMARBETE
from .orientation_2025_sv import ORIENTATION_2025_SV
from .sustainable_leadership_sv import COURSE_SV as SUSTAINABLE_LEADERSHIP

ORIENTATION = {
    **_ORIENTATION_MODULE_1,
    "modules": {
        **_ORIENTATION_MODULE_1["modules"],
        "roolit": MODULE_ROLLER,
        "yhteistyon-kaytannot": MODULE_SAMARBETE,
    },
}

COURSES_SV = {
    "valtuustokauden-2021-2025-perehdytys": ORIENTATION,
    "kestava-kunnan-johtaminen": SUSTAINABLE_LEADERSHIP,
    # The copy for the new term (courses/demo_new_term.py), translated with the same changes.
    "valtuustokauden-2025-2029-perehdytys": ORIENTATION_2025_SV,
}
