"""What a visitor who is not signed in sees, and what they are kept out of."""

from urllib.parse import parse_qs, quote, urlsplit

import pytest
from django.test import Client
from django.urls import reverse

from hudhud.accounts.models import Account
from hudhud.accounts.services import follow_create
from hudhud.moderation.services import account_suspend
from hudhud.posts.models import Post, Visibility
from hudhud.posts.services import boost_create, media_create
from tests.factories import make_account, make_post
from tests.web.pages import elements, html, jpeg, path_of


def test_front_page_is_arabic_and_right_to_left(client: Client, db: None) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in html(response)
    assert "web/front.html" in [t.name for t in response.templates]


def test_front_page_shows_public_posts_only_and_invites_to_sign_up(
    client: Client, sami: Account
) -> None:
    make_post(sami, "صباح الخير يا رياض")
    make_post(sami, "للمتابعين وحدهم", visibility=Visibility.FOLLOWERS)
    make_post(sami, "رسالة مباشرة سرية", visibility=Visibility.DIRECT)
    make_post(sami, "منشور غير مدرج", visibility=Visibility.UNLISTED)

    response = client.get("/")

    page = html(response)
    assert "صباح الخير يا رياض" in page
    assert "للمتابعين وحدهم" not in page
    assert "رسالة مباشرة سرية" not in page
    assert "منشور غير مدرج" not in page
    hrefs = [a.attrs.get("href") for a in elements(response, "a")]
    assert reverse("web:signup") in hrefs
    assert reverse("web:login") in hrefs


@pytest.mark.parametrize("path", ["/local", "/public"])
def test_local_and_public_timelines_show_public_posts(
    client: Client, sami: Account, path: str
) -> None:
    make_post(sami, "منشور عام عن الذكاء الاصطناعي")
    make_post(sami, "سر بين المتابعين", visibility=Visibility.FOLLOWERS)

    response = client.get(path)

    assert response.status_code == 200
    assert "منشور عام عن الذكاء الاصطناعي" in html(response)
    assert "سر بين المتابعين" not in html(response)


def test_both_spellings_of_a_hashtag_show_the_same_posts(
    client: Client, sami: Account, yazeed: Account
) -> None:
    make_post(sami, "شاركوا في #العمل_التطوعي هذا الأسبوع")
    make_post(yazeed, "يوم رائع من #العمل_التطوّعي")
    make_post(yazeed, "للمتابعين فقط #العمل_التطوعي", visibility=Visibility.FOLLOWERS)

    plain = client.get("/tags/" + quote("العمل_التطوعي"))
    shadda = client.get("/tags/" + quote("العمل_التطوّعي"))

    for response in (plain, shadda):
        assert response.status_code == 200
        assert "شاركوا في" in html(response)
        assert "يوم رائع من" in html(response)
        assert "للمتابعين فقط" not in html(response)
    assert [p.pk for p in plain.context["posts"]] == [p.pk for p in shadda.context["posts"]]


def test_unknown_hashtag_is_an_empty_page(client: Client, db: None) -> None:
    response = client.get("/tags/" + quote("لا_أحد_كتبه"))
    assert response.status_code == 200
    assert response.context["posts"] == []


def test_profile_shows_the_account_and_its_public_posts(client: Client, sami: Account) -> None:
    make_post(sami, "أول منشور لي على هدهد")
    make_post(sami, "خاص بالمتابعين", visibility=Visibility.FOLLOWERS)

    response = client.get("/@sami")

    assert response.status_code == 200
    page = html(response)
    assert "سامي" in page
    assert "@sami@" in page
    assert "أول منشور لي على هدهد" in page
    assert "خاص بالمتابعين" not in page
    assert client.get("/@SAMI").status_code == 200


def test_profile_tabs_separate_replies_and_media(
    client: Client, sami: Account, yazeed: Account
) -> None:
    question = make_post(yazeed, "ما رأيكم في المؤتمر؟")
    make_post(sami, "رد على يزيد: رائع", reply_to=question)
    make_post(sami, "منشور عادي بلا صور")
    photo = media_create(account=sami, file=jpeg(), description="قاعة المؤتمر")
    make_post(sami, "صورة من القاعة", media=[photo])

    posts = html(client.get("/@sami"))
    with_replies = client.get("/@sami/tab/with_replies")
    media = client.get("/@sami/tab/media")

    assert "رد على يزيد" not in posts
    assert "منشور عادي بلا صور" in posts
    assert with_replies.status_code == 200
    assert "رد على يزيد" in html(with_replies)
    assert media.status_code == 200
    assert "صورة من القاعة" in html(media)
    assert "منشور عادي بلا صور" not in html(media)
    assert "قاعة المؤتمر" in [img.attrs.get("alt") for img in elements(media, "img")]


