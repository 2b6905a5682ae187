"""Acting on posts: like, boost, bookmark (with and without htmx), edit and delete."""

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from hudhud.accounts.models import Account
from hudhud.accounts.services import follow_create
from hudhud.posts.models import Bookmark, Like, Post, PostEdit, Visibility
from hudhud.posts.services import boost_create
from tests.factories import make_post
from tests.web.pages import arabic, elements, html, messages_of, path_of, signed_in

HTMX = {"HX-Request": "true"}


def liked(account: Account, post: Post) -> bool:
    return Like.objects.filter(account=account, post=post).exists()


def boosted(account: Account, post: Post) -> bool:
    return Post.objects.filter(author=account, boost_of=post).exists()


def bookmarked(account: Account, post: Post) -> bool:
    return Bookmark.objects.filter(account=account, post=post).exists()


Pair = tuple[str, str, Callable[[Account, Post], bool]]
PAIRS = [
    pytest.param(("like", "unlike", liked), id="like"),
    pytest.param(("boost", "unboost", boosted), id="boost"),
    pytest.param(("bookmark", "unbookmark", bookmarked), id="bookmark"),
]
ACTIONS = ["like", "unlike", "boost", "unboost", "bookmark", "unbookmark"]


def form_actions(response: Any) -> list[str]:
    return [form.attrs.get("action", "") for form in elements(response, "form")]


@pytest.mark.parametrize("pair", PAIRS)
def test_action_and_its_undo_with_htmx_answer_the_action_bar(
    as_yazeed: Client, sami: Account, yazeed: Account, pair: Pair
) -> None:
    do, undo, done = pair
    post = make_post(sami, "منشور يستحق التفاعل")

    response = as_yazeed.post(f"/posts/{post.pk}/{do}", headers=HTMX)

    assert response.status_code == 200
    assert [t.name for t in response.templates] == ["web/_actions.html"]
    assert html(response).startswith(f'<footer class="actions" id="actions-{post.pk}">')
    assert "<html" not in html(response)
    assert done(yazeed, post)
    assert f"/posts/{post.pk}/{undo}" in form_actions(response)

    response = as_yazeed.post(f"/posts/{post.pk}/{undo}", headers=HTMX)

    assert response.status_code == 200
    assert not done(yazeed, post)
    assert f"/posts/{post.pk}/{do}" in form_actions(response)


@pytest.mark.parametrize("pair", PAIRS)
def test_action_and_its_undo_without_htmx_go_back(
    as_yazeed: Client, sami: Account, yazeed: Account, pair: Pair
) -> None:
    do, undo, done = pair
    post = make_post(sami, "منشور يستحق التفاعل")
    page = f"/@sami/{post.pk}"

    response = as_yazeed.post(f"/posts/{post.pk}/{do}", {"next": page})

    assert response.status_code == 302
    assert response["Location"] == page
    assert done(yazeed, post)
    assert f"/posts/{post.pk}/{undo}" in form_actions(as_yazeed.get(page))

    response = as_yazeed.post(f"/posts/{post.pk}/{undo}", headers={"Referer": "/local"})

    assert response["Location"] == "/local"
    assert not done(yazeed, post)


def test_counts_follow_the_actions(as_yazeed: Client, sami: Account, yazeed: Account) -> None:
    post = make_post(sami)

    as_yazeed.post(f"/posts/{post.pk}/like")
    as_yazeed.post(f"/posts/{post.pk}/like")
    as_yazeed.post(f"/posts/{post.pk}/boost")
    as_yazeed.post(f"/posts/{post.pk}/boost")
    post.refresh_from_db()

    assert (post.likes_count, post.boosts_count) == (1, 1)
    as_yazeed.post(f"/posts/{post.pk}/unlike")
    as_yazeed.post(f"/posts/{post.pk}/unlike")
    post.refresh_from_db()
    assert post.likes_count == 0


def test_unboost_leaves_the_boosters_post_count_alone(
    as_yazeed: Client, sami: Account, yazeed: Account
) -> None:
    make_post(yazeed, "منشور يزيد الوحيد")
    post = make_post(sami)

    as_yazeed.post(f"/posts/{post.pk}/boost")
    as_yazeed.post(f"/posts/{post.pk}/unboost")

    yazeed.refresh_from_db()
    post.refresh_from_db()
    assert post.boosts_count == 0
    assert yazeed.posts_count == 1


def test_acting_on_a_boost_acts_on_the_original(
    as_yazeed: Client, sami: Account, yazeed: Account, bassem: Account
) -> None:
    post = make_post(sami)
    boost = boost_create(account=bassem, post=post)

    response = as_yazeed.post(f"/posts/{boost.pk}/like", headers=HTMX)

    assert response.status_code == 200
    assert liked(yazeed, post)
    assert f'id="actions-{post.pk}"' in html(response)


def test_bookmarks_page_lists_bookmarked_posts(
    as_yazeed: Client, sami: Account, yazeed: Account
) -> None:
    post = make_post(sami, "مرجع مهم للقراءة لاحقاً")
    make_post(sami, "منشور آخر غير محفوظ")

    as_yazeed.post(f"/posts/{post.pk}/bookmark")
    response = as_yazeed.get("/bookmarks")

    assert response.status_code == 200
    assert "مرجع مهم للقراءة لاحقاً" in html(response)
    assert "منشور آخر غير محفوظ" not in html(response)


