"""Tests of hudhud.accounts.services: sign-up, profiles, follows, blocks and mutes."""

import io

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from hudhud.accounts.models import Account, Block, Follow, Mute, User
from hudhud.accounts.services import (
    account_create,
    block_create,
    block_delete,
    follow_accept,
    follow_create,
    follow_delete,
    follow_reject,
    mute_create,
    mute_delete,
    profile_update,
)
from hudhud.notifications.models import Notification
from hudhud.paging import Page
from hudhud.posts.models import Visibility
from hudhud.posts.services import boost_create, like_create, post_create
from hudhud.timelines.selectors import home_timeline
from tests.factories import PASSWORD, make_account, make_post


def codes(error: ValidationError) -> set[str | None]:
    """Return the codes of every message in `error`, however it was raised."""
    if hasattr(error, "error_dict"):
        return {item.code for items in error.error_dict.values() for item in items}
    return {item.code for item in error.error_list}


def home(account: Account) -> list[int]:
    return [post.pk for post in home_timeline(account, Page(limit=40))]


def kinds(recipient: Account) -> list[tuple[str, str]]:
    """Return (kind, actor's username) of `recipient`'s notifications, oldest first."""
    return [
        (kind, username)
        for kind, username in Notification.objects.filter(recipient=recipient)
        .order_by("id")
        .values_list("kind", "actor__username")
    ]


def png(size: tuple[int, int] = (800, 600), mode: str = "RGB") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, "seagreen").save(buffer, "PNG")
    return buffer.getvalue()


def counts(account: Account) -> tuple[int, int]:
    account.refresh_from_db()
    return account.followers_count, account.following_count


# Sign-up


@pytest.mark.usefixtures("db")
def test_account_create_makes_a_user_who_signs_in_and_a_local_account() -> None:
    account = account_create(
        username=" @yazeed ", email="Yazeed@Example.ORG", password=PASSWORD, display_name=" يزيد "
    )

    account.refresh_from_db()
    assert account.username == "yazeed"
    assert account.display_name == "يزيد"
    assert (account.local, account.domain, account.acct) == (True, "", "yazeed")
    assert account.uri == f"{settings.BASE_URL}/users/yazeed"
    assert account.url == f"{settings.BASE_URL}/@yazeed"
    assert account.inbox_uri == f"{settings.BASE_URL}/users/yazeed/inbox"
    assert account.user is not None
    assert account.user.email == "Yazeed@example.org"  # the domain part is lower-cased
    assert account.user.check_password(PASSWORD)
    assert account.user.language == "ar"
    assert not account.user.is_staff


@pytest.mark.parametrize(
    ("username", "email", "password", "code"),
    [
        ("SAMI", "other@example.org", PASSWORD, "username_taken"),
        ("@Sami", "other@example.org", PASSWORD, "username_taken"),
        ("سامي", "other@example.org", PASSWORD, "username"),
        ("sa mi", "other@example.org", PASSWORD, "username"),
        ("sami!", "other@example.org", PASSWORD, "username"),
        ("sami.b", "other@example.org", PASSWORD, "username"),
        ("", "other@example.org", PASSWORD, "username"),
        ("a" * 31, "other@example.org", PASSWORD, "username"),
        ("Admin", "other@example.org", PASSWORD, "username_reserved"),
        ("hudhud", "other@example.org", PASSWORD, "username_reserved"),
        ("mazen", "SAMI@example.org", PASSWORD, "email_taken"),
        ("mazen", " sami@EXAMPLE.org ", PASSWORD, "email_taken"),
        ("mazen", "not-an-address", PASSWORD, "invalid"),
        ("mazen", "mazen@example.org", "short", "password_too_short"),
        ("mazen", "mazen@example.org", "password123", "password_too_common"),
    ],
)
@pytest.mark.usefixtures("db")
def test_account_create_refuses_bad_sign_ups_and_stores_nothing(
    username: str, email: str, password: str, code: str
) -> None:
    make_account("sami")
    users, accounts = User.objects.count(), Account.objects.count()

    with pytest.raises(ValidationError) as raised:
        account_create(username=username, email=email, password=password)

    assert code in codes(raised.value)
    assert (User.objects.count(), Account.objects.count()) == (users, accounts)


@pytest.mark.usefixtures("db")
def test_account_create_accepts_a_username_of_thirty_characters() -> None:
    account = make_account("b" * 30)

    assert account.username == "b" * 30


