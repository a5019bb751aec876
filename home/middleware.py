from django.shortcuts import render

# C0 control characters and DEL; tab, line feed and carriage return may come from a text field sent by GET.
_CONTROL = {chr(code) for code in range(32) if chr(code) not in "\t\n\r"} | {"\x7f"}


class RejectControlCharactersMiddleware:
    """An address with a NUL byte or another control character in its path or query string is answered
    400 before any view sees it.

    No address of the site has them, and they break things far from the view: PostgreSQL refuses a NUL
    in any text parameter, SQLite's full-text search stops at it, and a NUL would reach log files and
    exports. One check here covers every path segment and query parameter, present and future.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _has_control(request.path) or any(
            _has_control(key) or any(_has_control(value) for value in values) for key, values in request.GET.lists()
        ):
            # Rendered here rather than by raising BadRequest: Django's 400 handler renders without the
            # request, so the page would lose its header, language and navigation.
            return render(request, "400.html", status=400)
        return self.get_response(request)


def _has_control(text):
    return not _CONTROL.isdisjoint(text)
