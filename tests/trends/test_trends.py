"""Tests of hudhud.search.trends: trending hashtags and posts, their decay and their cache."""

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from hudhud.accounts.models import Account
from hudhud.accounts.services import block_create, mute_create
from hudhud.demo.content import SESSION_HASHTAG
from hudhud.demo.loader import demo_load
from hudhud.moderation.services import account_suspend
from hudhud.posts.models import Post, Visibility
from hudhud.posts.services import boost_create, like_create
from hudhud.search.trends import (
    HISTORY_DAYS,
    MAX_HASHTAGS,
    WINDOW,
    trending_hashtags,
    trending_posts,
    trends_forget,
)
from tests.factories import make_account, make_post

pytestmark = pytest.mark.usefixtures("db")

NAMES = ("yazeed", "mazen", "sami", "bassem", "saad", "huda", "noura", "reem")


def people(count: int) -> list[Account]:
    return [make_account(name) for name in NAMES[:count]]


def ago(**delta: float) -> datetime:
    return timezone.now() - timedelta(**delta)


def names() -> list[str]:
    return [tag.name for tag in trending_hashtags()]


# Hashtags


def test_one_account_repeating_a_tag_ranks_below_five_accounts_using_one_once() -> None:
    crowd = people(5)
    spammer = make_account("spammer")
    for n in range(50):
        make_post(spammer, f"اشتروا الآن {n} #عرض_خاص")
    for account in crowd:
        make_post(account, "نلتقي الليلة #جيتكس_2012")

    assert names() == ["جيتكس_2012"]  # one account alone is no trend

    make_post(crowd[0], "وأنا كذلك #عرض_خاص")
    trends_forget()

    found = trending_hashtags()
    assert [tag.name for tag in found] == ["جيتكس_2012", "عرض_خاص"]
    assert [(tag.people, tag.uses) for tag in found] == [(5, 5), (2, 51)]


def test_recent_use_outweighs_older_use_by_more_people() -> None:
    yazeed, mazen, sami, bassem, saad, huda = people(6)
    for account in (yazeed, mazen, sami, bassem):
        make_post(account, "#الأمس", created_at=ago(hours=30))
    for account in (saad, huda):
        make_post(account, "#اليوم")

    assert names() == ["اليوم", "الأمس"]


def test_each_account_counts_its_latest_use() -> None:
    yazeed, mazen, sami, bassem = people(4)
    for account in (yazeed, mazen):
        make_post(account, "#قديم", created_at=ago(hours=40))
        make_post(account, "#قديم", created_at=ago(hours=1))
    for account in (sami, bassem):
        make_post(account, "#وسط", created_at=ago(hours=10))

    assert names() == ["قديم", "وسط"]


def test_uses_older_than_the_window_do_not_count() -> None:
    yazeed, mazen, sami = people(3)
    for account in (yazeed, mazen, sami):
        make_post(account, "#منتهي", created_at=ago(seconds=WINDOW.total_seconds() + 60))

    assert names() == []


def test_only_public_posts_of_accounts_in_good_standing_count() -> None:
    yazeed, mazen, sami, bassem = people(4)
    make_post(yazeed, "#سر", visibility=Visibility.FOLLOWERS)
    make_post(mazen, "#سر", visibility=Visibility.DIRECT)
    make_post(sami, "#سر", visibility=Visibility.UNLISTED)
    make_post(yazeed, "#ظاهر")
    make_post(bassem, "#ظاهر")
    make_post(mazen, "#ظاهر")
    account_suspend(account=bassem)

    (found,) = trending_hashtags()
    assert (found.name, found.people) == ("ظاهر", 2)


def test_a_trend_is_shown_in_its_most_used_spelling() -> None:
    yazeed, mazen, sami = people(3)
    make_post(yazeed, "#العمل_التطوعي")
    make_post(mazen, "#العمل_التطوّعي")
    make_post(sami, "#العمل_التطوّعي")

    (found,) = trending_hashtags()
    assert (found.name, found.people) == ("العمل_التطوّعي", 3)


def test_history_counts_posts_and_accounts_a_day_today_first() -> None:
    yazeed, mazen = people(2)
    make_post(yazeed, "#يومي")
    make_post(yazeed, "#يومي مرة أخرى")
    make_post(mazen, "#يومي")
    make_post(mazen, "#يومي من قبل", created_at=ago(days=3))
    make_post(mazen, "#يومي قبل أسبوع وأكثر", created_at=ago(days=8))

    assert trending_hashtags()[0].history == ()
    (found,) = trending_hashtags(history=True)
    midnight = timezone.now().astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    assert [day.day for day in found.history] == [
        midnight - timedelta(days=n) for n in range(HISTORY_DAYS)
    ]
    assert [(day.uses, day.accounts) for day in found.history] == [
        (3, 2),
        (0, 0),
        (0, 0),
        (1, 1),
        (0, 0),
        (0, 0),
        (0, 0),
    ]