@pytest.mark.usefixtures("db")
def test_account_create_refuses_a_display_name_over_100_characters_and_stores_nothing() -> None:
    with pytest.raises(ValidationError) as raised:
        make_account("mazen", display_name="م" * 101)

    assert codes(raised.value) == {"too_long"}
    assert not User.objects.exists()
    assert not Account.objects.exists()


@pytest.mark.usefixtures("db")
def test_account_create_refuses_an_unknown_language() -> None:
    with pytest.raises(ValidationError) as raised:
        make_account("mazen", language="fr")

    assert "invalid_choice" in codes(raised.value)
    assert not User.objects.exists()


@pytest.mark.usefixtures("db")
def test_account_create_keeps_the_chosen_language_and_kind() -> None:
    account = make_account("mazen", language="en", kind="startup")

    assert account.user is not None
    assert (account.user.language, account.kind) == ("en", "startup")


@pytest.mark.usefixtures("db")
def test_account_create_refuses_an_unknown_kind() -> None:
    with pytest.raises(ValidationError):
        make_account("mazen", kind="government")


@pytest.mark.usefixtures("db")
def test_account_create_makes_staff_when_asked() -> None:
    account = make_account("saad", is_staff=True)

    assert account.user is not None
    assert account.user.is_staff


# Profile


@pytest.mark.usefixtures("db")
def test_profile_update_escapes_html_in_the_bio_and_links_its_hashtags() -> None:
    account = make_account("yazeed")

    profile_update(
        account=account,
        display_name=" <b>يزيد</b> ",
        bio="متطوع في #العمل_التطوعي <script>alert(1)</script>",
    )

    account.refresh_from_db()
    assert account.display_name == "<b>يزيد</b>"  # stored as typed; escaped where shown
    assert account.bio == "متطوع في #العمل_التطوعي <script>alert(1)</script>"
    assert "<script>" not in account.bio_html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in account.bio_html
    assert 'rel="tag" dir="auto">#<span>العمل_التطوعي</span></a>' in account.bio_html
    assert account.bio_html.startswith("<p>")


@pytest.mark.usefixtures("db")
def test_profile_update_refuses_a_bio_over_500_characters_and_keeps_the_old_one() -> None:
    account = make_account("yazeed")
    profile_update(account=account, bio="أهلاً")

    with pytest.raises(ValidationError) as raised:
        profile_update(account=account, display_name="يزيد", bio="ب" * 501)

    assert codes(raised.value) == {"too_long"}
    account.refresh_from_db()
    assert (account.bio, account.display_name) == ("أهلاً", "")


@pytest.mark.usefixtures("db")
def test_profile_update_accepts_a_bio_of_500_characters() -> None:
    account = make_account("yazeed")

    profile_update(account=account, bio="ب" * 500)

    account.refresh_from_db()
    assert account.bio == "ب" * 500


@pytest.mark.usefixtures("db")
def test_profile_update_empties_invisible_text() -> None:
    account = make_account("yazeed", display_name="يزيد")

    profile_update(account=account, display_name="\u200f \u200d", bio=" \u200f ")

    account.refresh_from_db()
    assert (account.display_name, account.bio, account.bio_html) == ("", "", "")


@pytest.mark.usefixtures("db")
def test_profile_update_leaves_alone_what_was_not_given() -> None:
    account = make_account("yazeed", display_name="يزيد")
    profile_update(account=account, bio="متطوع", specialties=[("تقنية", ())], locked=True)

    profile_update(account=Account.objects.get(pk=account.pk), bot=True)

    account.refresh_from_db()
    assert (account.display_name, account.bio, account.specialty) == ("يزيد", "متطوع", "تقنية")
    assert (account.locked, account.bot, account.discoverable) == (True, True, True)


@pytest.mark.usefixtures("db")
def test_profile_update_keeps_filled_fields_in_order() -> None:
    account = make_account("yazeed")

    profile_update(
        account=account,
        fields=[(" الموقع ", "https://example.org"), ("", " "), ("العمل", "متطوع")],
    )

    account.refresh_from_db()
    assert account.fields == [
        {"name": "الموقع", "value": "https://example.org"},
        {"name": "العمل", "value": "متطوع"},
    ]


