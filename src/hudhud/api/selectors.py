"""Shared reads of the API's own data: the apps a person let in, and the apps they made."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Q, QuerySet
from django.utils import timezone
from oauth2_provider.models import AccessToken

from hudhud.accounts.models import User
from hudhud.api import scopes as mastodon_scopes
from hudhud.api.models import Application


@dataclass(frozen=True)
class Authorization:
    """What `user` let one app do: every scope of its live tokens, since when, and last when."""

    application: Application
    scopes: list[str]
    first_authorized_at: datetime
    last_authorized_at: datetime


def authorized_applications(user: User) -> list[Authorization]:
    """Return the apps that hold a live token of `user`, most recently authorised first."""
    tokens = (
        AccessToken.objects.filter(user=user, expires__gt=timezone.now())
        .exclude(application=None)
        .select_related("application")
        .order_by("created")
    )
    found: dict[int, Authorization] = {}
    for token in tokens:
        app: Application = token.application
        known = found.get(app.pk)
        scopes = mastodon_scopes.parse(token.scope)
        if known is None:
            found[app.pk] = Authorization(app, scopes, token.created, token.created)
        else:
            found[app.pk] = Authorization(
                app,
                list(dict.fromkeys([*known.scopes, *scopes])),
                known.first_authorized_at,
                token.created,
            )
    return sorted(found.values(), key=lambda item: item.last_authorized_at, reverse=True)


def applications_of(user: User) -> QuerySet[Application]:
    """Return the apps `user` registered in the web UI, newest first."""
    apps: QuerySet[Application] = Application.objects.filter(user=user).order_by("-created")
    return apps


def application_of_user(user: User, application_id: int | None) -> Application | None:
    """Return the app `user` authorised or registered with this ID, or None."""
    if application_id is None:
        return None
    authorized = AccessToken.objects.filter(user=user).values("application_id")
    found: Application | None = Application.objects.filter(
        Q(pk__in=authorized) | Q(user=user), pk=application_id
    ).first()
    return found
