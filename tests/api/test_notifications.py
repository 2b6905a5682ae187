"""Notifications through the Mastodon API: plain (v1) and grouped (v2)."""

from typing import Any

import pytest

from hudhud.accounts.models import Account
from hudhud.accounts.services import block_create, follow_create, follow_delete
from hudhud.moderation.services import account_suspend
from hudhud.notifications.models import Notification
from hudhud.posts.models import Visibility
from hudhud.posts.services import boost_create, like_create
from tests.api.conftest import ApiAs
from tests.factories import make_account, make_post

pytestmark = pytest.mark.usefixtures("db")


def people() -> tuple[Account, Account, Account, Account]:
    return (
        make_account("sami"),
        make_account("mazen"),
        make_account("yazeed"),
        make_account("bassem"),
    )


def ids_of(found: Any) -> list[str]:
    return [item["id"] for item in found.json()]


def test_notifications_are_mastodons_entities_newest_first(api_as: ApiAs) -> None:
    sami, mazen, yazeed, bassem = people()
    post = make_post(sami, "صباح الخير يا جماعة")
    like_create(account=mazen, post=post)
    mention = make_post(yazeed, "أهلاً @sami كيف حالك")
    follow_create(follower=bassem, target=sami)

    found = api_as(sami).get("/api/v1/notifications")

    assert found.status_code == 200
    body = found.json()
    assert [item["type"] for item in body] == ["follow", "mention", "favourite"]
    assert [item["account"]["acct"] for item in body] == ["bassem", "yazeed", "mazen"]
    assert body[0]["status"] is None
    assert body[1]["status"]["id"] == str(mention.pk)
    assert body[2]["status"]["id"] == str(post.pk)
    assert body[2]["status"]["favourites_count"] == 1
    assert body[1]["group_key"] == f"ungrouped-{body[1]['id']}"
    assert body[2]["group_key"].startswith(f"favourite-{post.pk}-")
    assert all(isinstance(item["id"], str) and item["created_at"] for item in body)


def test_notifications_page_with_a_link_header(api_as: ApiAs) -> None:
    sami = make_account("sami")
    for name in ("mazen", "yazeed", "bassem"):
        follow_create(follower=make_account(name), target=sami)
    api = api_as(sami)

    first = api.get("/api/v1/notifications", limit=2)

    assert len(first.json()) == 2
    assert 'rel="next"' in first["Link"] and 'rel="prev"' in first["Link"]
    oldest = first.json()[-1]["id"]
    rest = api.get("/api/v1/notifications", max_id=oldest)
    assert [item["account"]["acct"] for item in rest.json()] == ["mazen"]
    newer = api.get("/api/v1/notifications", min_id=rest.json()[0]["id"])
    assert ids_of(newer) == ids_of(first)


def test_notifications_filter_by_types_and_account(api_as: ApiAs) -> None:
    sami, mazen, yazeed, _bassem = people()
    post = make_post(sami, "منشور")
    like_create(account=mazen, post=post)
    boost_create(account=yazeed, post=post)
    make_post(mazen, "مرحبا @sami")
    api = api_as(sami)

    kinds = api.get("/api/v1/notifications", **{"types[]": ["favourite", "reblog"]})
    assert sorted(item["type"] for item in kinds.json()) == ["favourite", "reblog"]
    excluded = api.get("/api/v1/notifications", **{"exclude_types[]": ["mention"]})
    assert "mention" not in [item["type"] for item in excluded.json()]
    assert len(excluded.json()) == 2
    from_mazen = api.get("/api/v1/notifications", account_id=str(mazen.pk))
    assert sorted(item["type"] for item in from_mazen.json()) == ["favourite", "mention"]


def test_unknown_types_are_a_422_and_an_unknown_account_a_404(api_as: ApiAs) -> None:
    api = api_as(make_account("sami"))

    bad = api.get("/api/v1/notifications", **{"types[]": ["favourite", "hug"]})
    assert bad.status_code == 422 and "error" in bad.json()
    bad_exclude = api.get("/api/v2/notifications", **{"exclude_types[]": ["hug"]})
    assert bad_exclude.status_code == 422
    bad_grouped = api.get("/api/v2/notifications", **{"grouped_types[]": ["hug"]})
    assert bad_grouped.status_code == 422
    assert api.get("/api/v1/notifications", account_id="123").status_code == 404
    assert api.get("/api/v1/notifications", limit="many").status_code == 422
    assert api.get("/api/v2/notifications", expand_accounts="some").status_code == 422


