from rest_framework.pagination import CursorPagination, PageNumberPagination


class ApiPagination(PageNumberPagination):
    """?page=&page_size= (at most 500), with the total count: for the short lists (municipalities, terms,
    courses)."""

    page_size = 100
    page_size_query_param = "page_size"
    max_page_size = 500


class ParticipantPagination(CursorPagination):
    """The participant list, by id, a page at a time with `next`/`previous` links (?cursor=): each page costs
    the same however deep it is and however many people the municipality has, and a client syncing the list
    misses no one when people are added while it reads. No total here: the figures endpoint counts them."""

    ordering = "user_id"  # the people's ids, read from their role rows (participation.selectors.participant_ids)
    page_size = 100
    page_size_query_param = "page_size"
    max_page_size = 500
