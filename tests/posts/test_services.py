"""Tests of hudhud.posts.services: posts, replies, quotes, edits, boosts, likes, media."""

import io
from datetime import UTC, datetime

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from pytest_django import Settings

from hudhud.accounts.models import Account
from hudhud.accounts.services import follow_create
from hudhud.notifications.models import Notification
from hudhud.posts.models import Bookmark, Hashtag, Like, Media, Mention, Post, PostEdit, Visibility
from hudhud.posts.services import (
    bookmark_create,
    bookmark_delete,
    boost_create,
    boost_delete,
    like_create,
    like_delete,
    media_create,
    media_describe,
    post_create,
    post_delete,
    post_edit,
)
from hudhud.timelines.models import TimelineEntry
from tests.factories import make_account, make_post

EXIF_ARTIST = 0x013B


def codes(error: ValidationError) -> set[str | None]:
    return {item.code for item in error.error_list}


def notifications(recipient: Account) -> list[tuple[str, str, int | None]]:
    """Return (kind, actor's username, post ID) of `recipient`'s notifications, oldest first."""
    return [
        (kind, username, post_id)
        for kind, username, post_id in Notification.objects.filter(recipient=recipient)
        .order_by("id")
        .values_list("kind", "actor__username", "post_id")
    ]


def fresh(post: Post) -> Post:
    return Post.objects.get(pk=post.pk)


def jpeg(size: tuple[int, int] = (320, 240), *, artist: str = "") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    exif = Image.Exif()
    if artist:
        exif[EXIF_ARTIST] = artist
    Image.new("RGB", size, "darkorange").save(buffer, "JPEG", exif=exif.tobytes())
    return SimpleUploadedFile("photo.jpg", buffer.getvalue(), "image/jpeg")


def make_media(account: Account, description: str = "") -> Media:
    return media_create(account=account, file=jpeg(), description=description)


# Creating posts


@pytest.mark.usefixtures("db")
def test_post_create_stores_an_arabic_post_and_counts_it() -> None:
    yazeed = make_account("yazeed")

    post = post_create(author=yazeed, text="  مرحبا بكم في هدهد  ", language="ar")

    post = fresh(post)
    assert post.text == "مرحبا بكم في هدهد"
    assert post.content == "<p>مرحبا بكم في هدهد</p>"
    assert (post.visibility, post.language, post.local) == (Visibility.PUBLIC, "ar", True)
    assert post.uri == f"{settings.BASE_URL}/users/yazeed/statuses/{post.pk}"
    assert post.url == f"{settings.BASE_URL}/@yazeed/{post.pk}"
    assert not post.sensitive
    yazeed.refresh_from_db()
    assert yazeed.posts_count == 1


@pytest.mark.usefixtures("db")
def test_post_create_makes_one_hashtag_for_every_spelling() -> None:
    yazeed = make_account("yazeed")

    first = make_post(yazeed, "يوم #العمل_التطوعي")
    second = make_post(yazeed, "شاركوا في #العمل_التطوّعي و #العمل_التطوعى")

    tag = Hashtag.objects.get()
    assert tag.name == "العمل_التطوعي"  # the first spelling seen
    assert list(first.hashtags.all()) == list(second.hashtags.all()) == [tag]
    assert f'href="{settings.BASE_URL}/tags/' in second.content
    assert "#<span>العمل_التطوّعي</span>" in second.content  # shown as typed


@pytest.mark.usefixtures("db")
def test_post_create_mentions_a_local_account_and_notifies_it() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")

    post = make_post(yazeed, "شكراً @Mazen و @nobody على المشاركة")

    assert list(Mention.objects.values_list("post_id", "account_id")) == [(post.pk, mazen.pk)]
    assert notifications(mazen) == [("mention", "yazeed", post.pk)]
    assert f'<a href="{mazen.url}" class="u-url mention">@<span>Mazen</span></a>' in post.content
    assert "@nobody" in post.content  # an unknown account stays plain text
    assert post.content.count("<a ") == 1