@pytest.mark.parametrize("action", [*ACTIONS, "delete"])
def test_actions_refuse_get(as_yazeed: Client, sami: Account, action: str) -> None:
    post = make_post(sami)
    assert as_yazeed.get(f"/posts/{post.pk}/{action}").status_code == 405
    assert not liked(Account.objects.get(username="yazeed"), post)


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("visibility", [Visibility.FOLLOWERS, Visibility.DIRECT])
def test_acting_on_a_post_one_cannot_see_is_404(
    as_yazeed: Client, sami: Account, yazeed: Account, action: str, visibility: Visibility
) -> None:
    post = make_post(sami, "ليس ليزيد", visibility=visibility)

    assert as_yazeed.post(f"/posts/{post.pk}/{action}").status_code == 404
    assert as_yazeed.post(f"/posts/{post.pk}/{action}", headers=HTMX).status_code == 404
    assert not (liked(yazeed, post) or boosted(yazeed, post) or bookmarked(yazeed, post))


@pytest.mark.parametrize("action", ACTIONS)
def test_acting_on_an_unknown_post_is_404(as_yazeed: Client, action: str) -> None:
    assert as_yazeed.post(f"/posts/123456789/{action}").status_code == 404
    assert as_yazeed.post(f"/posts/99999999999999999999/{action}").status_code == 404


def test_boosting_a_followers_only_post_is_refused_with_a_message(
    as_yazeed: Client, sami: Account, yazeed: Account
) -> None:
    follow_create(follower=yazeed, target=sami)
    post = make_post(sami, "لمتابعي سامي", visibility=Visibility.FOLLOWERS)

    htmx = as_yazeed.post(f"/posts/{post.pk}/boost", headers=HTMX)
    plain = as_yazeed.post(f"/posts/{post.pk}/boost", {"next": "/local"}, follow=True)

    assert htmx.status_code == 200
    assert plain.status_code == 200
    assert arabic("This post cannot be boosted.") in messages_of(plain)
    assert not boosted(yazeed, post)
    assert as_yazeed.post(f"/posts/{post.pk}/like").status_code == 302
    assert liked(yazeed, post)


# Editing


def test_edit_form_shows_the_post_text(as_sami: Client, sami: Account) -> None:
    post = make_post(sami, "نص قبل التعديل")

    response = as_sami.get(f"/posts/{post.pk}/edit")

    assert response.status_code == 200
    (textarea,) = [t for t in elements(response, "textarea") if t.attrs.get("name") == "text"]
    assert textarea.text.strip() == "نص قبل التعديل"


def test_edit_changes_the_post_and_keeps_its_history(as_sami: Client, sami: Account) -> None:
    post = make_post(sami, "نص قبل التعديل #قديم")

    response = as_sami.post(f"/posts/{post.pk}/edit", {"text": "نص بعد التعديل #جديد"})

    assert response.status_code == 302
    assert response["Location"] == f"/@sami/{post.pk}"
    post.refresh_from_db()
    assert post.text == "نص بعد التعديل #جديد"
    assert post.edited_at is not None
    assert list(PostEdit.objects.filter(post=post).values_list("text", flat=True)) == [
        "نص قبل التعديل #قديم"
    ]
    page = as_sami.get(f"/@sami/{post.pk}")
    assert "نص بعد التعديل" in html(page)
    assert "نص قبل التعديل" not in html(page)
    assert [p for p in elements(page, "p") if "edited" in p.classes]
    assert [t.name for t in post.hashtags.all()] == ["جديد"]


@pytest.mark.parametrize("text", ["", "\u200f", "ب" * 501])
def test_edit_to_bad_text_is_refused(as_sami: Client, sami: Account, text: str) -> None:
    post = make_post(sami, "نص سليم")

    response = as_sami.post(f"/posts/{post.pk}/edit", {"text": text})

    assert response.status_code == 400
    assert response.context["form"].errors["text"]
    post.refresh_from_db()
    assert post.text == "نص سليم"
    assert not PostEdit.objects.exists()


def test_editing_another_persons_post_is_404(
    as_yazeed: Client, sami: Account, yazeed: Account
) -> None:
    post = make_post(sami, "منشور سامي")
    boost = boost_create(account=yazeed, post=post)

    assert as_yazeed.get(f"/posts/{post.pk}/edit").status_code == 404
    assert as_yazeed.post(f"/posts/{post.pk}/edit", {"text": "اختراق"}).status_code == 404
    assert as_yazeed.get(f"/posts/{boost.pk}/edit").status_code == 404
    post.refresh_from_db()
    assert post.text == "منشور سامي"


# Deleting


def test_deleting_ones_own_post(as_sami: Client, sami: Account) -> None:
    post = make_post(sami, "منشور سيُحذف")

    response = as_sami.post(f"/posts/{post.pk}/delete", follow=True)

    assert response.redirect_chain == [(reverse("web:home"), 302)]
    assert arabic("The post was deleted.") in messages_of(response)
    assert not Post.objects.filter(pk=post.pk).exists()
    assert as_sami.get(f"/@sami/{post.pk}").status_code == 404
    assert "منشور سيُحذف" not in html(as_sami.get("/@sami"))


def test_deleting_another_persons_post_is_404(
    as_yazeed: Client, sami: Account, yazeed: Account
) -> None:
    post = make_post(sami)
    hidden = make_post(sami, visibility=Visibility.DIRECT)

    assert as_yazeed.post(f"/posts/{post.pk}/delete").status_code == 404
    assert as_yazeed.post(f"/posts/{hidden.pk}/delete").status_code == 404
    assert Post.objects.filter(pk__in=[post.pk, hidden.pk]).count() == 2


def test_a_moderator_may_delete_anyones_public_post(sami: Account, bassem: Account) -> None:
    post = make_post(sami)

    response = signed_in(bassem).post(f"/posts/{post.pk}/delete")

    assert response.status_code == 302
    assert path_of(response["Location"]) == reverse("web:home")
    assert not Post.objects.filter(pk=post.pk).exists()