def test_one_notification_and_not_another_users(api_as: ApiAs) -> None:
    sami, mazen, yazeed, _bassem = people()
    follow_create(follower=mazen, target=sami)
    follow_create(follower=sami, target=yazeed)
    mine = Notification.objects.get(recipient=sami)
    theirs = Notification.objects.get(recipient=yazeed)
    api = api_as(sami)

    found = api.get(f"/api/v1/notifications/{mine.pk}")
    assert found.status_code == 200
    assert found.json()["id"] == str(mine.pk) and found.json()["type"] == "follow"
    for wrong in (str(theirs.pk), "123", "abc", "9" * 30):
        refused = api.get(f"/api/v1/notifications/{wrong}")
        assert refused.status_code == 404 and "error" in refused.json()
    assert api.post(f"/api/v1/notifications/{theirs.pk}/dismiss").status_code == 404
    assert Notification.objects.filter(pk=theirs.pk).exists()


def test_dismiss_and_clear(api_as: ApiAs) -> None:
    sami, mazen, yazeed, bassem = people()
    for follower in (mazen, yazeed, bassem):
        follow_create(follower=follower, target=sami)
    follow_create(follower=sami, target=mazen)
    api = api_as(sami)
    first = ids_of(api.get("/api/v1/notifications"))[0]

    dismissed = api.post(f"/api/v1/notifications/{first}/dismiss")

    assert dismissed.status_code == 200 and dismissed.json() == {}
    assert api.get(f"/api/v1/notifications/{first}").status_code == 404
    assert len(api.get("/api/v1/notifications").json()) == 2
    assert api.post("/api/v1/notifications/clear").json() == {}
    assert api.get("/api/v1/notifications").json() == []
    assert Notification.objects.filter(recipient=mazen).count() == 1  # not theirs


def test_notifications_need_their_scopes(api_as: ApiAs) -> None:
    sami = make_account("sami")
    follow_create(follower=make_account("mazen"), target=sami)
    assert api_as(sami, scopes="read:statuses").get("/api/v1/notifications").status_code == 403
    assert api_as(sami, scopes="read").post("/api/v1/notifications/clear").status_code == 403
    granular = api_as(sami, scopes="read:notifications")
    assert granular.get("/api/v1/notifications").status_code == 200
    assert granular.get("/api/v2/notifications").status_code == 200
    assert api_as(None).get("/api/v1/notifications").status_code == 401
    assert Notification.objects.filter(recipient=sami).count() == 1


def test_notifications_of_blocked_or_suspended_accounts_are_hidden(api_as: ApiAs) -> None:
    sami, mazen, yazeed, _bassem = people()
    post = make_post(sami, "منشور")
    like_create(account=mazen, post=post)
    like_create(account=yazeed, post=post)
    api = api_as(sami)
    assert len(api.get("/api/v1/notifications").json()) == 2

    block_create(account=sami, target=mazen)
    account_suspend(account=yazeed)

    assert api.get("/api/v1/notifications").json() == []
    assert api.get("/api/v2/notifications").json()["notification_groups"] == []


def test_a_mention_in_a_post_no_longer_visible_is_hidden(api_as: ApiAs) -> None:
    sami, mazen, _yazeed, _bassem = people()
    make_post(mazen, "خاص @sami", visibility="private")
    api = api_as(sami)
    assert [item["type"] for item in api.get("/api/v1/notifications").json()] == ["mention"]

    block_create(account=mazen, target=sami)  # mazen's posts are now hidden from sami

    assert api.get("/api/v1/notifications").json() == []


def test_unread_count_counts_what_is_newer_than_the_marker(api_as: ApiAs) -> None:
    sami = make_account("sami")
    for name in ("mazen", "yazeed", "bassem"):
        follow_create(follower=make_account(name), target=sami)
    api = api_as(sami)
    assert api.get("/api/v1/notifications/unread_count").json() == {"count": 3}
    assert api.get("/api/v1/notifications/unread_count", limit=2).json() == {"count": 2}
    middle = ids_of(api.get("/api/v1/notifications"))[1]

    api.post("/api/v1/markers", {"notifications": {"last_read_id": middle}})

    assert api.get("/api/v1/notifications/unread_count").json() == {"count": 1}
    assert api.get("/api/v2/notifications/unread_count").json() == {"count": 1}