@pytest.mark.usefixtures("db")
def test_post_create_does_not_mention_a_suspended_account() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    Account.objects.filter(pk=mazen.pk).update(suspended=True)

    make_post(yazeed, "مرحبا @mazen")

    assert not Mention.objects.exists()
    assert notifications(mazen) == []


@pytest.mark.usefixtures("db")
def test_post_create_links_urls_and_escapes_html() -> None:
    yazeed = make_account("yazeed")

    post = make_post(
        yazeed, 'اقرأ https://example.org/a?b=1&c=2 <script>alert("x")</script>\n\nفقرة ثانية'
    )

    link = '<a href="https://example.org/a?b=1&amp;c=2" rel="nofollow noopener noreferrer"'
    assert link in post.content
    assert "<script>" not in post.content
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in post.content
    assert post.content.endswith("</p><p>فقرة ثانية</p>")


@pytest.mark.parametrize("text", ["", "   ", "\u200f\u200d", "\n\u200b\n", "ـــ", "\u2800"])
@pytest.mark.usefixtures("db")
def test_post_create_refuses_a_blank_post_and_stores_nothing(text: str) -> None:
    yazeed = make_account("yazeed")

    with pytest.raises(ValidationError) as raised:
        post_create(author=yazeed, text=text)

    assert codes(raised.value) == {"blank"}
    assert not Post.objects.exists()
    yazeed.refresh_from_db()
    assert yazeed.posts_count == 0


@pytest.mark.usefixtures("db")
def test_post_create_refuses_501_characters_and_stores_nothing() -> None:
    yazeed = make_account("yazeed")
    make_post(yazeed, "ب" * 500)

    with pytest.raises(ValidationError) as raised:
        make_post(yazeed, "ب" * 501 + " #وسم")

    assert codes(raised.value) == {"too_long"}
    assert Post.objects.count() == 1
    assert Hashtag.objects.count() == 0
    yazeed.refresh_from_db()
    assert yazeed.posts_count == 1


@pytest.mark.usefixtures("db")
def test_post_create_counts_a_letter_with_its_harakat_once() -> None:
    yazeed = make_account("yazeed")

    post = make_post(yazeed, "بِّ" * 500)

    assert len(post.text) == 1500


@pytest.mark.usefixtures("db")
def test_post_create_counts_a_link_as_23_characters() -> None:
    yazeed = make_account("yazeed")
    link = "https://example.org/" + "a" * 200

    post = make_post(yazeed, link + " " + "ب" * 476)  # 23 + 1 + 476 = 500
    with pytest.raises(ValidationError):
        make_post(yazeed, link + " " + "ب" * 477)

    assert post.text.startswith(link)


@pytest.mark.usefixtures("db")
def test_post_create_counts_the_content_warning() -> None:
    yazeed = make_account("yazeed")

    post = make_post(yazeed, "ب" * 490, spoiler_text=" تنبيه ")
    with pytest.raises(ValidationError):
        make_post(yazeed, "ب" * 490, spoiler_text="ت" * 11)

    assert post.spoiler_text == "تنبيه"
    assert post.sensitive


@pytest.mark.usefixtures("db")
def test_post_create_ignores_an_invisible_content_warning() -> None:
    yazeed = make_account("yazeed")

    post = make_post(yazeed, "منشور", spoiler_text="\u200f\u200d")

    assert (post.spoiler_text, post.sensitive) == ("", False)


@pytest.mark.usefixtures("db")
def test_post_create_refuses_an_unknown_visibility() -> None:
    yazeed = make_account("yazeed")

    with pytest.raises(ValidationError) as raised:
        make_post(yazeed, "مرحبا", visibility="friends")

    assert codes(raised.value) == {"visibility"}
    assert not Post.objects.exists()


@pytest.mark.usefixtures("db")
def test_post_create_dates_a_post_in_the_past_with_an_id_of_that_time() -> None:
    yazeed = make_account("yazeed")
    then = datetime(2012, 10, 14, 9, 30, tzinfo=UTC)

    old = make_post(yazeed, "من جيتكس 2012", created_at=then)
    new = make_post(yazeed, "اليوم")

    assert fresh(old).created_at == then
    assert old.pk < new.pk


