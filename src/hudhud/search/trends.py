"""Trending hashtags and posts: how many people took part lately, fading with age.

A hashtag's score is the sum, over the distinct accounts that used it in a public post
within `WINDOW`, of 2^(-age / TAG_HALF_LIFE), the age being that of the account's latest
such post: each account counts once, so one account repeating a tag fifty times weighs what
it weighs once, and yesterday's crowd weighs less than this hour's. A post's score is the
number of distinct accounts (not its author) that liked or boosted it, times
2^(-age / POST_HALF_LIFE). Fewer than `MIN_ACCOUNTS` people never make a trend. Ages and
days are read from the posts' IDs, which are time-ordered: no date is parsed or scanned.

Both lists are computed for everyone at once and kept in the cache for `CACHE_SECONDS`:
the sidebar of every page shows the hashtags. What one viewer may not see (blocked, muted)
is taken out of the posts after the cache.
"""

import hashlib
import math
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from django.core.cache import cache
from django.db import connection
from django.db.models import BigIntegerField, Count, ExpressionWrapper, F, Max, Q, Value
from django.utils import timezone

from hudhud.accounts.models import Account, Block, Mute
from hudhud.ids import first_id_at
from hudhud.posts.models import Hashtag, HashtagSpelling, Like, Post, Visibility
from hudhud.posts.selectors import posts_for_display

#: Only posts of this last stretch of time count.
WINDOW = timedelta(hours=48)
#: A use of a hashtag this old counts half as much as one made now.
TAG_HALF_LIFE = timedelta(hours=12)
#: A post this old needs twice the people liking or boosting it to rank where a new one does.
POST_HALF_LIFE = timedelta(hours=6)
#: The fewest distinct accounts that make a trend.
MIN_ACCOUNTS = 2
#: How long a computed list is served before it is computed again.
CACHE_SECONDS = 60
#: How many of each are computed and cached; callers ask for fewer.
MAX_HASHTAGS = 20
MAX_POSTS = 40
#: The posts whose exact score is computed: the best by their like and boost counters.
POST_CANDIDATES = 200
#: Days of a trending hashtag's history (Mastodon's Tag entity has 7).
HISTORY_DAYS = 7

_Row = tuple[int, float]  # (an ID, its score)
_HISTORY_COLUMNS = ("hashtags", "day", "uses", "accounts")


@dataclass(frozen=True)
class DayUse:
    """A day's use of a hashtag: Mastodon's tag history entry."""

    day: datetime  # midnight UTC that starts the day
    uses: int  # public posts with the hashtag
    accounts: int  # distinct accounts that wrote them


@dataclass(frozen=True)
class TrendingHashtag:
    hashtag_id: int
    name: str  # the spelling most posts use
    score: float
    people: int  # distinct accounts that used it within the window
    uses: int  # public posts with it within the window
    # The last HISTORY_DAYS days, today first, as on Mastodon; only when asked for.
    history: tuple[DayUse, ...] = ()


def _cache_key(what: str) -> str:
    # The database's name keeps the trends of the test database and of a running server
    # apart when they share one Redis.
    database = hashlib.blake2b(
        str(connection.settings_dict["NAME"]).encode(), digest_size=6
    ).hexdigest()
    return f"hudhud:trends:v1:{database}:{what}"


def trends_forget() -> None:
    """Drop the cached trends, so that the next call computes them again."""
    cache.delete_many([_cache_key(what) for what in ("hashtags", "history", "posts")])


def _ids_in(span: timedelta, now: datetime) -> int:
    """Return how far apart the IDs of two moments `span` apart are (IDs are time-ordered)."""
    return first_id_at(now) - first_id_at(now - span)


def _decay(age_in_ids: int, half_life_in_ids: int) -> float:
    return math.pow(2.0, -max(age_in_ids, 0) / half_life_in_ids)


