"""Accounts through the API: the caller's own profile, others' accounts, followers and
follows, search, and the caller's lists of blocks, mutes, requests and endorsements."""

import io
from typing import Any

import pytest
from django.conf import settings
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from PIL import Image

from hudhud.accounts.models import Account
from hudhud.accounts.services import (
    block_create,
    endorsement_create,
    follow_create,
    mute_create,
    profile_update,
)
from tests.api.conftest import Api, ApiAs
from tests.factories import make_account

pytestmark = pytest.mark.django_db


def png() -> io.BytesIO:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), "seagreen").save(buffer, "PNG")
    buffer.seek(0)
    buffer.name = "avatar.png"
    return buffer


def patch_multipart(api: Api, path: str, data: dict[str, Any]) -> Any:
    return api.client.generic(
        "PATCH", path, encode_multipart(BOUNDARY, data), content_type=MULTIPART_CONTENT
    )


def ids(found: Any) -> list[str]:
    return [item["id"] for item in found.json()]


# verify_credentials and update_credentials


def test_update_credentials_as_json_changes_the_profile_and_its_source(api_as: ApiAs) -> None:
    sami = make_account("sami")
    api = api_as(sami)
    found = api.patch(
        "/api/v1/accounts/update_credentials",
        {
            "display_name": "سامي الشمري",
            "note": "مطوّر من #الرياض",
            "locked": True,
            "bot": True,
            "discoverable": False,
            "indexable": False,
            "hide_collections": True,
            "fields_attributes": [{"name": "الموقع", "value": "https://hudhud.example"}],
            "source": {"privacy": "unlisted", "sensitive": True, "language": "ar"},
        },
    )
    assert found.status_code == 200
    body = found.json()
    assert body["display_name"] == "سامي الشمري"
    assert "الرياض" in body["note"] and body["note"] != body["source"]["note"]
    assert body["source"]["note"] == "مطوّر من #الرياض"
    assert body["locked"] is body["bot"] is body["hide_collections"] is True
    assert body["discoverable"] is body["indexable"] is False
    assert body["fields"][0]["name"] == "الموقع"
    assert body["source"]["fields"] == [
        {"name": "الموقع", "value": "https://hudhud.example", "verified_at": None}
    ]
    assert body["source"]["privacy"] == "unlisted"
    assert body["source"]["sensitive"] is True
    assert body["source"]["language"] == "ar"
    again = api.get("/api/v1/accounts/verify_credentials").json()
    assert again["source"]["privacy"] == "unlisted" and again["locked"] is True


def test_update_credentials_takes_a_form_with_indexed_fields(api_as: ApiAs) -> None:
    sami = make_account("sami")
    api = api_as(sami)
    found = api.client.generic(
        "PATCH",
        "/api/v1/accounts/update_credentials",
        "fields_attributes[7][name]=أولاً&fields_attributes[7][value]=١"
        "&fields_attributes[2][name]=ثانياً&fields_attributes[2][value]=٢"
        "&locked=true&source[privacy]=private",
        content_type="application/x-www-form-urlencoded",
    )
    assert found.status_code == 200
    body = found.json()
    assert [field["name"] for field in body["fields"]] == ["أولاً", "ثانياً"]
    assert body["locked"] is True and body["source"]["privacy"] == "private"


def test_update_credentials_leaves_what_was_not_sent(api_as: ApiAs) -> None:
    sami = make_account("sami", display_name="سامي")
    profile_update(account=sami, bio="نبذة", fields=[("الاسم", "سامي")])
    found = api_as(sami).patch("/api/v1/accounts/update_credentials", {"locked": True})
    body = found.json()
    assert body["display_name"] == "سامي" and body["source"]["note"] == "نبذة"
    assert body["source"]["fields"][0]["value"] == "سامي"


def test_update_credentials_takes_an_avatar_and_header_as_multipart(api_as: ApiAs) -> None:
    sami = make_account("sami")
    api = api_as(sami)
    found = patch_multipart(
        api,
        "/api/v1/accounts/update_credentials",
        {"avatar": png(), "header": png(), "display_name": "سامي"},
    )
    assert found.status_code == 200
    body = found.json()
    assert "/avatars/" in body["avatar"] and "/headers/" in body["header"]
    assert body["display_name"] == "سامي"
    sami.refresh_from_db()
    assert sami.avatar and sami.header


def test_an_avatar_that_is_not_an_image_is_a_422(api_as: ApiAs) -> None:
    sami = make_account("sami", display_name="سامي")
    text = io.BytesIO(b"not an image at all")
    text.name = "avatar.png"
    found = patch_multipart(
        api_as(sami),
        "/api/v1/accounts/update_credentials",
        {"avatar": text, "display_name": "غيره"},
    )
    assert found.status_code == 422 and "error" in found.json()
    sami.refresh_from_db()
    assert not sami.avatar and sami.display_name == "سامي"  # nothing of it was kept