# Replies and quotes


@pytest.mark.usefixtures("db")
def test_post_create_reply_counts_on_the_parent() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    parent = make_post(yazeed, "سؤال؟")

    reply = make_post(mazen, "جواب", reply_to=parent)
    make_post(yazeed, "شكراً", reply_to=reply)

    reply = fresh(reply)
    assert reply.in_reply_to_id == parent.pk
    assert reply.in_reply_to_account_id == yazeed.pk
    assert fresh(parent).replies_count == 1
    assert reply.replies_count == 1


@pytest.mark.parametrize("visibility", [Visibility.FOLLOWERS, Visibility.DIRECT])
@pytest.mark.usefixtures("db")
def test_post_create_refuses_a_reply_to_a_post_its_author_cannot_see(visibility: str) -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    hidden = make_post(yazeed, "لمن يرى فقط", visibility=visibility)

    with pytest.raises(ValidationError) as raised:
        make_post(mazen, "رد", reply_to=hidden)

    assert codes(raised.value) == {"not_found"}
    assert Post.objects.count() == 1
    assert fresh(hidden).replies_count == 0


@pytest.mark.usefixtures("db")
def test_post_create_accepts_replies_from_those_who_can_see() -> None:
    yazeed, mazen, sami = make_account("yazeed"), make_account("mazen"), make_account("sami")
    follow_create(follower=mazen, target=yazeed)
    for_followers = make_post(yazeed, "لمتابعيّ", visibility=Visibility.FOLLOWERS)
    direct = make_post(yazeed, "إلى @sami", visibility=Visibility.DIRECT)

    make_post(mazen, "رد متابع", reply_to=for_followers)
    make_post(sami, "رد المذكور", reply_to=direct, visibility=Visibility.DIRECT)

    assert fresh(for_followers).replies_count == 1
    assert fresh(direct).replies_count == 1


@pytest.mark.usefixtures("db")
def test_post_create_quote_of_a_public_post_notifies_its_author() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    original = make_post(yazeed, "فكرة")

    quote = make_post(mazen, "أتفق", quote_of=original)

    assert fresh(quote).quote_of_id == original.pk
    assert notifications(yazeed) == [("quote", "mazen", quote.pk)]


@pytest.mark.usefixtures("db")
def test_post_create_quote_of_an_unlisted_post_is_allowed() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    original = make_post(yazeed, "فكرة", visibility=Visibility.UNLISTED)

    quote = make_post(mazen, "أتفق", quote_of=original)

    assert quote.quote_of_id == original.pk


@pytest.mark.usefixtures("db")
def test_post_create_refuses_quoting_a_followers_only_post() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    follow_create(follower=mazen, target=yazeed)
    original = make_post(yazeed, "لمتابعيّ", visibility=Visibility.FOLLOWERS)

    with pytest.raises(ValidationError) as raised:
        make_post(mazen, "أتفق", quote_of=original)
    with pytest.raises(ValidationError) as by_author:
        make_post(yazeed, "أقتبس نفسي", quote_of=original)

    assert codes(raised.value) == codes(by_author.value) == {"quote_private"}
    assert Post.objects.count() == 1
    assert notifications(yazeed) == [("follow", "mazen", None)]


@pytest.mark.usefixtures("db")
def test_post_create_refuses_quoting_a_post_its_author_cannot_see() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    original = make_post(yazeed, "إلى نفسي", visibility=Visibility.DIRECT)

    with pytest.raises(ValidationError) as raised:
        make_post(mazen, "أتفق", quote_of=original)

    assert codes(raised.value) == {"not_found"}


# Edits


