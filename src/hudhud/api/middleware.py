"""Mastodon clients call `/api/v1/statuses/` and `/oauth/token/` as often as without the
slash; both reach the same view."""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

_PREFIXES = ("/api/", "/oauth/")


class TrailingSlashMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        path = request.path_info
        if path.endswith("/") and path.startswith(_PREFIXES) and path not in _PREFIXES:
            request.path_info = path.rstrip("/")
        return self.get_response(request)