def test_followers_page_lists_followers(client: Client, sami: Account, yazeed: Account) -> None:
    follow_create(follower=yazeed, target=sami)

    response = client.get("/@sami/followers")

    assert response.status_code == 200
    assert "@yazeed" in html(response)
    assert client.get("/@sami/following").status_code == 200


def test_post_page_shows_the_post(client: Client, sami: Account) -> None:
    post = make_post(sami, "منشور له صفحته الخاصة")

    response = client.get(f"/@sami/{post.pk}")

    assert response.status_code == 200
    assert "منشور له صفحته الخاصة" in html(response)
    assert response.context["post"].pk == post.pk


@pytest.mark.parametrize(
    "path",
    [
        "/@nobody",
        "/@nobody/followers",
        "/@nobody/tab/media",
        "/@sami/tab/secrets",
        "/@sami/123456789",
        "/@sami/99999999999999999999",
        "/@yazeed/{post}",  # the post exists, but is not yazeed's
        "/@nobody/{post}",
    ],
)
def test_unknown_user_or_post_is_404(
    client: Client, sami: Account, yazeed: Account, path: str
) -> None:
    post = make_post(sami)
    assert client.get(path.format(post=post.pk)).status_code == 404


@pytest.mark.parametrize("visibility", [Visibility.FOLLOWERS, Visibility.DIRECT])
def test_post_page_of_a_non_public_post_is_404_for_a_visitor(
    client: Client, sami: Account, visibility: Visibility
) -> None:
    post = make_post(sami, "ليس للزوار", visibility=visibility)
    assert client.get(f"/@sami/{post.pk}").status_code == 404


def test_post_page_of_a_boost_is_404(client: Client, sami: Account, yazeed: Account) -> None:
    boost = boost_create(account=yazeed, post=make_post(sami))
    assert client.get(f"/@yazeed/{boost.pk}").status_code == 404


def test_suspended_account_is_404(client: Client, db: None) -> None:
    saad = make_account("saad")
    post = make_post(saad, "منشور قبل الإيقاف")
    account_suspend(account=saad)

    assert client.get("/@saad").status_code == 404
    assert client.get(f"/@saad/{post.pk}").status_code == 404
    assert "منشور قبل الإيقاف" not in html(client.get("/"))


@pytest.mark.parametrize(
    "path",
    [
        "/notifications",
        "/bookmarks",
        "/settings/profile",
        "/settings/follow_requests",
        "/settings/blocks",
        "/moderation",
        "/@sami/report",
    ],
)
def test_protected_pages_redirect_to_login(client: Client, sami: Account, path: str) -> None:
    response = client.get(path)

    assert response.status_code == 302
    assert path_of(response["Location"]) == reverse("web:login")
    assert parse_qs(urlsplit(response["Location"]).query)["next"] == [path]


def test_visitor_cannot_post_or_act(client: Client, sami: Account) -> None:
    post = make_post(sami)
    before = Post.objects.count()

    compose = client.post("/compose", {"text": "منشور زائر", "visibility": "public"})
    like = client.post(f"/posts/{post.pk}/like")
    follow = client.post("/@sami/follow")

    for response in (compose, like, follow):
        assert response.status_code == 302
        assert path_of(response["Location"]) == reverse("web:login")
    assert Post.objects.count() == before


@pytest.mark.parametrize(
    ("written", "visited"),
    [
        ("#جيتكس_٢٠١٢", "جيتكس_2012"),  # Arabic-Indic digits
        ("#Python", "PYTHON"),
        ("#مدرسة", "مدرسه"),  # taa marbuta folds to haa
        ("#إبداع", "ابداع"),  # hamza on alef folds
    ],
)
def test_hashtag_pages_match_every_spelling(
    client: Client, sami: Account, written: str, visited: str
) -> None:
    make_post(sami, f"منشور عن {written}")

    response = client.get("/tags/" + quote(visited))

    assert response.status_code == 200
    assert "منشور عن" in html(response)
