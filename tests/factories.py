"""Test data made through the real services, named after the people of the seed meeting."""

import secrets
from datetime import timedelta
from typing import Any

from django.utils import timezone
from oauth2_provider.models import AccessToken

from hudhud.accounts.models import Account
from hudhud.accounts.services import account_create
from hudhud.api.models import Application
from hudhud.posts.models import Post
from hudhud.posts.services import post_create

PASSWORD = "a-long-test-password-42"


def make_account(username: str = "sami", **fields: Any) -> Account:
    """Create a local account with a user who signs in with PASSWORD."""
    fields.setdefault("email", f"{username}@example.org")
    fields.setdefault("password", PASSWORD)
    return account_create(username=username, **fields)


def make_post(author: Account, text: str = "مرحبا بكم في #جيتكس_2012", **fields: Any) -> Post:
    return post_create(author=author, text=text, **fields)


def make_token(account: Account | None, scopes: str = "read write follow push") -> str:
    """Return a bearer token of a test app for `account` (None: the app's own token)."""
    app = Application.objects.create(
        name="Hudhud tests",
        client_type=Application.CLIENT_CONFIDENTIAL,
        authorization_grant_type=Application.GRANT_AUTHORIZATION_CODE,
        redirect_uris="urn:ietf:wg:oauth:2.0:oob",
        scopes=scopes,
    )
    value = secrets.token_urlsafe(32)
    AccessToken.objects.create(
        user=account.user if account is not None else None,
        application=app,
        token=value,
        scope=scopes,
        expires=timezone.now() + timedelta(days=1),
    )
    return value
