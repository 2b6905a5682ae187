"""Test data made through the real services, named after the people of the seed meeting."""

from typing import Any

from hudhud.accounts.models import Account
from hudhud.accounts.services import account_create
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
