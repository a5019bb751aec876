from wagtail import hooks

from .page_cache import page_allows_caching


@hooks.register("before_serve_page")
def mark_page_cacheable_for_anonymous_visitors(page, request, serve_args, serve_kwargs):
    page_allows_caching(page, request)