@pytest.mark.usefixtures("db")
def test_post_edit_keeps_every_earlier_version() -> None:
    yazeed = make_account("yazeed")
    post = make_post(yazeed, "النسخة الأولى #قديم")

    post_edit(post=post, text="النسخة الثانية")
    first_edit = fresh(post).edited_at
    post_edit(post=post, text="النسخة الثالثة #جديد", spoiler_text="تنبيه")

    post = fresh(post)
    assert post.text == "النسخة الثالثة #جديد"
    assert "جديد" in post.content
    assert (post.spoiler_text, post.sensitive) == ("تنبيه", True)
    assert post.edited_at is not None and first_edit is not None
    assert post.edited_at > first_edit > post.created_at
    history = list(post.edits.all())
    assert [edit.text for edit in history] == ["النسخة الأولى #قديم", "النسخة الثانية"]
    assert [edit.created_at for edit in history] == [post.created_at, first_edit]
    assert "قديم" in history[0].content
    assert [tag.name for tag in post.hashtags.all()] == ["جديد"]


@pytest.mark.usefixtures("db")
def test_post_edit_without_a_change_keeps_no_history() -> None:
    yazeed = make_account("yazeed")
    post = make_post(yazeed, "كما هو")

    same = post_edit(post=post, text="  كما هو  ")

    assert same.edited_at is None
    assert fresh(post).edited_at is None
    assert not PostEdit.objects.exists()


@pytest.mark.usefixtures("db")
def test_post_edit_refuses_a_too_long_text_and_keeps_the_post() -> None:
    yazeed = make_account("yazeed")
    post = make_post(yazeed, "قصير")

    with pytest.raises(ValidationError) as raised:
        post_edit(post=post, text="ب" * 501)
    with pytest.raises(ValidationError):
        post_edit(post=fresh(post), text="\u200f")

    assert codes(raised.value) == {"too_long"}
    assert fresh(post).text == "قصير"
    assert not PostEdit.objects.exists()


@pytest.mark.usefixtures("db")
def test_post_edit_notifies_those_who_liked_or_boosted() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    sami, bassem = make_account("sami"), make_account("bassem")
    follow_create(follower=bassem, target=yazeed)
    post = make_post(yazeed, "قبل التعديل")
    like_create(account=mazen, post=post)
    boost_create(account=sami, post=post)

    post_edit(post=post, text="بعد التعديل")

    assert ("update", "yazeed", post.pk) in notifications(mazen)
    assert ("update", "yazeed", post.pk) in notifications(sami)
    assert notifications(bassem) == []
    assert not Notification.objects.filter(recipient=yazeed, kind="update").exists()


@pytest.mark.usefixtures("db")
def test_post_edit_adds_new_mentions() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    post = make_post(yazeed, "إلى نفسي", visibility=Visibility.DIRECT)

    post_edit(post=post, text="إلى نفسي و @mazen")

    assert list(fresh(post).mentions.all()) == [mazen]
    assert Post.objects.visible_to(mazen).filter(pk=post.pk).exists()


# Deletion


@pytest.mark.usefixtures("db")
def test_post_delete_undoes_its_counts_and_leaves_every_timeline() -> None:
    yazeed, mazen, sami = make_account("yazeed"), make_account("mazen"), make_account("sami")
    follow_create(follower=sami, target=mazen)
    parent = make_post(yazeed, "سؤال")
    reply = make_post(mazen, "جواب @yazeed", reply_to=parent)
    like_create(account=yazeed, post=reply)
    boost_create(account=yazeed, post=reply)
    reply_id = reply.pk
    assert TimelineEntry.objects.filter(post_id=reply_id).exists()
    assert Notification.objects.filter(post_id=reply_id).exists()

    post_delete(post=reply)

    assert not Post.objects.filter(pk=reply_id).exists()
    assert not Post.objects.filter(boost_of_id=reply_id).exists()
    assert not TimelineEntry.objects.filter(post_id=reply_id).exists()
    assert not Like.objects.exists()
    assert not Notification.objects.filter(post_id=reply_id).exists()
    assert fresh(parent).replies_count == 0
    mazen.refresh_from_db()
    assert mazen.posts_count == 0


@pytest.mark.usefixtures("db")
def test_post_delete_keeps_the_replies() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    parent = make_post(yazeed, "سؤال")
    reply = make_post(mazen, "جواب", reply_to=parent)

    post_delete(post=parent)

    reply = fresh(reply)
    assert reply.in_reply_to_id is None
    assert reply.in_reply_to_account_id == yazeed.pk


