"""Hashtag pages and their follow button, the Explore page, and the trends in the sidebar."""

import re
from collections.abc import Iterator

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import ngettext

from hudhud.accounts.models import Account
from hudhud.arabic import hashtag_key
from hudhud.posts.models import HashtagFollow, Visibility
from hudhud.posts.services import hashtag_follow, like_create
from hudhud.search.trends import trends_forget
from tests.factories import make_account, make_post
from tests.web.pages import arabic, elements, html, messages_of, path_of

HTMX = {"HX-Request": "true"}
PLAIN = "العمل_التطوعي"
SHADDA = "العمل_التطوّعي"


@pytest.fixture(autouse=True)
def _fresh_trends() -> Iterator[None]:
    """Drop the cached trends before and after: the cache outlives a test's rows."""
    trends_forget()
    yield
    trends_forget()


ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def in_arabic(singular: str, plural: str, count: int) -> str:
    """Return a count as the Arabic UI words it, in its default Arabic-Indic digits."""
    with translation.override("ar"):
        words = ngettext(singular, plural, count) % {"counter": count, "people": count}
    return words.translate(ARABIC_INDIC)


def tag_url(name: str, action: str = "") -> str:
    return reverse(f"web:tag_{action}" if action else "web:tag", args=[name])


def follows(account: Account) -> list[str]:
    return list(
        HashtagFollow.objects.filter(account=account).values_list("hashtag__key", flat=True)
    )


def buttons(response: object) -> list[str]:
    return [form.attrs["action"] for form in elements(response, "form")]  # type: ignore[arg-type]


# The tag page


def test_every_spelling_opens_one_page_titled_by_the_most_used_spelling(
    client: Client, sami: Account, yazeed: Account
) -> None:
    first = make_post(sami, f"أول منشور #{PLAIN}")
    second = make_post(yazeed, f"#{SHADDA} والثاني")
    third = make_post(yazeed, f"#{SHADDA} والثالث")
    make_post(yazeed, f"#{SHADDA} للمتابعين", visibility=Visibility.FOLLOWERS)

    pages = [client.get(tag_url(PLAIN)), client.get(tag_url(SHADDA))]

    for response in pages:
        assert response.status_code == 200
        (h1,) = elements(response, "h1")
        assert h1.text == f"#{SHADDA}"
        assert response.context["posts"] == [third, second, first]
        (count,) = [p for p in elements(response, "p") if "counts" in p.classes]
        assert count.text == in_arabic("%(counter)s post", "%(counter)s posts", 3)


def test_a_visitor_sees_no_follow_button_and_cannot_follow(client: Client, sami: Account) -> None:
    make_post(sami, f"#{PLAIN}")

    page = client.get(tag_url(PLAIN))
    response = client.post(tag_url(PLAIN, "follow"))

    assert not [action for action in buttons(page) if "/tags/" in path_of(action)]
    assert response.status_code == 302
    assert path_of(response["Location"]) == reverse("web:login")
    assert not HashtagFollow.objects.exists()


def test_follow_and_unfollow_without_javascript(as_yazeed: Client, yazeed: Account) -> None:
    page = as_yazeed.get(tag_url(SHADDA))
    assert path_of(tag_url(SHADDA, "follow")) in [path_of(a) for a in buttons(page)]

    followed = as_yazeed.post(tag_url(SHADDA, "follow"), follow=True)

    assert followed.redirect_chain[-1][0] == tag_url(SHADDA)
    assert follows(yazeed) == [hashtag_key(PLAIN)]
    assert path_of(tag_url(SHADDA, "unfollow")) in [path_of(a) for a in buttons(followed)]

    unfollowed = as_yazeed.post(tag_url(PLAIN, "unfollow"), {"next": "/local"})

    assert path_of(unfollowed["Location"]) == "/local"
    assert follows(yazeed) == []


