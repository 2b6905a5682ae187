"""Every write of the API's own data: client apps and their tokens."""

import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from oauth2_provider.generators import generate_client_secret
from oauth2_provider.models import AccessToken, Grant, RefreshToken, set_token_value
from oauth2_provider.settings import oauth2_settings

from hudhud.accounts.models import User
from hudhud.accounts.services import account_register
from hudhud.api import scopes as mastodon_scopes
from hudhud.api.models import OOB_REDIRECT_URI, Application

MAX_NAME_LENGTH = 255
MAX_REDIRECT_URIS = 16
# A scheme as RFC 3986 spells it; an app's own (`elk`, `com.tusky`) is as good as https.
_SCHEME = re.compile(r"^[a-z][a-z0-9.+-]*$", re.IGNORECASE)
# Schemes that would run code or read files in the browser instead of reaching an app.
_FORBIDDEN_SCHEMES = frozenset({"javascript", "data", "vbscript", "file", "about", "blob"})


@dataclass(frozen=True)
class NewApplication:
    """An app just registered, with the only copy of its secret: it is hashed at rest."""

    application: Application
    client_secret: str


def redirect_uris_parse(value: str | Sequence[str]) -> list[str]:
    """Return the redirect URIs of a registration, given as one string (several may be
    separated by spaces or new lines) or as a list; refuse any that no app could use."""
    items = [value] if isinstance(value, str) else list(value)
    uris = list(dict.fromkeys(uri for item in items for uri in str(item).split()))
    if not uris:
        raise ValidationError(_("A redirect URI is required."), code="redirect_uris")
    if len(uris) > MAX_REDIRECT_URIS:
        raise ValidationError(_("Too many redirect URIs."), code="redirect_uris")
    for uri in uris:
        _redirect_uri_check(uri)
    return uris


def _redirect_uri_check(uri: str) -> None:
    if uri == OOB_REDIRECT_URI:
        return
    refused = ValidationError(
        _("%(uri)s is not a valid redirect URI.") % {"uri": uri[:200]}, code="redirect_uris"
    )
    try:
        parts = urlsplit(uri)
    except ValueError as error:
        raise refused from error
    scheme = parts.scheme.lower()
    if (
        len(uri) > 2000
        or "#" in uri
        or not _SCHEME.match(scheme)
        or scheme in _FORBIDDEN_SCHEMES
        or not (parts.netloc or parts.path.strip("/"))
    ):
        raise refused
    if scheme in ("http", "https"):
        try:
            URLValidator(schemes=["http", "https"])(uri)
        except ValidationError as error:
            raise refused from error


def scopes_parse(value: str | Sequence[str], *, default: str = "read") -> list[str]:
    """Return the scopes asked for (space- or plus-separated, or a list); refuse unknown ones."""
    text = value if isinstance(value, str) else " ".join(str(item) for item in value)
    asked = mastodon_scopes.parse(text) or mastodon_scopes.parse(default)
    unknown = [scope for scope in asked if scope not in mastodon_scopes.SCOPES]
    if unknown:
        raise ValidationError(
            _("Unknown scopes: %(scopes)s") % {"scopes": " ".join(unknown)[:200]}, code="scopes"
        )
    return asked


@transaction.atomic
def application_create(
    *,
    name: str,
    redirect_uris: str | Sequence[str],
    scopes: str | Sequence[str] = "read",
    website: str = "",
    owner: User | None = None,
) -> NewApplication:
    """Register a client app; return it with its secret, which is shown only now."""
    name = name.strip()
    if not name:
        raise ValidationError(_("The app needs a name."), code="client_name")
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(_("The app's name is too long."), code="client_name")
    uris = redirect_uris_parse(redirect_uris)
    asked = scopes_parse(scopes)
    website = website.strip()
    if website:
        try:
            URLValidator(schemes=["http", "https"])(website)
        except ValidationError as error:
            raise ValidationError(_("The website is not a valid URL."), code="website") from error
        if len(website) > 500:
            raise ValidationError(_("The website is not a valid URL."), code="website")
    secret = generate_client_secret()
    application = Application.objects.create(
        name=name,
        redirect_uris=" ".join(uris),
        scopes=" ".join(asked),
        website=website,
        user=owner,
        client_type=Application.CLIENT_CONFIDENTIAL,
        authorization_grant_type=Application.GRANT_AUTHORIZATION_CODE,
        client_secret=secret,
        hash_client_secret=True,
    )
    return NewApplication(application=application, client_secret=secret)


@transaction.atomic
def token_create(
    *, user: User | None, application: Application, scopes: str | Sequence[str]
) -> tuple[AccessToken, str]:
    """Give `user` (None: the app itself) a token of `application` with `scopes`, which the
    app must have registered for; return it with its value, which is shown only now."""
    asked = scopes_parse(scopes)
    allowed = set(mastodon_scopes.parse(application.scopes))
    refused = [scope for scope in asked if scope not in allowed]
    if refused:
        raise ValidationError(
            _("The app may not ask for: %(scopes)s") % {"scopes": " ".join(refused)},
            code="scopes",
        )
    value = secrets.token_urlsafe(32)
    token = AccessToken(
        user=user,
        application=application,
        scope=" ".join(asked),
        expires=timezone.now() + timedelta(seconds=oauth2_settings.ACCESS_TOKEN_EXPIRE_SECONDS),
    )
    set_token_value(token, value)
    token.save()
    return token, value


@transaction.atomic
def token_revoke(*, user: User, application: Application) -> int:
    """Take back everything `user` let `application` do: its tokens and pending codes.
    Return how many access tokens were revoked."""
    RefreshToken.objects.filter(user=user, application=application).delete()
    Grant.objects.filter(user=user, application=application).delete()
    _total, by_model = AccessToken.objects.filter(user=user, application=application).delete()
    revoked: int = by_model.get(AccessToken._meta.label, 0)
    return revoked


@transaction.atomic
def application_delete(*, owner: User, application: Application) -> None:
    """Delete an app `owner` registered in the web UI, and every token of it."""
    if application.user_id != owner.pk:
        raise ValidationError(_("This app is not yours."), code="owner")
    application.delete()


@transaction.atomic
def registration_create(
    *,
    application: Application,
    scopes: str,
    username: str,
    email: str,
    password: str,
    language: str,
) -> tuple[AccessToken, str]:
    """Sign a person up through `application` (as HUDHUD_REGISTRATIONS allows) and give
    them a token of it with `scopes`; return the token with its value."""
    account = account_register(username=username, email=email, password=password, language=language)
    return token_create(user=account.user, application=application, scopes=scopes)


@transaction.atomic
def personal_application_create(
    *, owner: User, name: str, scopes: str | Sequence[str], website: str = ""
) -> tuple[NewApplication, str]:
    """Register an app of `owner`'s own (a bot, a script) and give them a token of it;
    return the app and the token's value, which is shown only now."""
    created = application_create(
        name=name, redirect_uris=OOB_REDIRECT_URI, scopes=scopes, website=website, owner=owner
    )
    _token, value = token_create(
        user=owner, application=created.application, scopes=created.application.scopes
    )
    return created, value
