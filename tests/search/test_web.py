"""Tests of the search page: tabs, marked matches, completion, and refusals."""

import re
from typing import TYPE_CHECKING

import pytest
from django.test import Client

from hudhud.accounts.models import Account
from hudhud.accounts.services import profile_update
from hudhud.posts.models import Visibility
from hudhud.search.query import MAX_QUERY_LENGTH
from hudhud.search.selectors import TOP_CANDIDATES
from hudhud.search.services import account_index
from tests.factories import make_post
from tests.web.pages import arabic, elements, html, path_of, signed_in

if TYPE_CHECKING:
    from django.test.client import _MonkeyPatchedWSGIResponse as Response


def marked(response: "Response") -> list[str]:
    return re.findall(r"<mark>(.*?)</mark>", html(response))


def test_the_page_starts_with_a_search_box_and_tabs(client: Client, db: None) -> None:
    response = client.get("/search")

    assert response.status_code == 200
    (box,) = [i for i in elements(response, "input") if i.attrs.get("name") == "q"]
    assert box.attrs["value"] == ""
    tabs = [a.attrs["href"] for a in elements(response, "a") if "type=" in a.attrs["href"]]
    assert tabs == ["?q=&type=posts", "?q=&type=people", "?q=&type=hashtags"]


def test_found_posts_show_with_the_words_marked(client: Client, sami: Account) -> None:
    make_post(sami, "وللتطوّع في #جيتكس أثر")
    make_post(sami, "منشور آخر")

    response = client.get("/search", {"q": "وللتطوع جيتكس"})

    assert response.status_code == 200
    assert html(response).count('<article class="post') == 1
    assert marked(response) == ["وللتطوّع", "جيتكس"]
    assert 'value="وللتطوع جيتكس"' in html(response)


def test_marking_leaves_the_stored_post_alone(client: Client, sami: Account) -> None:
    post = make_post(sami, "جيتكس")

    client.get("/search", {"q": "جيتكس"})

    post.refresh_from_db()
    assert "<mark>" not in post.content


def test_private_posts_of_others_are_not_shown(client: Client, sami: Account) -> None:
    make_post(sami, "سر المتابعين", visibility=Visibility.FOLLOWERS)

    assert "المتابعين" not in html(client.get("/search", {"q": "سر"}))
    assert "المتابعين" in html(signed_in(sami).get("/search", {"q": "سر"}))


def test_latest_first_and_the_next_page(client: Client, sami: Account) -> None:
    posts = [make_post(sami, f"سلسلة {i}") for i in range(25)]

    top = client.get("/search", {"q": "سلسلة"})
    recent = client.get("/search", {"q": "سلسلة", "order": "recent"})

    more = [a.attrs["href"] for a in elements(top, "a") if "offset=" in a.attrs["href"]]
    assert more == ["?q=%D8%B3%D9%84%D8%B3%D9%84%D8%A9&type=posts&offset=20"]
    older = [a.attrs["href"] for a in elements(recent, "a") if "max_id=" in a.attrs["href"]]
    assert older == [
        f"?q=%D8%B3%D9%84%D8%B3%D9%84%D8%A9&type=posts&order=recent&max_id={posts[5].pk}"
    ]
    second = client.get("/search", {"q": "سلسلة", "offset": "20"})
    assert html(second).count('<article class="post') == 5
    beyond = client.get("/search", {"q": "سلسلة", "offset": str(TOP_CANDIDATES * 10)})
    assert beyond.status_code == 200


def test_people_tab(client: Client, sami: Account) -> None:
    profile_update(account=sami, specialties=[("تصميم الهوية", ())])
    account_index(sami)

    response = client.get("/search", {"q": "الهويه", "type": "people"})

    assert marked(response) == ["الهوية"]
    assert "/@sami" in [path_of(a.attrs["href"]) for a in elements(response, "a")]


def test_hashtags_tab(client: Client, sami: Account) -> None:
    make_post(sami, "#جيتكس_2012")

    response = client.get("/search", {"q": "جيت", "type": "hashtags"})

    links = [path_of(a.attrs["href"]) for a in elements(response, "a")]
    assert "/tags/جيتكس_2012" in links


def test_suggestions_as_one_types(client: Client, sami: Account) -> None:
    make_post(sami, "#سامي_والتقنية")

    response = client.get("/search", {"q": "سام", "complete": "1"}, headers={"HX-Request": "true"})

    assert response.status_code == 200
    assert "<html" not in html(response)
    links = [path_of(a.attrs["href"]) for a in elements(response, "a")]
    assert links == ["/tags/سامي_والتقنية", "/@sami"]


@pytest.mark.parametrize(
    ("tab", "message"),
    [
        ("posts", "No posts found for “%(q)s”."),
        ("people", "Nobody found for “%(q)s”."),
        ("hashtags", "No hashtags found for “%(q)s”."),
    ],
)
def test_nothing_found_says_so(client: Client, db: None, tab: str, message: str) -> None:
    response = client.get("/search", {"q": "لاشيء", "type": tab})

    assert response.status_code == 200
    empty = [
        e.text for e in elements(response, "p") + elements(response, "li") if "empty" in e.classes
    ]
    assert empty == [arabic(message) % {"q": "لاشيء"}]


def test_a_too_long_query_is_refused_with_a_message(client: Client, db: None) -> None:
    response = client.get("/search", {"q": "ت" * 10_000})

    assert response.status_code == 400
    (alert,) = [p for p in elements(response, "p") if p.attrs.get("role") == "alert"]
    assert alert.text == arabic("A search has at most %(limit)d characters.") % {
        "limit": MAX_QUERY_LENGTH
    }
    (box,) = [i for i in elements(response, "input") if i.attrs.get("name") == "q"]
    assert len(box.attrs["value"]) == MAX_QUERY_LENGTH


@pytest.mark.parametrize("tab", ["posts", "people", "hashtags", "nonsense"])
def test_an_unknown_or_odd_tab_is_no_error(client: Client, db: None, tab: str) -> None:
    assert client.get("/search", {"q": "x", "type": tab, "offset": "-5"}).status_code == 200