@pytest.mark.usefixtures("db")
def test_profile_update_refuses_more_than_four_fields() -> None:
    account = make_account("yazeed")

    with pytest.raises(ValidationError) as raised:
        profile_update(account=account, fields=[(f"n{i}", "v") for i in range(5)])

    assert codes(raised.value) == {"fields"}
    account.refresh_from_db()
    assert account.fields == []


@pytest.mark.usefixtures("db")
def test_profile_update_refuses_a_field_value_over_255_characters() -> None:
    account = make_account("yazeed")

    with pytest.raises(ValidationError):
        profile_update(account=account, fields=[("العمل", "م" * 256)])


@pytest.mark.usefixtures("db")
def test_profile_update_checks_the_kind_of_account() -> None:
    account = make_account("yazeed")

    with pytest.raises(ValidationError) as raised:
        profile_update(account=account, kind="government")
    profile_update(account=account, kind="startup")

    assert codes(raised.value) == {"kind"}
    account.refresh_from_db()
    assert account.kind == "startup"


@pytest.mark.usefixtures("db")
def test_profile_update_stores_an_avatar_as_a_small_image() -> None:
    account = make_account("yazeed")

    profile_update(account=account, avatar=SimpleUploadedFile("me.png", png((800, 600))))

    account.refresh_from_db()
    assert account.avatar.name == f"avatars/{account.pk}.jpg"  # no transparency: a JPEG
    assert default_storage.exists(account.avatar.name)
    with Image.open(account.avatar.path) as stored:
        assert stored.format == "JPEG"
        assert stored.size == (400, 300)


@pytest.mark.usefixtures("db")
def test_profile_update_keeps_a_transparent_header_as_png() -> None:
    account = make_account("yazeed")

    profile_update(account=account, header=SimpleUploadedFile("h.png", png((3000, 1000), "RGBA")))

    account.refresh_from_db()
    assert account.header.name == f"headers/{account.pk}.png"
    with Image.open(account.header.path) as stored:
        assert stored.size == (1500, 500)


@pytest.mark.usefixtures("db")
def test_profile_update_removes_the_replaced_avatar() -> None:
    account = make_account("yazeed")
    profile_update(account=account, avatar=SimpleUploadedFile("a.png", png((100, 100))))
    old = account.avatar.name

    profile_update(account=account, avatar=SimpleUploadedFile("b.png", png((120, 120))))

    assert default_storage.exists(str(account.avatar.name))
    assert not default_storage.exists(str(old))


@pytest.mark.usefixtures("db")
def test_profile_update_refuses_an_avatar_that_is_not_an_image() -> None:
    account = make_account("yazeed")

    with pytest.raises(ValidationError) as raised:
        profile_update(
            account=account,
            bio="جديد",
            avatar=SimpleUploadedFile("me.png", b"<?php echo 'hi'; ?>", "image/png"),
        )

    assert codes(raised.value) == {"format"}
    account.refresh_from_db()
    assert (account.avatar.name, account.bio) == ("", "")


# Follows


@pytest.mark.usefixtures("db")
def test_follow_create_of_an_open_account_counts_notifies_and_merges_recent_posts() -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    public = make_post(mazen, "منشور عام")
    followers_only = make_post(mazen, "لمتابعيّ", visibility=Visibility.FOLLOWERS)
    direct = make_post(mazen, "رسالة إلى @yazeed", visibility=Visibility.DIRECT)

    follow = follow_create(follower=sami, target=mazen)

    assert follow.accepted
    assert counts(sami) == (0, 1)
    assert counts(mazen) == (1, 0)
    assert kinds(mazen) == [("follow", "sami")]
    assert home(sami) == [followers_only.pk, public.pk]
    assert direct.pk not in home(sami)


@pytest.mark.usefixtures("db")
def test_follow_create_twice_changes_nothing() -> None:
    sami, mazen = make_account("sami"), make_account("mazen")

    first = follow_create(follower=sami, target=mazen)
    second = follow_create(follower=sami, target=mazen)

    assert first.pk == second.pk
    assert Follow.objects.count() == 1
    assert counts(mazen) == (1, 0)
    assert kinds(mazen) == [("follow", "sami")]


@pytest.mark.usefixtures("db")
def test_follow_create_refuses_following_oneself() -> None:
    sami = make_account("sami")

    with pytest.raises(ValidationError) as raised:
        follow_create(follower=sami, target=sami)

    assert codes(raised.value) == {"self"}
    assert not Follow.objects.exists()
    assert counts(sami) == (0, 0)


