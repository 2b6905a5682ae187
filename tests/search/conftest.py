"""Fixtures of the search tests: people of the seed meeting, findable."""

from typing import Any

import pytest

from hudhud.accounts.models import Account
from hudhud.search.services import account_index
from tests.factories import make_account


def make_person(username: str, **fields: Any) -> Account:
    """Create an account and index it, as account_create and profile_update will."""
    account = make_account(username, **fields)
    account_index(account)
    return account


@pytest.fixture
def sami(db: None) -> Account:
    return make_person("sami", display_name="سامي")


@pytest.fixture
def yazeed(db: None) -> Account:
    return make_person("yazeed", display_name="يزيد")


@pytest.fixture
def mazen(db: None) -> Account:
    return make_person("mazen", display_name="مازن")