def grouped(api: Any, **query: Any) -> dict[str, Any]:
    found = api.get("/api/v2/notifications", **query)
    assert found.status_code == 200
    body: dict[str, Any] = found.json()
    return body


def test_likes_of_one_post_are_one_group(api_as: ApiAs) -> None:
    sami, mazen, yazeed, bassem = people()
    saad = make_account("saad")
    post = make_post(sami, "أحب الرياض")
    for liker in (mazen, yazeed, bassem):
        like_create(account=liker, post=post)
    mention = make_post(saad, "شكراً @sami")

    body = grouped(api_as(sami))

    groups = body["notification_groups"]
    assert [group["type"] for group in groups] == ["mention", "favourite"]
    mention_group, likes = groups
    assert mention_group["group_key"] == f"ungrouped-{mention_group['most_recent_notification_id']}"
    assert mention_group["status_id"] == str(mention.pk)
    assert mention_group["sample_account_ids"] == [str(saad.pk)]
    assert likes["notifications_count"] == 3
    assert likes["status_id"] == str(post.pk)
    assert likes["sample_account_ids"] == [str(bassem.pk), str(yazeed.pk), str(mazen.pk)]
    latest = Notification.objects.filter(actor=bassem).get()
    assert likes["most_recent_notification_id"] == str(latest.pk)
    assert likes["page_max_id"] == str(latest.pk)
    first = Notification.objects.filter(actor=mazen).get()
    assert likes["page_min_id"] == str(first.pk)
    assert likes["latest_page_notification_at"]
    assert sorted(status["id"] for status in body["statuses"]) == sorted(
        [str(post.pk), str(mention.pk)]
    )
    assert {account["acct"] for account in body["accounts"]} == {
        "saad",
        "bassem",
        "yazeed",
        "mazen",
    }
    assert body["partial_accounts"] is None


def test_grouped_types_decide_what_is_grouped(api_as: ApiAs) -> None:
    sami, mazen, yazeed, bassem = people()
    post = make_post(sami, "منشور")
    for liker in (mazen, yazeed):
        like_create(account=liker, post=post)
    follow_create(follower=bassem, target=sami)
    follow_create(follower=mazen, target=sami)
    api = api_as(sami)

    default = grouped(api)["notification_groups"]
    assert [(group["type"], group["notifications_count"]) for group in default] == [
        ("follow", 2),
        ("favourite", 2),
    ]
    only_follows = grouped(api, **{"grouped_types[]": ["follow"]})["notification_groups"]
    assert [(group["type"], group["notifications_count"]) for group in only_follows] == [
        ("follow", 2),
        ("favourite", 1),
        ("favourite", 1),
    ]
    assert all(group["group_key"].startswith("ungrouped-") for group in only_follows[1:])
    likes_only = grouped(api, **{"types[]": ["favourite"]})["notification_groups"]
    assert [group["type"] for group in likes_only] == ["favourite"]


def test_partial_avatars_keep_the_latest_account_in_full(api_as: ApiAs) -> None:
    sami, mazen, yazeed, bassem = people()
    post = make_post(sami, "منشور")
    for liker in (mazen, yazeed, bassem):
        like_create(account=liker, post=post)

    body = grouped(api_as(sami), expand_accounts="partial_avatars")

    assert [account["acct"] for account in body["accounts"]] == ["bassem"]
    partial = body["partial_accounts"]
    assert sorted(account["acct"] for account in partial) == ["mazen", "yazeed"]
    assert set(partial[0]) == {"id", "acct", "url", "avatar", "avatar_static", "locked", "bot"}


def test_grouped_notifications_page_by_their_latest_notification(api_as: ApiAs) -> None:
    sami, mazen, yazeed, bassem = people()
    post = make_post(sami, "منشور")
    like_create(account=mazen, post=post)
    follow_create(follower=yazeed, target=sami)
    like_create(account=bassem, post=post)  # the likes' group is now the newest
    make_post(mazen, "سؤال @sami")
    api = api_as(sami)

    first = api.get("/api/v2/notifications", limit=2)

    groups = first.json()["notification_groups"]
    assert [group["type"] for group in groups] == ["mention", "favourite"]
    assert groups[1]["notifications_count"] == 2
    assert 'rel="next"' in first["Link"]
    rest = grouped(api, max_id=groups[1]["most_recent_notification_id"])
    assert [group["type"] for group in rest["notification_groups"]] == ["follow", "favourite"]
    # The like older than the follow comes again under its group's key, counted once more.
    assert rest["notification_groups"][1]["group_key"] == groups[1]["group_key"]
    assert rest["notification_groups"][1]["sample_account_ids"] == [str(mazen.pk)]


