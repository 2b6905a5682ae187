"""CSRF on forms and htmx requests, and what a blocked person sees."""

import json

from django.test import Client

from hudhud.accounts.models import Account, Follow
from hudhud.accounts.services import block_create, profile_update
from hudhud.posts.models import Like, Post
from hudhud.posts.services import like_create
from tests.factories import make_post
from tests.web.pages import arabic, elements, html, messages_of, signed_in


def csrf_client(account: Account) -> Client:
    client = Client(enforce_csrf_checks=True)
    assert account.user is not None
    client.force_login(account.user)
    return client


def test_forms_without_the_csrf_token_are_refused(sami: Account) -> None:
    client = csrf_client(sami)
    post = make_post(sami)

    assert client.post("/compose", {"text": "بلا رمز", "visibility": "public"}).status_code == 403
    assert client.post(f"/posts/{post.pk}/like").status_code == 403
    assert Post.objects.count() == 1


def test_htmx_requests_carry_the_token_the_page_gives(sami: Account, yazeed: Account) -> None:
    client = csrf_client(yazeed)
    post = make_post(sami)
    page = client.get(f"/@sami/{post.pk}")
    (body,) = elements(page, "body")
    headers = json.loads(body.attrs["hx-headers"])

    response = client.post(f"/posts/{post.pk}/like", headers={"HX-Request": "true", **headers})

    assert response.status_code == 200
    assert Like.objects.filter(account=yazeed, post=post).exists()


def test_form_token_in_the_page_is_accepted(sami: Account) -> None:
    client = csrf_client(sami)
    home = client.get("/")
    (composer,) = [f for f in elements(home, "form") if f.attrs.get("action") == "/compose"]
    (token,) = [
        i.attrs["value"]
        for i in elements(home, "input")
        if i.attrs.get("name") == "csrfmiddlewaretoken"
    ][:1]

    response = client.post(
        "/compose", {"text": "برمز صحيح", "visibility": "public", "csrfmiddlewaretoken": token}
    )

    assert composer
    assert response.status_code == 302
    assert Post.objects.filter(text="برمز صحيح").exists()


def test_a_blocked_person_sees_no_posts_of_who_blocked_them(
    as_yazeed: Client, sami: Account, yazeed: Account
) -> None:
    post = make_post(sami, "منشور لا يراه يزيد")
    block_create(account=sami, target=yazeed)

    profile = as_yazeed.get("/@sami")

    assert profile.status_code == 200
    assert "منشور لا يراه يزيد" not in html(profile)
    assert profile.context["relationship"].blocked_by
    assert as_yazeed.get(f"/@sami/{post.pk}").status_code == 404
    assert as_yazeed.post(f"/posts/{post.pk}/like").status_code == 404
    assert "/@sami/follow" not in [f.attrs.get("action") for f in elements(profile, "form")]


def test_following_someone_who_blocked_you_is_refused(
    as_yazeed: Client, sami: Account, yazeed: Account
) -> None:
    block_create(account=sami, target=yazeed)

    response = as_yazeed.post("/@sami/follow", {"next": "/@sami"}, follow=True)

    assert arabic("You cannot follow this account.") in messages_of(response)
    assert not Follow.objects.exists()


def test_names_are_escaped_everywhere(as_sami: Client, sami: Account, yazeed: Account) -> None:
    profile_update(account=sami, display_name="<i>سامي</i>", specialties=[("<u>خبير</u>", ())])
    post = make_post(sami, "منشور")
    like_create(account=sami, post=make_post(yazeed))

    pages = [
        Client().get("/@sami"),
        Client().get(f"/@sami/{post.pk}"),
        Client().get("/local"),
        signed_in(yazeed).get("/notifications"),
    ]

    for page in pages:
        assert "<i>سامي" not in html(page)
        assert "<u>خبير" not in html(page)
        assert "&lt;i&gt;سامي&lt;/i&gt;" in html(page)
