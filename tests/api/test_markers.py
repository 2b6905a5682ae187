"""Markers through the Mastodon API: where the reader stopped in home and notifications."""

import pytest

from tests.api.conftest import ApiAs
from tests.factories import make_account, make_post

pytestmark = pytest.mark.usefixtures("db")


def test_no_marker_until_one_is_saved(api_as: ApiAs) -> None:
    api = api_as(make_account("sami"))
    found = api.get("/api/v1/markers", **{"timeline[]": ["home", "notifications"]})
    assert found.status_code == 200 and found.json() == {}


def test_saving_markers_grows_their_version(api_as: ApiAs) -> None:
    sami = make_account("sami")
    first, second = make_post(sami, "أول"), make_post(sami, "ثان")
    api = api_as(sami)

    saved = api.post(
        "/api/v1/markers",
        {"home": {"last_read_id": str(first.pk)}, "notifications": {"last_read_id": "5"}},
    )

    assert saved.status_code == 200
    assert saved.json()["home"]["last_read_id"] == str(first.pk)
    assert saved.json()["home"]["version"] == 0
    assert saved.json()["notifications"]["last_read_id"] == "5"
    moved = api.form("/api/v1/markers", {"home[last_read_id]": str(second.pk)})
    assert moved.status_code == 200
    assert set(moved.json()) == {"home"}
    assert moved.json()["home"] == {
        "last_read_id": str(second.pk),
        "version": 1,
        "updated_at": moved.json()["home"]["updated_at"],
    }
    same = api.post("/api/v1/markers", {"home": {"last_read_id": second.pk}})
    assert same.json()["home"]["version"] == 1  # nothing changed
    found = api.get("/api/v1/markers", **{"timeline[]": ["home", "notifications"]}).json()
    assert found["home"]["last_read_id"] == str(second.pk)
    assert found["notifications"]["last_read_id"] == "5"
    only_home = api.get("/api/v1/markers", **{"timeline[]": "home"}).json()
    assert set(only_home) == {"home"}


def test_markers_are_each_readers_own(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    api_as(sami).post("/api/v1/markers", {"home": {"last_read_id": "7"}})
    assert api_as(mazen).get("/api/v1/markers", **{"timeline[]": ["home"]}).json() == {}


@pytest.mark.parametrize("value", ["abc", "-1", "", "9" * 30, "١٢٣"])
def test_a_marker_that_is_not_an_id_is_a_422(api_as: ApiAs, value: str) -> None:
    api = api_as(make_account("sami"))
    refused = api.post("/api/v1/markers", {"home": {"last_read_id": value}})
    assert refused.status_code == 422 and "error" in refused.json()
    assert api.get("/api/v1/markers", **{"timeline[]": ["home"]}).json() == {}


def test_markers_need_their_scopes(api_as: ApiAs) -> None:
    sami = make_account("sami")
    assert api_as(sami, scopes="read:notifications").get("/api/v1/markers").status_code == 403
    write = api_as(sami, scopes="read")
    assert write.post("/api/v1/markers", {"home": {"last_read_id": "1"}}).status_code == 403
    assert api_as(None).get("/api/v1/markers").status_code == 401
    granular = api_as(sami, scopes="write:statuses")
    assert granular.post("/api/v1/markers", {"home": {"last_read_id": "1"}}).status_code == 200