@pytest.mark.usefixtures("db")
def test_post_delete_removes_its_image_files() -> None:
    yazeed = make_account("yazeed")
    media = make_media(yazeed)
    post = post_create(author=yazeed, text="", media=[media])
    names = [str(media.file.name), str(media.thumbnail.name)]
    assert all(default_storage.exists(name) for name in names)

    post_delete(post=post)

    assert not any(default_storage.exists(name) for name in names)
    assert not Media.objects.exists()


# Boosts


@pytest.mark.usefixtures("db")
def test_boost_create_counts_notifies_and_is_idempotent() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    post = make_post(yazeed, "انشروا")

    boost = boost_create(account=mazen, post=post)
    again = boost_create(account=mazen, post=post)
    of_the_boost = boost_create(account=mazen, post=boost)

    assert boost.pk == again.pk == of_the_boost.pk
    assert (boost.boost_of_id, boost.author_id, boost.text) == (post.pk, mazen.pk, "")
    assert boost.is_boost
    assert boost.uri == f"{settings.BASE_URL}/users/mazen/statuses/{boost.pk}/activity"
    assert fresh(post).boosts_count == 1
    assert notifications(yazeed) == [("reblog", "mazen", post.pk)]


@pytest.mark.usefixtures("db")
def test_boost_create_of_a_boost_boosts_the_original() -> None:
    yazeed, mazen, sami = make_account("yazeed"), make_account("mazen"), make_account("sami")
    post = make_post(yazeed, "انشروا")
    boost = boost_create(account=mazen, post=post)

    second = boost_create(account=sami, post=boost)

    assert second.boost_of_id == post.pk
    assert fresh(post).boosts_count == 2
    assert fresh(boost).boosts_count == 0


@pytest.mark.usefixtures("db")
def test_boost_create_keeps_the_visibility_of_an_unlisted_post() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    post = make_post(yazeed, "بهدوء", visibility=Visibility.UNLISTED)

    boost = boost_create(account=mazen, post=post)

    assert boost.visibility == Visibility.UNLISTED


@pytest.mark.usefixtures("db")
def test_boost_create_refuses_a_followers_only_post_of_someone_else() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    follow_create(follower=mazen, target=yazeed)
    post = make_post(yazeed, "لمتابعيّ", visibility=Visibility.FOLLOWERS)

    with pytest.raises(ValidationError) as raised:
        boost_create(account=mazen, post=post)
    own = boost_create(account=yazeed, post=post)

    assert codes(raised.value) == {"boost_private"}
    assert own.author_id == yazeed.pk
    assert own.visibility == Visibility.FOLLOWERS
    assert fresh(post).boosts_count == 1


@pytest.mark.usefixtures("db")
def test_boost_create_refuses_a_post_the_booster_cannot_see() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    post = make_post(yazeed, "لمتابعيّ", visibility=Visibility.FOLLOWERS)

    with pytest.raises(ValidationError) as raised:
        boost_create(account=mazen, post=post)

    assert codes(raised.value) == {"not_found"}


@pytest.mark.usefixtures("db")
def test_boost_create_refuses_a_direct_post_even_of_its_author() -> None:
    yazeed = make_account("yazeed")
    make_account("mazen")
    post = make_post(yazeed, "إلى @mazen", visibility=Visibility.DIRECT)

    with pytest.raises(ValidationError) as raised:
        boost_create(account=yazeed, post=post)

    assert codes(raised.value) == {"boost_private"}
    assert not Post.objects.filter(boost_of=post).exists()


@pytest.mark.usefixtures("db")
def test_boost_delete_removes_the_boost() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    post = make_post(yazeed, "انشروا")
    boost_id = boost_create(account=mazen, post=post).pk
    make_post(mazen, "منشور لمازن")

    boost_delete(account=mazen, post=post)
    boost_delete(account=mazen, post=post)  # twice changes nothing

    assert not Post.objects.filter(pk=boost_id).exists()
    assert not TimelineEntry.objects.filter(post_id=boost_id).exists()
    assert fresh(post).boosts_count == 0
    assert Post.objects.filter(pk=post.pk).exists()


