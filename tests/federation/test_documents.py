"""What other servers fetch of local posts and accounts: a public post's Note on its id and
on its page's URL, addressed as Mastodon addresses each visibility; nothing of posts that
are not public; followers, following, outbox and featured collections."""

from typing import Any

import pytest
from django.conf import settings
from django.test import Client

from hudhud.accounts.models import Account
from hudhud.accounts.services import follow_create, profile_update
from hudhud.federation.ap import PUBLIC, addressing
from hudhud.posts.services import pin_create
from tests.factories import make_account, make_post

pytestmark = pytest.mark.usefixtures("db")
ACTIVITY = {"HTTP_ACCEPT": "application/activity+json"}


def fetch(path: str) -> Any:
    return Client().get(path, **ACTIVITY)  # type: ignore[arg-type]


def remote(username: str) -> Account:
    return Account.objects.create(
        local=False,
        username=username,
        domain="b.example",
        uri=f"https://b.example/users/{username}",
        inbox_uri=f"https://b.example/users/{username}/inbox",
    )


def test_a_public_post_is_a_note_on_its_id_and_on_its_page() -> None:
    sami = make_account("sami")
    first = make_post(sami, "الدال على الخير كفاعله #العمل_التطوعي")
    reply = make_post(sami, "@nora@b.example شكرًا", reply_to=first, language="ar")
    nora = remote("nora")
    reply.mentions.add(nora)

    by_id = fetch(f"/users/sami/statuses/{reply.pk}")
    by_page = fetch(f"/@sami/{reply.pk}")
    browser = Client().get(f"/users/sami/statuses/{reply.pk}")

    assert by_id.status_code == 200 and by_id["Content-Type"].startswith("application/activity")
    found = by_id.json()
    assert by_page.json() == found
    assert (found["id"], found["type"], found["attributedTo"]) == (reply.uri, "Note", sami.uri)
    assert found["inReplyTo"] == first.uri
    assert found["to"] == [PUBLIC] and found["cc"] == [f"{sami.uri}/followers", nora.uri]
    assert found["contentMap"] == {"ar": reply.content}
    assert {"type": "Mention", "href": nora.uri, "name": "@nora@b.example"} in found["tag"]
    assert browser.status_code == 302 and browser["Location"] == reply.url
    hashtag = fetch(f"/users/sami/statuses/{first.pk}").json()["tag"][0]
    assert hashtag["type"] == "Hashtag" and hashtag["name"] == "#العمل_التطوعي"


@pytest.mark.parametrize("visibility", ["private", "direct"])
def test_a_post_that_is_not_public_is_not_served(visibility: str) -> None:
    sami = make_account("sami")
    post = make_post(sami, "لمتابعيّ فقط", visibility=visibility)

    assert fetch(f"/users/sami/statuses/{post.pk}").status_code == 404
    assert fetch(f"/@sami/{post.pk}").status_code == 404


def test_each_visibility_is_addressed_as_on_mastodon() -> None:
    sami, nora = make_account("sami"), remote("nora")
    followers = f"{sami.uri}/followers"
    expected = {
        "public": ([PUBLIC], [followers, nora.uri]),
        "unlisted": ([followers], [PUBLIC, nora.uri]),
        "private": ([followers, nora.uri], []),
        "direct": ([nora.uri], []),
    }
    for visibility, (to, cc) in expected.items():
        post = make_post(sami, "@nora@b.example مرحبا", visibility=visibility)
        post.mentions.set([nora])

        assert addressing(post) == (to, cc), visibility


def test_followers_and_following_collections_and_hidden_ones() -> None:
    sami = make_account("sami")
    for name in ("nora", "omar"):
        follow_create(follower=remote(name), target=sami)

    summary = fetch("/users/sami/followers").json()
    page = fetch("/users/sami/followers?page=1").json()
    profile_update(account=sami, hide_collections=True)
    hidden = fetch("/users/sami/followers?page=1").json()

    assert (summary["type"], summary["totalItems"]) == ("OrderedCollection", 2)
    assert summary["first"] == f"{settings.BASE_URL}/users/sami/followers?page=1"
    assert page["type"] == "OrderedCollectionPage"
    assert sorted(page["orderedItems"]) == [
        "https://b.example/users/nora",
        "https://b.example/users/omar",
    ]
    assert hidden["totalItems"] == 2 and "orderedItems" not in hidden and "first" not in hidden
    assert fetch("/users/sami/following").json()["totalItems"] == 0


def test_the_outbox_holds_public_posts_and_featured_the_pinned_ones() -> None:
    sami = make_account("sami")
    public = make_post(sami, "للجميع")
    make_post(sami, "لمتابعيّ", visibility="private")
    pin_create(account=sami, post=public)

    outbox = fetch("/users/sami/outbox?page=1").json()
    featured = fetch("/users/sami/collections/featured").json()

    assert [item["object"]["id"] for item in outbox["orderedItems"]] == [public.uri]
    assert outbox["orderedItems"][0]["type"] == "Create"
    assert [item["id"] for item in featured["orderedItems"]] == [public.uri]


def test_a_profile_change_keeps_the_counts_and_keys_it_did_not_change() -> None:
    sami = make_account("sami")
    follow_create(follower=remote("nora"), target=sami)
    fetch("/users/sami")  # makes the key

    profile_update(account=sami, bio="متطوع")  # `sami` was read before both

    sami.refresh_from_db()
    assert sami.followers_count == 1 and sami.public_key and sami.bio == "متطوع"
