from functools import partial

from rest_framework.pagination import PageNumberPagination

from participation.dashboard import KnownCountPaginator


class ApiPagination(PageNumberPagination):
    """?page=&page_size= (at most 500). A view that already knows how many rows there are (the participant
    list: the dashboard's figures count them) passes `count`, which spares the count query on every page."""

    page_size = 100
    page_size_query_param = "page_size"
    max_page_size = 500

    def paginate_queryset(self, queryset, request, view=None, count=None):
        if count is None:
            self.django_paginator_class = PageNumberPagination.django_paginator_class
        else:
            self.django_paginator_class = partial(KnownCountPaginator, count=count)
        return super().paginate_queryset(queryset, request, view)