@pytest.mark.usefixtures("db")
def test_boost_delete_leaves_the_boosters_post_count_alone() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    post = make_post(yazeed, "انشروا")
    make_post(mazen, "منشور لمازن")

    boost_create(account=mazen, post=post)
    boost_delete(account=mazen, post=post)

    mazen.refresh_from_db()
    assert mazen.posts_count == 1


@pytest.mark.usefixtures("db")
def test_boost_delete_by_an_account_without_posts() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    post = make_post(yazeed, "انشروا")
    boost_create(account=mazen, post=post)

    boost_delete(account=mazen, post=post)

    assert not Post.objects.filter(author=mazen).exists()


# Likes and bookmarks


@pytest.mark.usefixtures("db")
def test_like_create_counts_once_and_notifies_once() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    post = make_post(yazeed, "أعجبك؟")

    first = like_create(account=mazen, post=post)
    second = like_create(account=mazen, post=post)

    assert first.pk == second.pk
    assert fresh(post).likes_count == 1
    assert notifications(yazeed) == [("favourite", "mazen", post.pk)]


@pytest.mark.usefixtures("db")
def test_like_create_of_a_boost_likes_the_original() -> None:
    yazeed, mazen, sami = make_account("yazeed"), make_account("mazen"), make_account("sami")
    post = make_post(yazeed, "أعجبك؟")
    boost = boost_create(account=mazen, post=post)

    like = like_create(account=sami, post=boost)

    assert like.post_id == post.pk
    assert fresh(post).likes_count == 1
    assert fresh(boost).likes_count == 0
    assert ("favourite", "sami", post.pk) in notifications(yazeed)
    assert notifications(mazen) == []


@pytest.mark.usefixtures("db")
def test_like_delete_uncounts_and_is_idempotent() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    post = make_post(yazeed, "أعجبك؟")
    like_create(account=mazen, post=post)

    like_delete(account=mazen, post=post)
    like_delete(account=mazen, post=post)

    assert not Like.objects.exists()
    assert fresh(post).likes_count == 0


@pytest.mark.usefixtures("db")
def test_like_create_refuses_a_post_the_account_cannot_see() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    post = make_post(yazeed, "لمتابعيّ", visibility=Visibility.FOLLOWERS)

    with pytest.raises(ValidationError) as raised:
        like_create(account=mazen, post=post)

    assert codes(raised.value) == {"not_found"}
    assert fresh(post).likes_count == 0


@pytest.mark.usefixtures("db")
def test_bookmark_create_and_delete() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    post = make_post(yazeed, "للقراءة لاحقاً")
    boost = boost_create(account=yazeed, post=post)

    first = bookmark_create(account=mazen, post=post)
    again = bookmark_create(account=mazen, post=boost)

    assert first.pk == again.pk
    assert list(Bookmark.objects.values_list("account_id", "post_id")) == [(mazen.pk, post.pk)]
    assert notifications(yazeed) == []  # a bookmark is private
    bookmark_delete(account=mazen, post=boost)
    assert not Bookmark.objects.exists()


@pytest.mark.usefixtures("db")
def test_bookmark_create_refuses_a_post_the_account_cannot_see() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    post = make_post(yazeed, "إلى نفسي", visibility=Visibility.DIRECT)

    with pytest.raises(ValidationError):
        bookmark_create(account=mazen, post=post)

    assert not Bookmark.objects.exists()


# Media