@pytest.mark.parametrize(
    "body",
    [
        {"source": {"privacy": "direct"}},
        {"source": {"language": "Arabic!"}},
        {"locked": "perhaps"},
        {"fields_attributes": [{"name": str(n), "value": "x"} for n in range(5)]},
        {"display_name": "ا" * 101},
        {"avatar": "https://example.org/a.png"},
    ],
    ids=["privacy", "language", "flag", "five-fields", "long-name", "avatar-not-a-file"],
)
def test_update_credentials_refuses_bad_values_with_a_422(
    api_as: ApiAs, body: dict[str, Any]
) -> None:
    sami = make_account("sami")
    found = api_as(sami).patch("/api/v1/accounts/update_credentials", body)
    assert found.status_code == 422 and "error" in found.json()
    sami.refresh_from_db()
    assert not sami.locked and sami.fields == []


def test_update_credentials_needs_write_accounts(api_as: ApiAs) -> None:
    sami = make_account("sami")
    refused = api_as(sami, scopes="read write:statuses").patch(
        "/api/v1/accounts/update_credentials", {"display_name": "سامي"}
    )
    assert refused.status_code == 403
    assert api_as(None).patch("/api/v1/accounts/update_credentials", {}).status_code == 401


def test_verify_credentials_counts_waiting_follow_requests(api_as: ApiAs) -> None:
    sami = make_account("sami")
    profile_update(account=sami, locked=True)
    follow_create(follower=make_account("mazen"), target=sami)
    body = api_as(sami).get("/api/v1/accounts/verify_credentials").json()
    assert body["source"]["follow_requests_count"] == 1


# Others' accounts


def test_an_account_by_id_lookup_and_several_at_once(api_as: ApiAs) -> None:
    sami = make_account("sami", display_name="سامي")
    mazen = make_account("mazen")
    anonymous = api_as(None)
    found = anonymous.get(f"/api/v1/accounts/{sami.pk}")
    assert found.status_code == 200 and found.json()["display_name"] == "سامي"
    assert anonymous.get("/api/v1/accounts/lookup", acct="sami").json()["id"] == str(sami.pk)
    assert anonymous.get("/api/v1/accounts/lookup", acct="@SAMI").json()["id"] == str(sami.pk)
    here = anonymous.get("/api/v1/accounts/lookup", acct=f"sami@{settings.DOMAIN}")
    assert here.json()["id"] == str(sami.pk)
    elsewhere = anonymous.get("/api/v1/accounts/lookup", acct="sami@elsewhere.example")
    assert elsewhere.status_code == 404
    several = anonymous.get(
        "/api/v1/accounts", **{"id[]": [str(mazen.pk), "999", "abc", str(sami.pk)]}
    )
    assert ids(several) == [str(mazen.pk), str(sami.pk)]


def test_unknown_and_suspended_accounts_are_404s(api_as: ApiAs) -> None:
    sami = make_account("sami")
    Account.objects.filter(pk=sami.pk).update(suspended=True)
    api = api_as(make_account("mazen"))
    for path in (f"/api/v1/accounts/{sami.pk}", "/api/v1/accounts/123", "/api/v1/accounts/x"):
        found = api.get(path)
        assert found.status_code == 404 and "error" in found.json()
    assert api.get("/api/v1/accounts/lookup", acct="sami").status_code == 404
    assert api.get("/api/v1/accounts/lookup", acct="nobody@elsewhere.example").status_code == 404
    assert api.get("/api/v1/accounts/lookup").status_code == 422
    assert ids(api.get("/api/v1/accounts", **{"id[]": [str(sami.pk)]})) == []
    assert api.get(f"/api/v1/accounts/{sami.pk}/followers").status_code == 404


def test_a_token_without_read_accounts_may_not_read_accounts(api_as: ApiAs) -> None:
    sami = make_account("sami")
    found = api_as(sami, scopes="write:statuses").get(f"/api/v1/accounts/{sami.pk}")
    assert found.status_code == 403


def test_search_finds_accounts_and_may_keep_to_those_followed(api_as: ApiAs) -> None:
    sami = make_account("sami")
    mazen = make_account("mazen", display_name="مازن")
    make_account("mazenov", display_name="مازن الآخر")
    follow_create(follower=sami, target=mazen)
    api = api_as(sami)
    found = api.get("/api/v1/accounts/search", q="مازن")
    assert found.status_code == 200
    assert set(ids(found)) == {str(mazen.pk), str(Account.objects.get(username="mazenov").pk)}
    assert ids(api.get("/api/v1/accounts/search", q="مازن", following="true")) == [str(mazen.pk)]
    assert len(api.get("/api/v1/accounts/search", q="مازن", limit=1).json()) == 1
    assert api.get("/api/v1/accounts/search").status_code == 422
    assert api_as(None).get("/api/v1/accounts/search", q="مازن").status_code == 401


