"""The URL map: the Mastodon API and OAuth, federation, the web UI."""

from django.conf import settings
from django.urls import include, path, re_path
from django.views.static import serve

urlpatterns = [
    path("", include("hudhud.api.urls")),
    path("", include("hudhud.federation.urls")),
    path("", include("hudhud.web.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
]
