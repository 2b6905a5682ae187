"""Where the Mastodon API lives: /api/… (with /api/openapi.json), /oauth/…, /.well-known/…"""

from django.urls import include, path

from hudhud.api.api import api

urlpatterns = [
    path("api/", api.urls),
    path("", include("hudhud.api.oauth")),
    path("", include("hudhud.api.wellknown")),
]