@pytest.mark.usefixtures("db")
def test_media_create_stores_the_image_without_exif_with_a_thumbnail_and_blurhash() -> None:
    yazeed = make_account("yazeed")
    upload = jpeg((1280, 960), artist="Yazeed, Riyadh 24.7136 N")
    with Image.open(io.BytesIO(upload.read())) as original:
        assert original.getexif()[EXIF_ARTIST] == "Yazeed, Riyadh 24.7136 N"
    upload.seek(0)

    media = media_create(account=yazeed, file=upload, description=" برج المملكة ")

    media = Media.objects.get(pk=media.pk)
    assert media.account_id == yazeed.pk
    assert media.post_id is None
    assert media.description == "برج المملكة"
    assert (media.width, media.height, media.mime_type) == (1280, 960, "image/jpeg")
    assert media.blurhash
    assert media.file.name == f"media/{media.pk}.jpg"
    with Image.open(media.file.path) as stored:
        assert stored.size == (1280, 960)
        assert not stored.getexif()
        assert "exif" not in stored.info
    with Image.open(media.thumbnail.path) as thumbnail:
        assert thumbnail.size == (640, 480)


@pytest.mark.usefixtures("db")
def test_media_create_refuses_a_text_file_named_like_a_photo() -> None:
    yazeed = make_account("yazeed")
    upload = SimpleUploadedFile("photo.jpg", "ليست صورة".encode(), "image/jpeg")

    with pytest.raises(ValidationError) as raised:
        media_create(account=yazeed, file=upload)

    assert codes(raised.value) == {"format"}
    assert not Media.objects.exists()


@pytest.mark.usefixtures("db")
def test_media_create_refuses_50_megapixels_before_decoding_and_stores_nothing() -> None:
    yazeed = make_account("yazeed")
    buffer = io.BytesIO()
    Image.new("1", (10_000, 5_000)).save(buffer, "PNG")
    upload = SimpleUploadedFile("huge.png", buffer.getvalue(), "image/png")

    with pytest.raises(ValidationError) as raised:
        media_create(account=yazeed, file=upload)

    assert codes(raised.value) == {"too_many_pixels"}
    assert not Media.objects.exists()
    assert not (settings.MEDIA_ROOT / "media").exists()


@pytest.mark.usefixtures("db")
def test_media_create_refuses_alt_text_over_1500_characters() -> None:
    yazeed = make_account("yazeed")

    with pytest.raises(ValidationError) as raised:
        media_create(account=yazeed, file=jpeg(), description="و" * 1501)
    media = media_create(account=yazeed, file=jpeg(), description="و" * 1500)

    assert codes(raised.value) == {"description_too_long"}
    assert list(Media.objects.all()) == [media]


@pytest.mark.usefixtures("db")
def test_media_describe_changes_the_alt_text_within_the_limit() -> None:
    yazeed = make_account("yazeed")
    media = make_media(yazeed, "قديم")

    media_describe(media=media, description=" شعار هدهد ")
    with pytest.raises(ValidationError):
        media_describe(media=media, description="و" * 1501)

    assert Media.objects.get(pk=media.pk).description == "شعار هدهد"


@pytest.mark.usefixtures("db")
def test_post_create_attaches_images_and_needs_no_text_with_them() -> None:
    yazeed = make_account("yazeed")
    images = [make_media(yazeed) for _ in range(4)]

    post = post_create(author=yazeed, text=" ", media=images)

    assert list(post.media.order_by("id")) == images
    assert post.text == ""


@pytest.mark.usefixtures("db")
def test_post_create_refuses_more_than_four_images() -> None:
    yazeed = make_account("yazeed")
    images = [make_media(yazeed) for _ in range(5)]

    with pytest.raises(ValidationError) as raised:
        post_create(author=yazeed, text="صور", media=images)

    assert codes(raised.value) == {"media_count"}
    assert not Post.objects.exists()
    assert not Media.objects.filter(post__isnull=False).exists()


@pytest.mark.usefixtures("db")
def test_post_create_refuses_an_image_of_someone_else() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    theirs = make_media(mazen)

    with pytest.raises(ValidationError) as raised:
        post_create(author=yazeed, text="صورة", media=[theirs])

    assert codes(raised.value) == {"media"}
    assert not Post.objects.exists()
    assert Media.objects.get(pk=theirs.pk).post_id is None


@pytest.mark.usefixtures("db")
def test_post_create_refuses_an_image_already_attached_elsewhere() -> None:
    yazeed = make_account("yazeed")
    media = make_media(yazeed)
    first = post_create(author=yazeed, text="أولى", media=[media])

    with pytest.raises(ValidationError) as raised:
        post_create(author=yazeed, text="ثانية", media=[Media.objects.get(pk=media.pk)])

    assert codes(raised.value) == {"media"}
    assert Media.objects.get(pk=media.pk).post_id == first.pk


