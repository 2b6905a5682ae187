"""Fixtures of the web tests: people of the seed meeting and signed-in clients."""

import pytest
from django.test import Client

from hudhud.accounts.models import Account
from tests.factories import make_account
from tests.web.pages import signed_in


@pytest.fixture
def sami(db: None) -> Account:
    return make_account("sami", display_name="سامي")


@pytest.fixture
def yazeed(db: None) -> Account:
    return make_account("yazeed", display_name="يزيد")


@pytest.fixture
def bassem(db: None) -> Account:
    """A moderator."""
    return make_account("bassem", display_name="باسم", is_staff=True)


@pytest.fixture
def as_sami(sami: Account) -> Client:
    return signed_in(sami)


@pytest.fixture
def as_yazeed(yazeed: Account) -> Client:
    return signed_in(yazeed)
