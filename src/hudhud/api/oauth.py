"""OAuth 2 as Mastodon apps use it: /oauth/authorize, /oauth/token, /oauth/revoke."""

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