# Followers and follows


def test_followers_and_following_page_by_the_follow_newest_first(api_as: ApiAs) -> None:
    sami = make_account("sami")
    fans = [make_account(name) for name in ("mazen", "yazeed", "bassem", "saad")]
    for fan in fans:
        follow_create(follower=fan, target=sami)
    api = api_as(None)
    first = api.get(f"/api/v1/accounts/{sami.pk}/followers", limit=2)
    assert first.status_code == 200
    assert ids(first) == [str(fans[3].pk), str(fans[2].pk)]
    link = first.headers["Link"]
    assert 'rel="next"' in link and 'rel="prev"' in link
    older = api.client.get(link.split(">", 1)[0].lstrip("<"))  # the "next" page
    assert ids(older) == [str(fans[1].pk), str(fans[0].pk)]
    following = api.get(f"/api/v1/accounts/{fans[0].pk}/following").json()
    assert [item["id"] for item in following] == [str(sami.pk)]


def test_followers_are_hidden_when_the_owner_hides_them_or_blocks_the_caller(
    api_as: ApiAs,
) -> None:
    sami = make_account("sami")
    mazen = make_account("mazen")
    yazeed = make_account("yazeed")
    follow_create(follower=mazen, target=sami)
    follow_create(follower=yazeed, target=sami)
    block_create(account=sami, target=yazeed)  # yazeed no longer follows either
    blocked = api_as(yazeed).get(f"/api/v1/accounts/{sami.pk}/followers")
    assert blocked.status_code == 200 and blocked.json() == []
    assert ids(api_as(mazen).get(f"/api/v1/accounts/{sami.pk}/followers")) == [str(mazen.pk)]
    profile_update(account=sami, hide_collections=True)
    assert api_as(None).get(f"/api/v1/accounts/{sami.pk}/followers").json() == []
    assert api_as(None).get(f"/api/v1/accounts/{sami.pk}/following").json() == []
    assert ids(api_as(sami).get(f"/api/v1/accounts/{sami.pk}/followers")) == [str(mazen.pk)]


def test_followers_leave_out_whom_the_caller_muted_or_blocked(api_as: ApiAs) -> None:
    sami = make_account("sami")
    mazen, yazeed, bassem = (make_account(name) for name in ("mazen", "yazeed", "bassem"))
    for fan in (mazen, yazeed):
        follow_create(follower=fan, target=sami)
    mute_create(account=bassem, target=mazen)
    assert ids(api_as(bassem).get(f"/api/v1/accounts/{sami.pk}/followers")) == [str(yazeed.pk)]


def test_a_follow_request_is_no_follower(api_as: ApiAs) -> None:
    sami = make_account("sami")
    profile_update(account=sami, locked=True)
    follow_create(follower=make_account("mazen"), target=sami)
    assert api_as(None).get(f"/api/v1/accounts/{sami.pk}/followers").json() == []


# The caller's lists


def test_blocks_mutes_and_endorsements_are_the_callers_lists(api_as: ApiAs) -> None:
    sami = make_account("sami")
    mazen, yazeed, bassem = (make_account(name) for name in ("mazen", "yazeed", "bassem"))
    block_create(account=sami, target=mazen)
    mute_create(account=sami, target=yazeed)
    follow_create(follower=sami, target=bassem)
    endorsement_create(account=sami, target=bassem)
    api = api_as(sami)
    assert ids(api.get("/api/v1/blocks")) == [str(mazen.pk)]
    mutes = api.get("/api/v1/mutes").json()
    assert [item["id"] for item in mutes] == [str(yazeed.pk)]
    assert mutes[0]["mute_expires_at"] is None
    assert ids(api.get("/api/v1/endorsements")) == [str(bassem.pk)]
    assert ids(api_as(mazen).get("/api/v1/blocks")) == []


def test_the_lists_page_with_a_link_header(api_as: ApiAs) -> None:
    sami = make_account("sami")
    blocked = [make_account(name) for name in ("mazen", "yazeed", "bassem")]
    for target in blocked:
        block_create(account=sami, target=target)
    api = api_as(sami)
    first = api.get("/api/v1/blocks", limit=2)
    assert ids(first) == [str(blocked[2].pk), str(blocked[1].pk)]
    assert 'rel="next"' in first.headers["Link"]
    assert api.get("/api/v1/blocks", limit="many").status_code == 422


def test_the_lists_need_their_scopes(api_as: ApiAs) -> None:
    sami = make_account("sami")
    api = api_as(sami, scopes="read:statuses")
    for path in ("/api/v1/blocks", "/api/v1/mutes", "/api/v1/follow_requests"):
        assert api.get(path).status_code == 403
    assert api_as(sami, scopes="follow").get("/api/v1/blocks").status_code == 200
    assert api_as(None).get("/api/v1/endorsements").status_code == 401
