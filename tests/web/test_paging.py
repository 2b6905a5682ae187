"""Paging by max_id: nonsense in the query string is ignored, never a crash."""

import pytest
from django.test import Client

from hudhud.accounts.models import Account
from hudhud.accounts.services import follow_create
from hudhud.posts.services import like_create
from tests.factories import make_post
from tests.web.pages import elements

PAGES = [
    "/",
    "/local",
    "/public",
    "/tags/test",
    "/@sami",
    "/@sami/tab/with_replies",
    "/@sami/tab/media",
    "/notifications",
    "/bookmarks",
]
NONSENSE = ["abc", "99999999999999999999999", "-1", "", "1e10", "0x10", "١٢٣"]


@pytest.mark.parametrize("max_id", NONSENSE)
def test_nonsense_max_id_is_ignored(as_sami: Client, sami: Account, max_id: str) -> None:
    make_post(sami, "منشور #test")

    for path in PAGES:
        assert as_sami.get(path, {"max_id": max_id}).status_code == 200, path
    for key in ("since_id", "min_id"):
        assert as_sami.get("/local", {key: max_id}).status_code == 200, key
    assert Client().get("/", {"max_id": max_id}).status_code == 200


@pytest.mark.parametrize(
    "max_id",
    [
        "²",  # isdigit() but not int()
        # 19 digits pass the length check but are past the largest 64-bit integer.
        "9999999999999999999",
    ],
)
def test_odd_digits_in_max_id_do_not_crash(client: Client, sami: Account, max_id: str) -> None:
    make_post(sami)
    assert client.get("/", {"max_id": max_id}).status_code == 200
    assert client.get("/@sami", {"max_id": max_id}).status_code == 200


def test_older_posts_link_reaches_the_oldest_post(client: Client, sami: Account) -> None:
    posts = [make_post(sami, f"المنشور رقم {i}") for i in range(21)]

    first = client.get("/local")
    (more,) = [a for a in elements(first, "a") if "more-link" in a.classes]
    second = client.get("/local" + more.attrs["href"])

    assert [p.pk for p in first.context["posts"]] == [p.pk for p in posts[:0:-1]]
    assert [p.pk for p in second.context["posts"]] == [posts[0].pk]


def test_older_notifications_link(as_sami: Client, sami: Account, yazeed: Account) -> None:
    follow_create(follower=yazeed, target=sami)
    for post in [make_post(sami, f"منشور {i}") for i in range(20)]:
        like_create(account=yazeed, post=post)

    first = as_sami.get("/notifications")
    (more,) = [a for a in elements(first, "a") if "more-link" in a.classes]
    second = as_sami.get("/notifications" + more.attrs["href"])

    assert len(first.context["notifications"]) == 20
    assert len(second.context["notifications"]) == 1
