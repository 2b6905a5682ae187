"""The OAuth 2 application of a Mastodon client, as `POST /api/v1/apps` registers it."""

from typing import ClassVar
from urllib.parse import urlsplit

from django.db import models
from oauth2_provider.models import AbstractApplication

#: Where an app that cannot receive a redirect gets its code: a page that shows it.
OOB_REDIRECT_URI = "urn:ietf:wg:oauth:2.0:oob"


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

    def get_allowed_schemes(self) -> list[str]:
        """Return the schemes the app may be sent back to: those of its own redirect URIs,
        which `application_create` checked, so that `elk://` and `com.tusky:/` work."""
        return sorted({"https", *(urlsplit(uri).scheme for uri in self.redirect_uris.split())})
