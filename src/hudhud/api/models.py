"""The OAuth 2 application of a Mastodon client, as `POST /api/v1/apps` registers it."""

from typing import ClassVar

from django.db import models
from oauth2_provider.models import AbstractApplication


class Application(AbstractApplication):  # type: ignore[misc]
    """A client app. Unlike django-oauth-toolkit's own, one app may use every grant that
    Mastodon allows: apps register once and then sign in by code, by password (scripts and
    `toot login_cli`) or as themselves (client credentials)."""

    GRANTS: ClassVar[frozenset[str]] = frozenset(
        {
            AbstractApplication.GRANT_AUTHORIZATION_CODE,
            AbstractApplication.GRANT_PASSWORD,
            AbstractApplication.GRANT_CLIENT_CREDENTIALS,
        }
    )

    website = models.URLField(max_length=500, blank=True, default="")
    #: The scopes the app asked for when it registered, space-separated.
    scopes = models.CharField(max_length=500, default="read")

    class Meta(AbstractApplication.Meta):  # type: ignore[misc]
        swappable = "OAUTH2_PROVIDER_APPLICATION_MODEL"

    def allows_grant_type(self, *grant_types: str) -> bool:
        return bool(self.GRANTS.intersection(grant_types))
