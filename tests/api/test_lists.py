"""Lists through the API: make, read, change and delete them, and their members."""

import json
from typing import Any
from urllib.parse import urlencode

import pytest

from hudhud.accounts.services import block_create, follow_create, follow_delete
from tests.api.conftest import Api, ApiAs
from tests.factories import make_account

pytestmark = pytest.mark.usefixtures("db")


def make_list(api: Api, title: str = "أصدقاء", **fields: Any) -> dict[str, Any]:
    created = api.post("/api/v1/lists", {"title": title, **fields})
    assert created.status_code == 200, created.content
    body: dict[str, Any] = created.json()
    return body


def delete_with_body(api: Api, path: str, body: dict[str, Any]) -> Any:
    return api.client.delete(path, json.dumps(body), content_type="application/json")


def test_a_list_is_made_read_changed_and_deleted(api_as: ApiAs) -> None:
    api = api_as(make_account("yazeed"))
    created = make_list(api, "زملاء العمل")
    assert created == {
        "id": created["id"],
        "title": "زملاء العمل",
        "replies_policy": "list",
        "exclusive": False,
    }
    assert isinstance(created["id"], str)
    assert api.get(f"/api/v1/lists/{created['id']}").json() == created
    changed = api.put(
        f"/api/v1/lists/{created['id']}", {"replies_policy": "followed", "exclusive": True}
    ).json()
    assert changed["title"] == "زملاء العمل"
    assert changed["replies_policy"] == "followed" and changed["exclusive"] is True
    renamed = api.put(f"/api/v1/lists/{created['id']}", {"title": "الفريق"}).json()
    assert renamed["title"] == "الفريق" and renamed["replies_policy"] == "followed"
    assert [item["id"] for item in api.get("/api/v1/lists").json()] == [created["id"]]
    deleted = api.delete(f"/api/v1/lists/{created['id']}")
    assert deleted.status_code == 200 and deleted.json() == {}
    assert api.get("/api/v1/lists").json() == []
    assert api.get(f"/api/v1/lists/{created['id']}").status_code == 404


def test_a_list_may_be_made_with_a_form(api_as: ApiAs) -> None:
    api = api_as(make_account("yazeed"))
    created = api.form("/api/v1/lists", {"title": "أخبار", "replies_policy": "none"})
    assert created.status_code == 200
    assert created.json()["replies_policy"] == "none"


@pytest.mark.parametrize(
    "body",
    [{}, {"title": "   "}, {"title": "قائمة", "replies_policy": "everyone"}, {"title": "x" * 101}],
    ids=["no-title", "blank-title", "unknown-policy", "long-title"],
)
def test_a_bad_list_is_a_422(api_as: ApiAs, body: dict[str, Any]) -> None:
    found = api_as(make_account("yazeed")).post("/api/v1/lists", body)
    assert found.status_code == 422 and "error" in found.json()


def test_a_bad_change_is_a_422(api_as: ApiAs) -> None:
    api = api_as(make_account("yazeed"))
    created = make_list(api)
    found = api.put(f"/api/v1/lists/{created['id']}", {"title": ""})
    assert found.status_code == 422 and "error" in found.json()
    assert api.get(f"/api/v1/lists/{created['id']}").json()["title"] == "أصدقاء"


def test_another_users_list_is_a_404(api_as: ApiAs) -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    follow_create(follower=mazen, target=yazeed)
    created = make_list(api_as(yazeed))
    stranger = api_as(mazen)
    path = f"/api/v1/lists/{created['id']}"
    assert stranger.get(path).status_code == 404
    assert stranger.put(path, {"title": "لي"}).status_code == 404
    assert stranger.delete(path).status_code == 404
    assert stranger.get(f"{path}/accounts").status_code == 404
    added = stranger.post(f"{path}/accounts", {"account_ids": [str(yazeed.pk)]})
    assert added.status_code == 404 and "error" in added.json()
    assert api_as(yazeed).get(path).json()["title"] == "أصدقاء"


@pytest.mark.parametrize("value", ["999999", "abc", "-1"])
def test_an_unknown_list_is_a_404(api_as: ApiAs, value: str) -> None:
    assert api_as(make_account("yazeed")).get(f"/api/v1/lists/{value}").status_code == 404


def test_lists_need_their_scopes(api_as: ApiAs) -> None:
    yazeed = make_account("yazeed")
    created = make_list(api_as(yazeed))
    assert api_as(yazeed, scopes="read:statuses").get("/api/v1/lists").status_code == 403
    reader = api_as(yazeed, scopes="read:lists")
    assert reader.get("/api/v1/lists").status_code == 200
    assert reader.post("/api/v1/lists", {"title": "جديدة"}).status_code == 403
    assert reader.delete(f"/api/v1/lists/{created['id']}").status_code == 403
    assert api_as(None).get("/api/v1/lists").status_code == 401


def test_members_are_added_listed_and_removed(api_as: ApiAs) -> None:
    yazeed, mazen, sami = make_account("yazeed"), make_account("mazen"), make_account("sami")
    follow_create(follower=yazeed, target=mazen)
    follow_create(follower=yazeed, target=sami)
    api = api_as(yazeed)
    created = make_list(api)
    path = f"/api/v1/lists/{created['id']}/accounts"
    added = api.post(path, {"account_ids": [str(mazen.pk), str(sami.pk)]})
    assert added.status_code == 200 and added.json() == {}
    assert {item["acct"] for item in api.get(path).json()} == {"mazen", "sami"}
    removed = delete_with_body(api, path, {"account_ids": [str(mazen.pk)]})
    assert removed.status_code == 200 and removed.json() == {}
    assert [item["acct"] for item in api.get(path).json()] == ["sami"]
    # Removing who is not there changes nothing.
    assert delete_with_body(api, path, {"account_ids": [str(mazen.pk)]}).status_code == 200


