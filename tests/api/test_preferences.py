"""The caller's preferences through the Mastodon API."""

import pytest

from hudhud.accounts.services import preferences_update
from tests.api.conftest import ApiAs
from tests.factories import make_account

pytestmark = pytest.mark.usefixtures("db")


def test_preferences_are_mastodons_keys(api_as: ApiAs) -> None:
    found = api_as(make_account("sami")).get("/api/v1/preferences")

    assert found.status_code == 200
    assert found.json() == {
        "posting:default:visibility": "public",
        "posting:default:sensitive": False,
        "posting:default:language": None,
        "reading:expand:media": "default",
        "reading:expand:spoilers": False,
    }


def test_preferences_follow_the_posting_defaults(api_as: ApiAs) -> None:
    sami = make_account("sami")
    assert sami.user is not None
    preferences_update(
        user=sami.user, posting_privacy="private", posting_sensitive=True, posting_language="ar"
    )

    found = api_as(sami).get("/api/v1/preferences").json()

    assert found["posting:default:visibility"] == "private"
    assert found["posting:default:sensitive"] is True
    assert found["posting:default:language"] == "ar"


def test_preferences_need_a_signed_in_reader(api_as: ApiAs) -> None:
    sami = make_account("sami")
    assert api_as(None).get("/api/v1/preferences").status_code == 401
    assert api_as(sami, scopes="read:statuses").get("/api/v1/preferences").status_code == 403
    assert api_as(sami, scopes="read:accounts").get("/api/v1/preferences").status_code == 200
