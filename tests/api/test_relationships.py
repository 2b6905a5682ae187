"""Relationships through the API: follow, block, mute, endorse and note an account, answer
follow requests, and read how the caller stands with many accounts at once."""

from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from hudhud.accounts.models import Account, Follow, Mute
from hudhud.accounts.services import (
    account_note_set,
    block_create,
    endorsement_create,
    follow_create,
    mute_create,
    profile_update,
)
from hudhud.notifications.models import Notification
from tests.api.conftest import ApiAs
from tests.factories import make_account

pytestmark = pytest.mark.django_db

FIELDS = {
    "id",
    "following",
    "showing_reblogs",
    "notifying",
    "languages",
    "followed_by",
    "blocking",
    "blocked_by",
    "muting",
    "muting_notifications",
    "requested",
    "requested_by",
    "domain_blocking",
    "endorsed",
    "note",
}


def relationship_of(api: Any, account: Account) -> dict[str, Any]:
    found = api.get("/api/v1/accounts/relationships", **{"id[]": [str(account.pk)]})
    assert found.status_code == 200
    [item] = found.json()
    return dict(item)


def test_follow_answers_with_the_whole_relationship(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    follow_create(follower=mazen, target=sami)
    found = api_as(sami).post(f"/api/v1/accounts/{mazen.pk}/follow")
    assert found.status_code == 200
    body = found.json()
    assert set(body) == FIELDS
    assert body["id"] == str(mazen.pk)
    assert body["following"] is body["followed_by"] is body["showing_reblogs"] is True
    assert body["requested"] is body["notifying"] is body["blocking"] is False
    assert body["languages"] is None and body["note"] == ""
    assert Follow.objects.filter(follower=sami, target=mazen, accepted=True).exists()
    assert Notification.objects.filter(recipient=mazen, actor=sami, kind="follow").exists()


def test_follow_options_are_kept_and_changed_by_following_again(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    api = api_as(sami)
    first = api.post(
        f"/api/v1/accounts/{mazen.pk}/follow",
        {"reblogs": False, "notify": True, "languages": ["ar", "EN"]},
    ).json()
    assert first["showing_reblogs"] is False and first["notifying"] is True
    assert first["languages"] == ["ar", "en"]
    again = api.form(f"/api/v1/accounts/{mazen.pk}/follow", {"reblogs": "true"}).json()
    assert again["showing_reblogs"] is True
    assert again["notifying"] is True and again["languages"] == ["ar", "en"]  # kept
    every = api.post(f"/api/v1/accounts/{mazen.pk}/follow", {"languages": []}).json()
    assert every["languages"] is None
    assert Follow.objects.filter(follower=sami).count() == 1


def test_following_a_locked_account_is_a_request(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    profile_update(account=mazen, locked=True)
    body = api_as(sami).post(f"/api/v1/accounts/{mazen.pk}/follow").json()
    assert body["requested"] is True and body["following"] is False
    theirs = relationship_of(api_as(mazen), sami)
    assert theirs["requested_by"] is True and theirs["followed_by"] is False


@pytest.mark.parametrize("language", ["arabic", "a1", "e"])
def test_an_unknown_language_is_a_422(api_as: ApiAs, language: str) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    found = api_as(sami).post(f"/api/v1/accounts/{mazen.pk}/follow", {"languages": [language]})
    assert found.status_code == 422 and "error" in found.json()
    assert not Follow.objects.exists()


def test_following_oneself_is_a_422_and_a_blocked_follow_a_403(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    api = api_as(sami)
    itself = api.post(f"/api/v1/accounts/{sami.pk}/follow")
    assert itself.status_code == 422 and "error" in itself.json()
    block_create(account=mazen, target=sami)
    blocked = api.post(f"/api/v1/accounts/{mazen.pk}/follow")
    assert blocked.status_code == 403 and "error" in blocked.json()
    assert not Follow.objects.exists()


def test_relationship_actions_on_unknown_or_suspended_accounts_are_404s(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    Account.objects.filter(pk=mazen.pk).update(suspended=True)
    api = api_as(sami)
    for action in ("follow", "unfollow", "block", "mute", "pin", "note", "remove_from_followers"):
        for target in (str(mazen.pk), "4242", "nobody"):
            found = api.post(f"/api/v1/accounts/{target}/{action}")
            assert found.status_code == 404, (action, target)
            assert "error" in found.json()


def test_relationship_actions_need_their_scopes(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    reader = api_as(sami, scopes="read")
    for action in ("follow", "block", "mute", "pin", "note"):
        assert reader.post(f"/api/v1/accounts/{mazen.pk}/{action}").status_code == 403
    assert api_as(None).post(f"/api/v1/accounts/{mazen.pk}/follow").status_code == 401
    granular = api_as(sami, scopes="write:follows read:follows")
    assert granular.post(f"/api/v1/accounts/{mazen.pk}/follow").status_code == 200
    assert granular.post(f"/api/v1/accounts/{mazen.pk}/block").status_code == 403
    assert api_as(sami, scopes="write").get("/api/v1/accounts/relationships").status_code == 403


def test_unfollow_and_remove_from_followers(api_as: ApiAs) -> None:
    sami, mazen, yazeed = make_account("sami"), make_account("mazen"), make_account("yazeed")
    follow_create(follower=sami, target=mazen)
    follow_create(follower=yazeed, target=sami)
    api = api_as(sami)
    unfollowed = api.post(f"/api/v1/accounts/{mazen.pk}/unfollow").json()
    assert unfollowed["following"] is False
    removed = api.post(f"/api/v1/accounts/{yazeed.pk}/remove_from_followers").json()
    assert removed["followed_by"] is False
    assert not Follow.objects.exists()
    sami.refresh_from_db()
    assert sami.followers_count == sami.following_count == 0
    again = api.post(f"/api/v1/accounts/{yazeed.pk}/remove_from_followers")
    assert again.status_code == 200  # already not following: no error, as on Mastodon


def test_block_and_unblock(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    follow_create(follower=sami, target=mazen)
    follow_create(follower=mazen, target=sami)
    api = api_as(sami)
    blocked = api.post(f"/api/v1/accounts/{mazen.pk}/block").json()
    assert blocked["blocking"] is True
    assert blocked["following"] is blocked["followed_by"] is False
    assert relationship_of(api_as(mazen), sami)["blocked_by"] is True
    assert api.post(f"/api/v1/accounts/{mazen.pk}/unblock").json()["blocking"] is False
    assert api.post(f"/api/v1/accounts/{sami.pk}/block").status_code == 422


def test_mute_with_or_without_notifications_and_for_a_while(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    api = api_as(sami)
    muted = api.post(f"/api/v1/accounts/{mazen.pk}/mute").json()
    assert muted["muting"] is muted["muting_notifications"] is True
    quieter = api.form(
        f"/api/v1/accounts/{mazen.pk}/mute", {"notifications": "false", "duration": "3600"}
    ).json()
    assert quieter["muting"] is True and quieter["muting_notifications"] is False
    mute = Mute.objects.get(account=sami, target=mazen)
    assert mute.expires_at is not None
    assert timedelta(minutes=59) < mute.expires_at - timezone.now() <= timedelta(hours=1)
    listed = api.get("/api/v1/mutes").json()
    assert listed[0]["mute_expires_at"] is not None
    assert api.post(f"/api/v1/accounts/{mazen.pk}/unmute").json()["muting"] is False


def test_an_expired_mute_is_no_mute(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    mute_create(account=sami, target=mazen, duration=timedelta(hours=1))
    Mute.all_objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    api = api_as(sami)
    assert relationship_of(api, mazen)["muting"] is False
    assert api.get("/api/v1/mutes").json() == []
    again = api.post(f"/api/v1/accounts/{mazen.pk}/mute").json()  # replaces the old row
    assert again["muting"] is True
    assert Mute.all_objects.get().expires_at is None


@pytest.mark.parametrize("duration", ["-5", "forever", str(10**12)])
def test_a_bad_mute_duration_is_a_422(api_as: ApiAs, duration: str) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    found = api_as(sami).form(f"/api/v1/accounts/{mazen.pk}/mute", {"duration": duration})
    assert found.status_code == 422 and "error" in found.json()


def test_pin_needs_a_follow_and_unfollowing_unpins(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    api = api_as(sami)
    refused = api.post(f"/api/v1/accounts/{mazen.pk}/pin")
    assert refused.status_code == 422 and "error" in refused.json()
    api.post(f"/api/v1/accounts/{mazen.pk}/follow")
    assert api.post(f"/api/v1/accounts/{mazen.pk}/pin").json()["endorsed"] is True
    assert api.post(f"/api/v1/accounts/{mazen.pk}/pin").json()["endorsed"] is True  # idempotent
    assert [item["id"] for item in api.get("/api/v1/endorsements").json()] == [str(mazen.pk)]
    assert api.post(f"/api/v1/accounts/{mazen.pk}/unpin").json()["endorsed"] is False
    api.post(f"/api/v1/accounts/{mazen.pk}/pin")
    api.post(f"/api/v1/accounts/{mazen.pk}/unfollow")
    assert api.get("/api/v1/endorsements").json() == []


def test_a_private_note_is_set_shown_and_cleared(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    api = api_as(sami)
    noted = api.post(f"/api/v1/accounts/{mazen.pk}/note", {"comment": "قابلته في جيتكس"})
    assert noted.status_code == 200 and noted.json()["note"] == "قابلته في جيتكس"
    assert relationship_of(api, mazen)["note"] == "قابلته في جيتكس"
    assert relationship_of(api_as(mazen), sami)["note"] == ""  # only its writer sees it
    assert api.post(f"/api/v1/accounts/{mazen.pk}/note", {"comment": ""}).json()["note"] == ""
    assert api.post(f"/api/v1/accounts/{mazen.pk}/note").json()["note"] == ""
    too_long = api.post(f"/api/v1/accounts/{mazen.pk}/note", {"comment": "م" * 2001})
    assert too_long.status_code == 422 and "error" in too_long.json()


def test_relationships_of_many_accounts_in_a_few_queries(api_as: ApiAs) -> None:
    sami = make_account("sami")
    others = [make_account(f"friend{n}") for n in range(12)]
    for other in others[:4]:
        follow_create(follower=sami, target=other)
    for other in others[4:8]:
        follow_create(follower=other, target=sami)
    block_create(account=sami, target=others[8])
    mute_create(account=sami, target=others[9], notifications=False)
    endorsement_create(account=sami, target=others[0])
    account_note_set(account=sami, target=others[1], comment="زميل")
    api = api_as(sami)
    wanted = [str(other.pk) for other in others]
    with CaptureQueriesContext(connection) as queries:
        found = api.get("/api/v1/accounts/relationships", **{"id[]": [*wanted, "999", "x"]})
    assert [item["id"] for item in found.json()] == wanted  # unknown ones left out
    assert len(queries) <= 7  # the token, the accounts and five for all relationships
    by_id = {item["id"]: item for item in found.json()}
    assert by_id[wanted[0]]["following"] and by_id[wanted[0]]["endorsed"]
    assert by_id[wanted[1]]["note"] == "زميل"
    assert by_id[wanted[5]]["followed_by"] and not by_id[wanted[5]]["following"]
    assert by_id[wanted[8]]["blocking"]
    assert by_id[wanted[9]]["muting"] and not by_id[wanted[9]]["muting_notifications"]
    assert not any(by_id[wanted[11]][name] for name in FIELDS - {"id", "note", "languages"})


def test_relationships_with_suspended_accounts_only_when_asked(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    Account.objects.filter(pk=mazen.pk).update(suspended=True)
    api = api_as(sami)
    assert api.get("/api/v1/accounts/relationships", **{"id[]": [str(mazen.pk)]}).json() == []
    shown = api.get(
        "/api/v1/accounts/relationships", **{"id[]": [str(mazen.pk)], "with_suspended": "true"}
    ).json()
    assert [item["id"] for item in shown] == [str(mazen.pk)]


def test_familiar_followers_are_followed_accounts_that_follow_each(api_as: ApiAs) -> None:
    sami, mazen, yazeed, bassem, saad = (
        make_account(name) for name in ("sami", "mazen", "yazeed", "bassem", "saad")
    )
    follow_create(follower=sami, target=mazen)
    follow_create(follower=sami, target=yazeed)
    follow_create(follower=mazen, target=bassem)
    follow_create(follower=yazeed, target=bassem)
    follow_create(follower=saad, target=bassem)  # sami does not follow saad
    profile_update(account=yazeed, hide_collections=True)
    found = api_as(sami).get(
        "/api/v1/accounts/familiar_followers", **{"id[]": [str(bassem.pk), str(saad.pk)]}
    )
    assert found.status_code == 200
    assert found.json()[0]["id"] == str(bassem.pk)
    assert [item["id"] for item in found.json()[0]["accounts"]] == [str(mazen.pk)]
    assert found.json()[1] == {"id": str(saad.pk), "accounts": []}


def test_follow_requests_are_listed_authorized_and_rejected(api_as: ApiAs) -> None:
    sami, mazen, yazeed = make_account("sami"), make_account("mazen"), make_account("yazeed")
    profile_update(account=sami, locked=True)
    follow_create(follower=mazen, target=sami)
    follow_create(follower=yazeed, target=sami)
    api = api_as(sami)
    listed = api.get("/api/v1/follow_requests")
    assert [item["id"] for item in listed.json()] == [str(yazeed.pk), str(mazen.pk)]
    assert "Link" in listed.headers
    authorized = api.post(f"/api/v1/follow_requests/{mazen.pk}/authorize")
    assert authorized.status_code == 200 and authorized.json()["followed_by"] is True
    rejected = api.post(f"/api/v1/follow_requests/{yazeed.pk}/reject")
    assert rejected.status_code == 200 and rejected.json()["requested_by"] is False
    assert api.get("/api/v1/follow_requests").json() == []
    assert Follow.objects.filter(target=sami, accepted=True).count() == 1
    for action in ("authorize", "reject"):  # no request waits any more
        assert api.post(f"/api/v1/follow_requests/{yazeed.pk}/{action}").status_code == 404
        assert api.post(f"/api/v1/follow_requests/12345/{action}").status_code == 404


def test_follow_and_mute_take_a_post_without_a_body(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    client = api_as(sami).client

    followed = client.post(f"/api/v1/accounts/{mazen.pk}/follow", b"", content_type="")
    muted = client.post(f"/api/v1/accounts/{mazen.pk}/mute", b"", content_type="")

    assert followed.status_code == 200 and followed.json()["following"] is True
    assert muted.status_code == 200 and muted.json()["muting_notifications"] is True
