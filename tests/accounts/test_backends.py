"""Tests of hudhud.accounts.backends: signing in with an e-mail address or a username."""

import pytest
from django.contrib.auth import authenticate

from hudhud.moderation.services import account_suspend, account_unsuspend
from tests.factories import PASSWORD, make_account


@pytest.mark.parametrize(
    "login",
    [
        "yazeed@example.org",
        "YAZEED@Example.org",
        " yazeed@example.org ",
        "yazeed",
        "Yazeed",
        "@yazeed",
    ],
)
@pytest.mark.usefixtures("db")
def test_authenticate_finds_the_user_by_email_or_username(login: str) -> None:
    account = make_account("yazeed")

    user = authenticate(None, username=login, password=PASSWORD)

    assert user is not None
    assert user.pk == account.user_id


@pytest.mark.usefixtures("db")
def test_authenticate_accepts_the_email_keyword() -> None:
    account = make_account("yazeed")

    user = authenticate(None, email="yazeed@example.org", password=PASSWORD)

    assert user is not None
    assert user.pk == account.user_id


@pytest.mark.parametrize(
    ("login", "password"),
    [
        ("yazeed", "wrong-password-42"),
        ("yazeed@example.org", "wrong-password-42"),
        ("mazen", PASSWORD),  # the username of another person, the password of yazeed
        ("nobody", PASSWORD),
        ("nobody@example.org", PASSWORD),
        ("", PASSWORD),
        ("@", PASSWORD),
    ],
)
@pytest.mark.usefixtures("db")
def test_authenticate_refuses_wrong_credentials(login: str, password: str) -> None:
    make_account("yazeed")
    make_account("mazen", password="another-long-password-7")

    assert authenticate(None, username=login, password=password) is None


@pytest.mark.usefixtures("db")
def test_authenticate_refuses_a_missing_password() -> None:
    make_account("yazeed")

    assert authenticate(None, username="yazeed", password=None) is None


@pytest.mark.usefixtures("db")
def test_authenticate_refuses_a_suspended_user_until_unsuspended() -> None:
    account = make_account("yazeed")

    account_suspend(account=account)
    refused = authenticate(None, username="yazeed", password=PASSWORD)
    account_unsuspend(account=account)
    accepted = authenticate(None, username="yazeed", password=PASSWORD)

    assert refused is None
    assert accepted is not None