def test_one_group_its_accounts_and_its_dismissal(api_as: ApiAs) -> None:
    sami, mazen, yazeed, bassem = people()
    post = make_post(sami, "منشور")
    for liker in (mazen, yazeed):
        like_create(account=liker, post=post)
    follow_create(follower=sami, target=bassem)
    api = api_as(sami)
    key = grouped(api)["notification_groups"][0]["group_key"]

    found = api.get(f"/api/v2/notifications/{key}")
    assert found.status_code == 200
    assert found.json()["notification_groups"][0]["notifications_count"] == 2
    assert "page_min_id" not in found.json()["notification_groups"][0] or (
        found.json()["notification_groups"][0]["page_min_id"] is None
    )
    accounts = api.get(f"/api/v2/notifications/{key}/accounts")
    assert [account["acct"] for account in accounts.json()] == ["yazeed", "mazen"]

    bassems = Notification.objects.get(recipient=bassem)
    for wrong in (bassems.group, "ungrouped-123", "ungrouped-abc", "favourite-1-1", "x"):
        assert api.get(f"/api/v2/notifications/{wrong}").status_code == 404
        assert api.get(f"/api/v2/notifications/{wrong}/accounts").status_code == 404
        assert api.post(f"/api/v2/notifications/{wrong}/dismiss").status_code == 404
    assert Notification.objects.filter(recipient=bassem).exists()

    dismissed = api.post(f"/api/v2/notifications/{key}/dismiss")
    assert dismissed.status_code == 200 and dismissed.json() == {}
    assert api.get(f"/api/v2/notifications/{key}").status_code == 404
    assert grouped(api)["notification_groups"] == []


def test_an_ungrouped_notification_is_its_own_group(api_as: ApiAs) -> None:
    sami, mazen, _yazeed, _bassem = people()
    make_post(mazen, "مرحبا @sami")
    api = api_as(sami)
    key = grouped(api)["notification_groups"][0]["group_key"]

    found = api.get(f"/api/v2/notifications/{key}")

    assert found.status_code == 200
    assert found.json()["notification_groups"][0]["type"] == "mention"
    assert [a["acct"] for a in api.get(f"/api/v2/notifications/{key}/accounts").json()] == ["mazen"]


def test_a_report_notifies_moderators_with_the_report(api_as: ApiAs) -> None:
    sami, mazen, _yazeed, _bassem = people()
    moderator = make_account("saad")
    assert moderator.user is not None
    moderator.user.is_staff = True
    moderator.user.save()
    api_as(sami).post("/api/v1/reports", {"account_id": str(mazen.pk), "comment": "إزعاج"})

    body = api_as(moderator).get("/api/v1/notifications").json()

    assert [item["type"] for item in body] == ["admin.report"]
    assert body[0]["report"]["target_account"]["acct"] == "mazen"
    assert body[0]["report"]["comment"] == "إزعاج"
    group = grouped(api_as(moderator))["notification_groups"][0]
    assert group["report"]["id"] == body[0]["report"]["id"]


def test_a_page_of_hidden_notifications_still_links_to_older_ones(api_as: ApiAs) -> None:
    sami, mazen, saad = make_account("sami"), make_account("mazen"), make_account("saad")
    follow_create(follower=saad, target=mazen)
    follow_create(follower=mazen, target=sami, notify=True)
    make_post(sami, "للمتابعين أولاً", visibility=Visibility.FOLLOWERS)
    make_post(sami, "للمتابعين ثانياً", visibility=Visibility.FOLLOWERS)
    follow_delete(follower=mazen, target=sami)
    api = api_as(mazen)

    first = api.get("/api/v1/notifications", limit=2)
    assert first.json() == []
    older = first.headers["Link"].split(";")[0].strip("<>")
    assert [n["type"] for n in api.client.get(older).json()] == ["follow"]