@pytest.mark.usefixtures("db")
def test_post_edit_changes_the_attached_images() -> None:
    yazeed = make_account("yazeed")
    kept, dropped, added = make_media(yazeed), make_media(yazeed), make_media(yazeed)
    post = post_create(author=yazeed, text="صور", media=[kept, dropped])

    post_edit(post=post, text="صور", media=[kept, added])

    assert list(post.media.order_by("id")) == [kept, added]
    assert Media.objects.get(pk=dropped.pk).post_id is None
    assert PostEdit.objects.count() == 1


@pytest.mark.usefixtures("db")
def test_post_create_mentions_a_local_account_written_with_this_domain(
    settings: Settings,
) -> None:
    settings.DOMAIN = "hudhud.example"
    yazeed, mazen = make_account("yazeed"), make_account("mazen")

    post = make_post(yazeed, "مرحبا @mazen@HUDHUD.example")

    assert list(post.mentions.all()) == [mazen]
    assert 'class="u-url mention">@<span>mazen</span></a>' in post.content


@pytest.mark.usefixtures("db")
def test_post_create_reply_to_a_boost_replies_to_the_original() -> None:
    yazeed, mazen, sami = make_account("yazeed"), make_account("mazen"), make_account("sami")
    post = make_post(yazeed, "سؤال")
    boost = boost_create(account=mazen, post=post)

    reply = make_post(sami, "جواب", reply_to=boost)

    assert (reply.in_reply_to_id, reply.in_reply_to_account_id) == (post.pk, yazeed.pk)
    assert fresh(post).replies_count == 1


@pytest.mark.usefixtures("db")
def test_post_create_quote_of_a_boost_quotes_the_original() -> None:
    yazeed, mazen, sami = make_account("yazeed"), make_account("mazen"), make_account("sami")
    post = make_post(yazeed, "فكرة")
    boost = boost_create(account=mazen, post=post)

    quote = make_post(sami, "أتفق", quote_of=boost)

    assert quote.quote_of_id == post.pk
    assert notifications(yazeed)[-1] == ("quote", "sami", quote.pk)


@pytest.mark.usefixtures("db")
def test_unsolicited_mentions_are_limited_per_hour(settings: Settings) -> None:
    settings.RATELIMIT_ENABLE = True
    settings.UNSOLICITED_MENTIONS_PER_HOUR = 3
    mazen = make_account("mazen")
    strangers = [make_account(f"guest{i}") for i in range(4)]
    fan = make_account("fan")
    follow_create(follower=fan, target=mazen)
    post_create(author=mazen, text="@guest0 @guest1 @fan جربوا تطبيقنا")

    with pytest.raises(ValidationError) as refused:
        post_create(author=mazen, text="@guest2 @guest3 جربوا تطبيقنا")

    assert refused.value.code == "unsolicited_mentions"
    assert Post.objects.filter(author=mazen).count() == 1
    # Followers may always be mentioned, and so may the author of the post answered.
    post_create(author=mazen, text="@fan شكرًا لك")
    question = post_create(author=strangers[3], text="@mazen كم سعر الاشتراك؟")
    post_create(author=mazen, text="@guest3 السعر في الموقع", reply_to=question)
    post_create(author=mazen, text="@guest2 أهلًا")  # the third of the hour
    with pytest.raises(ValidationError):
        post_create(author=mazen, text="@guest3 ونسيت أقول")


@pytest.mark.usefixtures("db")
def test_the_mention_limit_is_off_with_the_rate_limits(settings: Settings) -> None:
    settings.UNSOLICITED_MENTIONS_PER_HOUR = 1  # HUDHUD_RATE_LIMITS is off in the tests
    mazen = make_account("mazen")
    make_account("guest0"), make_account("guest1")

    post_create(author=mazen, text="@guest0 @guest1 مرحبا")