@pytest.mark.usefixtures("db")
def test_follow_create_of_a_locked_account_asks_first() -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    profile_update(account=mazen, locked=True)
    post = make_post(mazen, "لمتابعيّ", visibility=Visibility.FOLLOWERS)

    follow = follow_create(follower=sami, target=mazen)

    assert not follow.accepted
    assert counts(mazen) == (0, 0)
    assert counts(sami) == (0, 0)
    assert kinds(mazen) == [("follow_request", "sami")]
    assert home(sami) == []
    assert post.pk not in home(sami)


@pytest.mark.usefixtures("db")
def test_follow_accept_starts_the_follow() -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    profile_update(account=mazen, locked=True)
    post = make_post(mazen, "لمتابعيّ", visibility=Visibility.FOLLOWERS)
    follow_create(follower=sami, target=mazen)

    follow = follow_accept(target=mazen, follower=sami)
    again = follow_accept(target=mazen, follower=sami)

    assert follow.accepted and again.accepted
    assert counts(mazen) == (1, 0)
    assert counts(sami) == (0, 1)
    assert kinds(mazen) == [("follow_request", "sami"), ("follow", "sami")]
    assert home(sami) == [post.pk]


@pytest.mark.usefixtures("db")
def test_follow_accept_without_a_request_is_refused() -> None:
    sami, mazen = make_account("sami"), make_account("mazen")

    with pytest.raises(ValidationError) as raised:
        follow_accept(target=mazen, follower=sami)

    assert codes(raised.value) == {"not_found"}
    assert not Follow.objects.exists()
    assert counts(mazen) == (0, 0)


@pytest.mark.usefixtures("db")
def test_follow_reject_removes_the_request_notification() -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    profile_update(account=mazen, locked=True)
    follow_create(follower=sami, target=mazen)

    follow_reject(target=mazen, follower=sami)

    assert kinds(mazen) == []


@pytest.mark.usefixtures("db")
def test_follow_reject_removes_the_request() -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    profile_update(account=mazen, locked=True)
    follow_create(follower=sami, target=mazen)

    follow_reject(target=mazen, follower=sami)

    assert not Follow.objects.exists()
    assert counts(mazen) == (0, 0)
    # Rejecting an accepted follow is not how to remove a follower.
    profile_update(account=mazen, locked=False)
    follow_create(follower=sami, target=mazen)
    follow_reject(target=mazen, follower=sami)
    assert Follow.objects.filter(accepted=True).count() == 1


@pytest.mark.usefixtures("db")
def test_follow_delete_withdraws_a_request_without_touching_counts() -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    profile_update(account=mazen, locked=True)
    follow_create(follower=sami, target=mazen)

    follow_delete(follower=sami, target=mazen)

    assert not Follow.objects.exists()
    assert counts(mazen) == (0, 0)
    assert counts(sami) == (0, 0)


@pytest.mark.usefixtures("db")
def test_follow_delete_takes_the_targets_posts_out_of_home() -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    follow_create(follower=sami, target=mazen)
    theirs = make_post(mazen, "من مازن")
    mine = make_post(sami, "من سامي")
    assert home(sami) == [mine.pk, theirs.pk]

    follow_delete(follower=sami, target=mazen)
    follow_delete(follower=sami, target=mazen)  # twice changes nothing

    assert home(sami) == [mine.pk]
    assert counts(sami) == (0, 0)
    assert counts(mazen) == (0, 0)
    later = make_post(mazen, "بعد إلغاء المتابعة")
    assert later.pk not in home(sami)


# Blocks


@pytest.mark.usefixtures("db")
def test_block_create_ends_follows_both_ways_and_clears_both_homes() -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    follow_create(follower=sami, target=mazen)
    follow_create(follower=mazen, target=sami)
    by_mazen, by_sami = make_post(mazen, "من مازن"), make_post(sami, "من سامي")
    assert set(home(sami)) == set(home(mazen)) == {by_mazen.pk, by_sami.pk}

    block_create(account=sami, target=mazen)

    assert Block.objects.filter(account=sami, target=mazen).exists()
    assert not Follow.objects.exists()
    assert counts(sami) == (0, 0)
    assert counts(mazen) == (0, 0)
    assert home(sami) == [by_sami.pk]
    assert home(mazen) == [by_mazen.pk]