def test_the_list_is_cached_until_forgotten() -> None:
    yazeed, mazen, sami = people(3)
    for account in (yazeed, mazen):
        make_post(account, "#أول")
    assert names() == ["أول"]

    for account in (yazeed, mazen, sami):
        make_post(account, "#ثان")
    assert names() == ["أول"]

    trends_forget()
    assert names() == ["ثان", "أول"]


def test_limit_and_size() -> None:
    yazeed, mazen = people(2)
    for n in range(MAX_HASHTAGS + 2):
        make_post(yazeed, f"#وسم{n}")
        make_post(mazen, f"#وسم{n}")

    assert len(trending_hashtags()) == 10
    assert len(trending_hashtags(limit=3)) == 3
    assert len(trending_hashtags(limit=100)) == MAX_HASHTAGS


def test_the_demos_session_hashtag_trends_first() -> None:
    demo_load()

    found = trending_hashtags()
    assert found[0].name == SESSION_HASHTAG
    assert len(found) >= 5


# Posts


def engage(post: Post, likers: Sequence[Account], boosters: Sequence[Account] = ()) -> None:
    for account in likers:
        like_create(account=account, post=post)
    for account in boosters:
        boost_create(account=account, post=post)


def test_posts_rank_by_distinct_accounts_that_liked_or_boosted() -> None:
    yazeed, mazen, sami, bassem, saad = people(5)
    liked_by_three = make_post(yazeed, "أعجب ثلاثة")
    liked_and_boosted_by_two = make_post(mazen, "أعجب اثنين وأعادا النشر")
    liked_by_one = make_post(sami, "أعجب واحداً")
    engage(liked_by_three, [mazen, sami, bassem])
    engage(liked_and_boosted_by_two, [yazeed, sami], [yazeed, sami])
    engage(liked_by_one, [saad])

    assert trending_posts(None) == [liked_by_three, liked_and_boosted_by_two]


def test_the_authors_own_like_and_boost_do_not_count() -> None:
    yazeed, mazen = people(2)
    post = make_post(yazeed, "أحببت منشوري")
    engage(post, [yazeed, mazen], [yazeed])

    assert trending_posts(None) == []


def test_newer_posts_rank_above_older_ones_with_the_same_people() -> None:
    yazeed, mazen, sami = people(3)
    older = make_post(yazeed, "قديم", created_at=ago(hours=20))
    newer = make_post(yazeed, "جديد")
    engage(older, [mazen, sami])
    engage(newer, [mazen, sami])

    assert trending_posts(None) == [newer, older]


def test_private_sensitive_replies_and_old_posts_do_not_trend() -> None:
    yazeed, mazen, sami = people(3)
    public = make_post(yazeed, "عام")
    posts = [
        public,
        make_post(yazeed, "غير مدرج", visibility=Visibility.UNLISTED),
        make_post(yazeed, "تحذير", spoiler_text="حرق للأحداث"),
        make_post(yazeed, "رد", reply_to=make_post(mazen, "سؤال")),
        make_post(yazeed, "قديم جداً", created_at=ago(seconds=WINDOW.total_seconds() + 60)),
    ]
    for post in posts:
        engage(post, [mazen, sami])

    assert trending_posts(None) == [public]


def test_posts_the_viewer_shut_out_are_left_out() -> None:
    yazeed, mazen, sami, bassem, saad = people(5)
    posts = {}
    for author in (yazeed, mazen, sami):
        posts[author.username] = make_post(author, f"منشور {author.username}")
        engage(posts[author.username], [bassem, saad])
    mute_create(account=saad, target=yazeed)
    block_create(account=saad, target=mazen)
    block_create(account=sami, target=bassem)

    assert set(trending_posts(None)) == set(posts.values())
    assert trending_posts(saad) == [posts["sami"]]
    assert set(trending_posts(bassem)) == {posts["yazeed"], posts["mazen"]}


def test_a_suspended_authors_posts_leave_the_cached_list_at_once() -> None:
    yazeed, mazen, sami = people(3)
    post = make_post(yazeed, "سيعلق صاحبه")
    engage(post, [mazen, sami])
    assert trending_posts(None) == [post]

    account_suspend(account=yazeed)

    assert trending_posts(None) == []


def test_likes_of_suspended_accounts_do_not_count() -> None:
    yazeed, mazen, sami = people(3)
    post = make_post(yazeed, "إعجاب من حساب معلق")
    engage(post, [mazen, sami])
    account_suspend(account=sami)

    assert trending_posts(None) == []