def _public(prefix: str = "") -> Q:
    """Return the condition of a public post of an account that is not suspended."""
    return Q(**{f"{prefix}visibility": Visibility.PUBLIC, f"{prefix}author__suspended": False})


def _history(hashtag_ids: list[int], now: datetime) -> dict[int, tuple[DayUse, ...]]:
    """Return the uses and accounts of each hashtag on each of the last HISTORY_DAYS days."""
    today = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    days = [today - timedelta(days=n) for n in range(HISTORY_DAYS)]
    oldest = first_id_at(days[-1])
    # IDs are time-ordered, so the day of a post is a division of its ID. Every hashtag of the
    # week is counted: asking for a few by ID would make the databases read their whole past.
    # The range is on the posts' IDs: PostgreSQL scanned every post when it was on the tags'.
    day = ExpressionWrapper(
        (F("id") - Value(oldest)) / Value(_ids_in(timedelta(days=1), today)),
        output_field=BigIntegerField(),
    )
    rows = (
        Post.objects.filter(_public(), id__gte=oldest, hashtags__isnull=False)
        .values("hashtags", day=day)
        .annotate(uses=Count("id"), accounts=Count("author_id", distinct=True))
        # Named through a tuple: django-stubs does not see annotations made in values().
        .values_list(*_HISTORY_COLUMNS)
    )
    wanted = set(hashtag_ids)
    counts: dict[tuple[int, int], tuple[int, int]] = {}
    for hashtag_id, n, uses, accounts in rows:
        if hashtag_id in wanted:
            counts[hashtag_id, n] = (uses, accounts)
    return {
        hashtag_id: tuple(
            DayUse(day=day, uses=uses, accounts=accounts)
            for n, day in enumerate(days)
            for uses, accounts in [counts.get((hashtag_id, HISTORY_DAYS - 1 - n), (0, 0))]
        )
        for hashtag_id in hashtag_ids
    }


def _most_used_spellings(hashtag_ids: list[int]) -> dict[int, str]:
    names = dict(Hashtag.objects.filter(pk__in=hashtag_ids).values_list("pk", "name"))
    best: dict[int, tuple[int, int]] = {}
    rows = HashtagSpelling.objects.filter(hashtag_id__in=hashtag_ids, uses__gt=0)
    for pk, hashtag_id, spelling, uses in rows.values_list("pk", "hashtag_id", "spelling", "uses"):
        # The most uses wins; on a tie, the spelling seen first.
        if hashtag_id not in best or (-uses, pk) < best[hashtag_id]:
            best[hashtag_id] = (-uses, pk)
            names[hashtag_id] = spelling
    return names


def _compute_hashtags() -> list[TrendingHashtag]:
    now = timezone.now()
    now_id, half_life = first_id_at(now), _ids_in(TAG_HALF_LIFE, now)
    # Each (hashtag, account) pair once, with the account's latest use of it. Boosts have no
    # hashtags of their own.
    rows = (
        Post.hashtags.through.objects.filter(
            _public("post__"), post_id__gte=first_id_at(now - WINDOW)
        )
        .values_list("hashtag_id", "post__author_id")
        .annotate(latest=Max("post_id"), uses=Count("post_id"))
    )
    scores: dict[int, float] = defaultdict(float)
    people: dict[int, int] = defaultdict(int)
    uses: dict[int, int] = defaultdict(int)
    for hashtag_id, _author_id, latest, count in rows:
        scores[hashtag_id] += _decay(now_id - latest, half_life)
        people[hashtag_id] += 1
        uses[hashtag_id] += count
    ranked = sorted(
        (pk for pk in scores if people[pk] >= MIN_ACCOUNTS),
        key=lambda pk: (-scores[pk], -people[pk], pk),
    )[:MAX_HASHTAGS]
    names = _most_used_spellings(ranked) if ranked else {}
    return [
        TrendingHashtag(
            hashtag_id=pk, name=names[pk], score=scores[pk], people=people[pk], uses=uses[pk]
        )
        for pk in ranked
    ]


