"""Where the Mastodon API lives: /api/… (with /api/openapi.json), /oauth/…, /.well-known/…"""

import importlib
from collections.abc import Callable
from functools import cache
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt

from hudhud.api.api import api


@cache
def _oauth_view(name: str) -> Callable[..., HttpResponse]:
    view: Callable[..., HttpResponse] = getattr(
        importlib.import_module("hudhud.api.oauth"), name
    ).as_view()
    return view


def _oauth(name: str) -> Callable[..., HttpResponse]:
    """Return the view class `name` of hudhud.api.oauth as a view imported on its first
    request: the toolkit's views load oauthlib's server and `requests`, 7 MiB of each web
    worker, which most workers are never asked for."""

    def view(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return _oauth_view(name)(request, *args, **kwargs)

    return view


urlpatterns = [
    path("api/", api.urls),
    path("oauth/authorize", _oauth("AuthorizeView"), name="oauth_authorize"),
    # Exempt from CSRF as the toolkit's own views are: apps post there, not our forms.
    path("oauth/token", csrf_exempt(_oauth("TokenView")), name="oauth_token"),
    path("oauth/revoke", csrf_exempt(_oauth("RevokeView")), name="oauth_revoke"),
    path("", include("hudhud.api.wellknown")),
]
