from django.contrib.auth import get_user_model
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from .models import CouncilTerm, MunicipalLeader, RoleAssignment
from .navigation import navigation_roles_forget
from .terms import council_terms_forget


@receiver(post_save, sender=MunicipalLeader)
@receiver(post_delete, sender=MunicipalLeader)
def leadership_changed(sender, instance, **kwargs):
    navigation_roles_forget(instance.user_id)


@receiver(post_save, sender=RoleAssignment)
@receiver(post_delete, sender=RoleAssignment)
def role_changed(sender, instance, **kwargs):
    # A roster's roles decide the header's links of feature apps (the leadership pair's space). Bulk imports
    # send no signal; the cache's few minutes cover them.
    navigation_roles_forget(instance.user_id)


@receiver(m2m_changed, sender=get_user_model().groups.through)
@receiver(m2m_changed, sender=get_user_model().user_permissions.through)
def groups_changed(sender, instance, pk_set=None, reverse=False, **kwargs):
    if reverse:  # group.user_set.add(...): the instance is the group, pk_set the people
        for user_id in pk_set or ():
            navigation_roles_forget(user_id)
    else:
        navigation_roles_forget(instance.pk)


@receiver(post_save, sender=CouncilTerm)
@receiver(post_delete, sender=CouncilTerm)
def council_term_changed(sender, **kwargs):
    council_terms_forget()