def _compute_hashtags_with_history() -> list[TrendingHashtag]:
    found = trending_hashtags(MAX_HASHTAGS)
    history = _history([tag.hashtag_id for tag in found], timezone.now())
    return [replace(tag, history=history[tag.hashtag_id]) for tag in found]


def _compute_posts() -> list[_Row]:
    now = timezone.now()
    now_id, half_life = first_id_at(now), _ids_in(POST_HALF_LIFE, now)
    # As on Mastodon: replies to others and posts behind a warning do not trend.
    candidates = (
        Post.objects.filter(
            _public(),
            Q(in_reply_to__isnull=True) | Q(in_reply_to_account=F("author")),
            id__gte=first_id_at(now - WINDOW),
            boost_of__isnull=True,
            sensitive=False,
            author__discoverable=True,
        )
        .annotate(engagement=F("likes_count") + F("boosts_count"))
        .filter(engagement__gte=MIN_ACCOUNTS)
        .values_list("pk", "engagement")
    )
    estimate = {pk: engagement * _decay(now_id - pk, half_life) for pk, engagement in candidates}
    # The counters also count the author's own like or boost and suspended accounts: they
    # only choose which posts are counted exactly.
    best = sorted(estimate, key=lambda pk: -estimate[pk])[:POST_CANDIDATES]
    engaged: dict[int, set[int]] = defaultdict(set)
    likes = Like.objects.filter(post_id__in=best, account__suspended=False).exclude(
        account_id=F("post__author_id")
    )
    for post_id, account_id in likes.values_list("post_id", "account_id"):
        engaged[post_id].add(account_id)
    boosts = Post.objects.filter(boost_of_id__in=best, author__suspended=False).exclude(
        author_id=F("boost_of__author_id")
    )
    for post_id, account_id in boosts.values_list("boost_of_id", "author_id"):
        engaged[post_id].add(account_id)
    scores = {
        pk: len(accounts) * _decay(now_id - pk, half_life)
        for pk, accounts in engaged.items()
        if len(accounts) >= MIN_ACCOUNTS
    }
    return sorted(scores.items(), key=lambda row: (-row[1], -row[0]))[:MAX_POSTS]


def trending_hashtags(limit: int = 10, *, history: bool = False) -> list[TrendingHashtag]:
    """Return the hashtags the most people used in public posts lately, the best first,
    with their use day by day when `history` (the sidebar of every page does without)."""
    if history:
        found = cache.get_or_set(
            _cache_key("history"), _compute_hashtags_with_history, CACHE_SECONDS
        )
    else:
        found = cache.get_or_set(_cache_key("hashtags"), _compute_hashtags, CACHE_SECONDS)
    return list(found or [])[:limit]


def trending_posts(viewer: Account | None, limit: int = 20) -> list[Post]:
    """Return the public posts the most people liked or boosted lately, the best first,
    leaving out those `viewer` may not see or does not want to."""
    ranked = cache.get_or_set(_cache_key("posts"), _compute_posts, CACHE_SECONDS)
    ids: list[int] = [pk for pk, _score in ranked or []]
    # Checked again: an author may have been suspended since the list was cached.
    shown = Post.objects.visible_to(viewer).filter(pk__in=ids)
    if viewer is not None:
        shown = (
            shown.exclude(author__in=Mute.objects.filter(account=viewer).values("target"))
            .exclude(author__in=Block.objects.filter(account=viewer).values("target"))
            .exclude(author__in=Block.objects.filter(target=viewer).values("account"))
        )
    allowed = set(shown.values_list("pk", flat=True))
    return posts_for_display([pk for pk in ids if pk in allowed][:limit])


def hashtags_history(hashtag_ids: list[int]) -> dict[int, tuple[DayUse, ...]]:
    """Return the use of each of `hashtag_ids` on each of the last HISTORY_DAYS days, today
    first, whether it trends or not."""
    return _history(hashtag_ids, timezone.now()) if hashtag_ids else {}
