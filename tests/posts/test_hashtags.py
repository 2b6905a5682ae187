"""Tests of hashtags in hudhud.posts: spellings, follows and what a tag's page shows."""

import importlib

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import connection

from hudhud.moderation.services import account_suspend
from hudhud.posts.models import Hashtag, HashtagFollow, HashtagSpelling, Post, Visibility
from hudhud.posts.selectors import followed_hashtags, hashtag_named, hashtag_summary
from hudhud.posts.services import hashtag_follow, hashtag_unfollow, post_delete, post_edit
from tests.factories import make_account, make_post

pytestmark = pytest.mark.usefixtures("db")

PLAIN = "العمل_التطوعي"
SHADDA = "العمل_التطوّعي"
ALIF_MAQSURA = "العمل_التطوعى"


def uses() -> dict[str, int]:
    return dict(HashtagSpelling.objects.values_list("spelling", "uses"))


# Spellings


def test_every_spelling_is_one_tag_whose_spellings_are_counted() -> None:
    yazeed = make_account("yazeed")
    make_post(yazeed, f"#{PLAIN}")
    make_post(yazeed, f"#{SHADDA} و #{SHADDA} مرة ثانية في المنشور نفسه")
    make_post(yazeed, f"#{SHADDA} #{ALIF_MAQSURA}")

    (hashtag,) = Hashtag.objects.all()
    assert hashtag.name == PLAIN  # the first spelling seen
    assert uses() == {PLAIN: 1, SHADDA: 2, ALIF_MAQSURA: 1}
    assert hashtag.most_used_spelling() == SHADDA
    assert hashtag.posts.count() == 3


def test_on_a_tie_the_first_spelling_is_the_most_used() -> None:
    yazeed = make_account("yazeed")
    make_post(yazeed, f"#{SHADDA}")
    make_post(yazeed, f"#{PLAIN}")

    assert Hashtag.objects.get().most_used_spelling() == SHADDA


def test_editing_a_post_moves_its_use_to_the_new_spelling() -> None:
    post = make_post(make_account("yazeed"), f"#{PLAIN} و #جيتكس_2012")

    post_edit(post=post, text=f"#{SHADDA} و #جيتكس_2012")

    assert uses() == {PLAIN: 0, SHADDA: 1, "جيتكس_2012": 1}
    assert Hashtag.objects.get(key=hashtag_named(PLAIN).key).most_used_spelling() == SHADDA  # type: ignore[union-attr]


def test_deleting_a_post_takes_back_its_uses() -> None:
    yazeed = make_account("yazeed")
    make_post(yazeed, f"#{PLAIN}")
    post = make_post(yazeed, f"#{SHADDA} #{SHADDA}")
    boost = make_post(make_account("mazen"), "منشور")

    post_delete(post=post)
    post_delete(post=boost)

    assert uses() == {PLAIN: 1, SHADDA: 0}
    assert Hashtag.objects.get().most_used_spelling() == PLAIN


def test_a_tag_whose_posts_are_all_gone_keeps_its_first_spelling() -> None:
    post = make_post(make_account("yazeed"), f"#{SHADDA}")
    post_delete(post=post)

    assert Hashtag.objects.get().most_used_spelling() == SHADDA


def test_the_migration_counts_the_spellings_of_earlier_posts() -> None:
    yazeed = make_account("yazeed")
    make_post(yazeed, f"#{PLAIN}")
    make_post(yazeed, f"#{SHADDA} #{SHADDA}")
    make_post(yazeed, f"#{SHADDA} بلا #")
    expected = uses()
    HashtagSpelling.objects.all().delete()
    migration = importlib.import_module(
        "hudhud.posts.migrations.0002_hashtag_spellings_and_follows"
    )

    with connection.schema_editor() as editor:
        migration.count_spellings(apps, editor)

    assert uses() == expected == {PLAIN: 1, SHADDA: 2}


# Follows


def test_following_any_spelling_follows_the_one_tag_once() -> None:
    yazeed = make_account("yazeed")
    make_post(yazeed, f"#{PLAIN}")

    followed = hashtag_follow(account=yazeed, name=SHADDA)
    again = hashtag_follow(account=yazeed, name=ALIF_MAQSURA)

    assert followed == again == Hashtag.objects.get()
    assert HashtagFollow.objects.count() == 1
    assert followed_hashtags(yazeed) == [followed]


def test_following_a_tag_nobody_used_makes_it() -> None:
    yazeed = make_account("yazeed")

    followed = hashtag_follow(account=yazeed, name="رؤية_2030")

    assert (followed.name, followed.posts.count()) == ("رؤية_2030", 0)
    assert hashtag_named("رؤيه_٢٠٣٠") == followed


@pytest.mark.parametrize("name", ["", "two words", "وسم#آخر", "2012", "#وسم", "x" * 101])
def test_what_is_not_a_hashtag_cannot_be_followed(name: str) -> None:
    with pytest.raises(ValidationError) as error:
        hashtag_follow(account=make_account("yazeed"), name=name)

    assert error.value.code == "hashtag"
    assert not HashtagFollow.objects.exists()


def test_unfollowing_by_any_spelling() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    hashtag_follow(account=yazeed, name=PLAIN)
    hashtag_follow(account=mazen, name=PLAIN)
    hashtag_follow(account=yazeed, name="جيتكس_2012")

    hashtag_unfollow(account=yazeed, name=SHADDA)
    hashtag_unfollow(account=yazeed, name="لم_يتابعه_أحد")

    assert [tag.name for tag in followed_hashtags(yazeed)] == ["جيتكس_2012"]
    assert [tag.name for tag in followed_hashtags(mazen)] == [PLAIN]


# A tag's page


def test_summary_counts_public_posts_of_accounts_in_good_standing() -> None:
    yazeed, mazen, sami = make_account("yazeed"), make_account("mazen"), make_account("sami")
    make_post(yazeed, f"#{PLAIN}")
    make_post(yazeed, f"#{SHADDA}")
    make_post(mazen, f"#{SHADDA}")
    make_post(sami, f"#{SHADDA}")
    for visibility in (Visibility.UNLISTED, Visibility.FOLLOWERS, Visibility.DIRECT):
        make_post(yazeed, f"#{SHADDA}", visibility=visibility)
    account_suspend(account=sami)
    hashtag_follow(account=mazen, name=PLAIN)

    assert hashtag_summary(None, PLAIN) == hashtag_summary(yazeed, ALIF_MAQSURA)
    summary = hashtag_summary(mazen, PLAIN)
    assert (summary.title, summary.posts_count, summary.following) == (SHADDA, 3, True)
    assert not hashtag_summary(yazeed, PLAIN).following
    assert Post.objects.filter(hashtags__key=hashtag_named(PLAIN).key).count() == 7  # type: ignore[union-attr]


def test_summary_of_a_tag_nobody_used() -> None:
    summary = hashtag_summary(make_account("yazeed"), "جديد_تماماً")

    assert (summary.title, summary.posts_count, summary.following) == ("جديد_تماماً", 0, False)