@pytest.mark.usefixtures("db")
def test_block_create_twice_keeps_one_block() -> None:
    sami, mazen = make_account("sami"), make_account("mazen")

    first = block_create(account=sami, target=mazen)
    second = block_create(account=sami, target=mazen)

    assert first.pk == second.pk
    assert Block.objects.count() == 1


@pytest.mark.usefixtures("db")
def test_block_create_refuses_blocking_oneself() -> None:
    sami = make_account("sami")

    with pytest.raises(ValidationError) as raised:
        block_create(account=sami, target=sami)

    assert codes(raised.value) == {"self"}
    assert not Block.objects.exists()


@pytest.mark.usefixtures("db")
def test_blocked_account_cannot_follow_reply_like_or_boost() -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    post = make_post(sami, "منشور عام")
    block_create(account=sami, target=mazen)

    with pytest.raises(ValidationError) as follow_error:
        follow_create(follower=mazen, target=sami)
    with pytest.raises(ValidationError) as reply_error:
        post_create(author=mazen, text="رد", reply_to=post)
    with pytest.raises(ValidationError) as like_error:
        like_create(account=mazen, post=post)
    with pytest.raises(ValidationError) as boost_error:
        boost_create(account=mazen, post=post)

    assert codes(follow_error.value) == {"blocked"}
    assert codes(reply_error.value) == codes(like_error.value) == {"not_found"}
    assert codes(boost_error.value) == {"not_found"}
    assert not Follow.objects.exists()
    post.refresh_from_db()
    assert (post.replies_count, post.likes_count, post.boosts_count) == (0, 0, 0)


@pytest.mark.usefixtures("db")
def test_blocker_cannot_follow_the_blocked_account_either() -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    block_create(account=sami, target=mazen)

    with pytest.raises(ValidationError):
        follow_create(follower=sami, target=mazen)


@pytest.mark.usefixtures("db")
def test_block_delete_lets_them_follow_again() -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    block_create(account=sami, target=mazen)

    block_delete(account=sami, target=mazen)
    follow_create(follower=mazen, target=sami)

    assert not Block.objects.exists()
    assert counts(sami) == (1, 0)


# Mutes


@pytest.mark.usefixtures("db")
def test_mute_create_hides_posts_from_home_and_silences_notifications() -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    follow_create(follower=sami, target=mazen)
    before = make_post(mazen, "قبل الكتم")
    mine = make_post(sami, "منشوري")

    mute_create(account=sami, target=mazen)
    after = make_post(mazen, "بعد الكتم")
    like_create(account=mazen, post=mine)
    make_post(mazen, "مرحبا @sami")

    assert home(sami) == [mine.pk]
    assert before.pk not in home(sami) and after.pk not in home(sami)
    assert kinds(sami) == []
    assert counts(sami) == (0, 1)  # muting is not unfollowing


@pytest.mark.usefixtures("db")
def test_mute_create_without_notifications_still_notifies() -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    follow_create(follower=sami, target=mazen)
    mine = make_post(sami, "منشوري")

    mute = mute_create(account=sami, target=mazen, notifications=False)
    theirs = make_post(mazen, "بعد الكتم")
    like_create(account=mazen, post=mine)

    assert not mute.notifications
    assert theirs.pk not in home(sami)
    assert kinds(sami) == [("favourite", "mazen")]


@pytest.mark.usefixtures("db")
def test_mute_create_twice_updates_the_one_mute() -> None:
    sami, mazen = make_account("sami"), make_account("mazen")

    mute_create(account=sami, target=mazen)
    mute_create(account=sami, target=mazen, notifications=False)

    assert list(Mute.objects.values_list("notifications", flat=True)) == [False]


@pytest.mark.usefixtures("db")
def test_mute_create_refuses_muting_oneself() -> None:
    sami = make_account("sami")

    with pytest.raises(ValidationError) as raised:
        mute_create(account=sami, target=sami)

    assert codes(raised.value) == {"self"}
    assert not Mute.objects.exists()


@pytest.mark.usefixtures("db")
def test_mute_delete_brings_new_posts_back() -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    follow_create(follower=sami, target=mazen)
    mute_create(account=sami, target=mazen)

    mute_delete(account=sami, target=mazen)
    post = make_post(mazen, "بعد رفع الكتم")

    assert not Mute.objects.exists()
    assert home(sami) == [post.pk]