def test_follow_and_unfollow_with_htmx_answer_the_button(
    as_yazeed: Client, yazeed: Account
) -> None:
    followed = as_yazeed.post(tag_url(PLAIN, "follow"), headers=HTMX)

    assert followed.status_code == 200
    assert [t.name for t in followed.templates] == ["web/_tag_follow_button.html"]
    assert [path_of(a) for a in buttons(followed)] == [path_of(tag_url(PLAIN, "unfollow"))]
    assert follows(yazeed) == [hashtag_key(PLAIN)]

    unfollowed = as_yazeed.post(tag_url(PLAIN, "unfollow"), headers=HTMX)

    assert [path_of(a) for a in buttons(unfollowed)] == [path_of(tag_url(PLAIN, "follow"))]
    assert follows(yazeed) == []


def test_following_by_get_or_what_is_not_a_tag_is_refused(as_yazeed: Client) -> None:
    assert as_yazeed.get(tag_url(PLAIN, "follow")).status_code == 405

    response = as_yazeed.post(tag_url("2012", "follow"), follow=True)

    assert arabic("This is not a hashtag.") in messages_of(response)
    assert not HashtagFollow.objects.exists()


def test_a_followed_tags_posts_appear_on_the_home_page(
    as_yazeed: Client, yazeed: Account, sami: Account
) -> None:
    hashtag_follow(account=yazeed, name=PLAIN)
    post = make_post(sami, f"#{SHADDA} تطوعوا معنا")

    response = as_yazeed.get("/")

    assert response.context["posts"] == [post]


# Explore and the sidebar


def test_explore_lists_trending_hashtags_with_their_days(client: Client, db: None) -> None:
    accounts = [make_account(name) for name in ("yazeed", "mazen", "sami")]
    for account in accounts:
        make_post(account, f"#{SHADDA}")
    make_post(accounts[0], "#تويتر")
    make_post(accounts[1], "#تويتر")

    response = client.get(reverse("web:explore"))

    assert response.status_code == 200
    links = [a for a in elements(response, "a") if path_of(a.attrs["href"]).startswith("/tags/")]
    assert [path_of(a.attrs["href"]) for a in links] == [f"/tags/{SHADDA}", "/tags/تويتر"]
    assert [a.text for a in links] == [f"#{SHADDA}", "#تويتر"]
    assert len(elements(response, "table")) == 2
    cells = re.findall(r'<td title="([^"]*)">([^<]*)</td>', html(response))
    assert [uses for _title, uses in cells[:7]] == ["٠"] * 6 + ["٣"]  # oldest day first
    assert cells[6][0] == in_arabic("%(people)s person", "%(people)s people", 3)
    assert response.context.get("trends") is None  # the list is the page itself


def test_explore_shows_trending_posts_with_their_actions(
    as_yazeed: Client, yazeed: Account, sami: Account
) -> None:
    post = make_post(sami, "منشور يعجب الناس")
    like_create(account=yazeed, post=post)
    like_create(account=make_account("mazen"), post=post)

    response = as_yazeed.get(reverse("web:explore") + "?tab=posts")

    assert response.status_code == 200
    assert response.context["posts"] == [post]
    assert "منشور يعجب الناس" in html(response)
    assert f"/posts/{post.pk}/unlike" in [path_of(a) for a in buttons(response)]
    assert not [a for a in elements(response, "a") if "max_id" in a.attrs.get("href", "")]


def test_explore_says_when_nothing_trends_and_refuses_unknown_tabs(
    client: Client, db: None
) -> None:
    for tab in ("", "?tab=posts"):
        response = client.get(reverse("web:explore") + tab)
        assert response.status_code == 200
        assert elements(response, "p")[-1].classes == ["empty", "card"]
    assert client.get(reverse("web:explore") + "?tab=people").status_code == 404


def test_the_sidebar_shows_trends_in_their_most_used_spelling(client: Client, db: None) -> None:
    yazeed, mazen, sami = (make_account(name) for name in ("yazeed", "mazen", "sami"))
    make_post(yazeed, f"#{PLAIN}")
    make_post(mazen, f"#{SHADDA}")
    make_post(sami, f"#{SHADDA}")

    response = client.get(reverse("web:local"))

    (trend,) = response.context["trends"]
    assert (trend.name, trend.people) == (SHADDA, 3)
    assert f"/tags/{SHADDA}" in [path_of(a.attrs["href"]) for a in elements(response, "a")]