def test_members_may_be_added_with_a_form(api_as: ApiAs) -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    follow_create(follower=yazeed, target=mazen)
    api = api_as(yazeed)
    created = make_list(api)
    path = f"/api/v1/lists/{created['id']}/accounts"
    assert api.form(path, {"account_ids[]": [str(mazen.pk)]}).status_code == 200
    assert [item["acct"] for item in api.get(path).json()] == ["mazen"]


def test_members_are_paged_and_limit_zero_gives_all(api_as: ApiAs) -> None:
    yazeed = make_account("yazeed")
    others = [make_account(name) for name in ("mazen", "sami", "bassem")]
    for other in others:
        follow_create(follower=yazeed, target=other)
    api = api_as(yazeed)
    created = make_list(api)
    path = f"/api/v1/lists/{created['id']}/accounts"
    api.post(path, {"account_ids": [str(other.pk) for other in others]})
    first = api.get(path, limit=2)
    assert len(first.json()) == 2
    assert 'rel="next"' in first.headers["Link"]
    assert len(api.get(path, limit=0).json()) == 3
    assert "Link" not in api.get(path, limit=0).headers
    assert api.get(path, limit=-1).status_code == 422


def test_only_followed_accounts_may_join_a_list(api_as: ApiAs) -> None:
    yazeed, mazen, sami = make_account("yazeed"), make_account("mazen"), make_account("sami")
    follow_create(follower=yazeed, target=mazen)
    api = api_as(yazeed)
    created = make_list(api)
    path = f"/api/v1/lists/{created['id']}/accounts"
    refused = api.post(path, {"account_ids": [str(mazen.pk), str(sami.pk)]})
    assert refused.status_code == 422 and "error" in refused.json()
    assert api.get(path).json() == []  # all or nothing
    assert api.post(path, {"account_ids": ["999999"]}).status_code == 404
    assert api.post(path, {"account_ids": []}).status_code == 422
    assert api.post(path, {}).status_code == 422


def test_an_account_joins_a_list_once(api_as: ApiAs) -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    follow_create(follower=yazeed, target=mazen)
    api = api_as(yazeed)
    created = make_list(api)
    path = f"/api/v1/lists/{created['id']}/accounts"
    assert api.post(path, {"account_ids": [str(mazen.pk)]}).status_code == 200
    again = api.post(path, {"account_ids": [str(mazen.pk)]})
    assert again.status_code == 422 and "error" in again.json()


def test_unfollowing_or_blocking_takes_an_account_off_lists(api_as: ApiAs) -> None:
    yazeed, mazen, sami = make_account("yazeed"), make_account("mazen"), make_account("sami")
    follow_create(follower=yazeed, target=mazen)
    follow_create(follower=yazeed, target=sami)
    api = api_as(yazeed)
    created = make_list(api)
    path = f"/api/v1/lists/{created['id']}/accounts"
    api.post(path, {"account_ids": [str(mazen.pk), str(sami.pk)]})
    follow_delete(follower=yazeed, target=mazen)
    block_create(account=sami, target=yazeed)
    assert api.get(path).json() == []


def test_the_lists_an_account_is_on(api_as: ApiAs) -> None:
    yazeed, mazen, sami = make_account("yazeed"), make_account("mazen"), make_account("sami")
    follow_create(follower=yazeed, target=mazen)
    follow_create(follower=sami, target=mazen)
    api = api_as(yazeed)
    friends, work = make_list(api, "أصدقاء"), make_list(api, "عمل")
    make_list(api, "أخرى")
    for found in (friends, work):
        api.post(f"/api/v1/lists/{found['id']}/accounts", {"account_ids": [str(mazen.pk)]})
    # Sami's lists are his own business.
    theirs = make_list(api_as(sami), "قائمة سامي")
    api_as(sami).post(f"/api/v1/lists/{theirs['id']}/accounts", {"account_ids": [str(mazen.pk)]})
    found = api.get(f"/api/v1/accounts/{mazen.pk}/lists")
    assert found.status_code == 200
    assert [item["title"] for item in found.json()] == ["أصدقاء", "عمل"]
    assert api.get(f"/api/v1/accounts/{sami.pk}/lists").json() == []
    assert api.get("/api/v1/accounts/999999/lists").status_code == 404
    assert (
        api_as(yazeed, scopes="read:accounts").get(f"/api/v1/accounts/{mazen.pk}/lists").status_code
        == 403
    )


def test_forms_work_for_put_and_delete_too(api_as: ApiAs) -> None:
    yazeed, mazen, sami = make_account("yazeed"), make_account("mazen"), make_account("sami")
    follow_create(follower=yazeed, target=mazen)
    follow_create(follower=yazeed, target=sami)
    api = api_as(yazeed)
    created = make_list(api)
    form = "application/x-www-form-urlencoded"
    changed = api.client.put(
        f"/api/v1/lists/{created['id']}", urlencode({"title": "عائلة"}), content_type=form
    )
    assert changed.status_code == 200 and changed.json()["title"] == "عائلة"
    path = f"/api/v1/lists/{created['id']}/accounts"
    api.post(path, {"account_ids": [str(mazen.pk), str(sami.pk)]})
    removed = api.client.delete(
        path, urlencode({"account_ids[]": [str(mazen.pk)]}, doseq=True), content_type=form
    )
    assert removed.status_code == 200
    assert [item["acct"] for item in api.get(path).json()] == ["sami"]
    in_query = api.client.delete(f"{path}?account_ids[]={sami.pk}")
    assert in_query.status_code == 200
    assert api.get(path).json() == []
    nothing = api.client.delete(path)
    assert nothing.status_code == 422 and "error" in nothing.json()
