from django.http import Http404
from wagtail import hooks
from wagtail.models import Page


@hooks.register("before_serve_document")
def supplement_documents_only_for_their_municipality(document, request):
    """A municipality's document attached to its supplement is served only to those who may read the
    supplement; its address alone gives nothing to anyone else."""
    from .access import page_is_visible_to
    from .models import MunicipalitySupplementsPage, SupplementDocument

    paths = list(SupplementDocument.objects.filter(document=document).values_list("page__path", flat=True).distinct())
    if not paths:
        return None
    folder_paths = {path[: -Page.steplen] for path in paths}
    municipality_ids = MunicipalitySupplementsPage.objects.filter(path__in=folder_paths).values_list(
        "municipality_id", flat=True
    )
    if any(page_is_visible_to(user=request.user, municipality_id=pk) for pk in municipality_ids):
        return None
    raise Http404
