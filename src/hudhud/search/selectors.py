"""Search posts, people and hashtags, showing nobody what they may not see.

A post has every word of the query, as the analyser has it (its stem, in every spelling).
People and hashtags are searched as-you-type: the last word also finds the words it
starts. Posts are not: on the labelled queries (tests/data/search_queries.json), prefixes
found 1 more of 99 relevant posts but 4 more of 87 irrelevant ones (عاد* found عادل,
event* eventually), as the stemmer already joins a word's endings.

Posts are ranked by relevance and recency together: the engine returns the newest matches
(at most TOP_CANDIDATES that the viewer may see), each with its relevance (bm25 on SQLite,
ts_rank on PostgreSQL), and they are ordered by

    score = relevance / (1 + age_in_days / RECENCY_DAYS)

so a post RECENCY_DAYS old needs twice the relevance of a fresh one to rank beside it.
Reading only the newest matches keeps a search fast at any size of the index, and on a
microblog the newest of many matches are the ones worth reading. `order="recent"` gives
the matches newest first instead, paged by max_id as timelines are.
"""

import math
import time
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlsplit

import regex
from django.conf import settings
from django.db.models import Q, QuerySet, Sum

from hudhud.accounts.models import Account, Block, Follow, Mute
from hudhud.arabic import hashtag_key
from hudhud.ids import EPOCH_MS
from hudhud.paging import MAX_LIMIT, Page
from hudhud.posts.models import Hashtag, HashtagSpelling, Mention, Post, Visibility
from hudhud.posts.selectors import posts_for_display
from hudhud.search.backends import Match, backend
from hudhud.search.query import SearchQuery, clean_query, parse_query
from hudhud.timelines.selectors import _without_unwanted

#: The most matches ranked by relevance: the newest this many that the viewer may see (ten
#: pages; checking what the viewer may see costs most of a search: 400 took 40% longer).
TOP_CANDIDATES = 200
#: How many matches are read from the engine at a time while filling a page.
BATCH = 250
#: The most matches read for one page, however few of them the viewer may see.
MAX_SCANNED = 5000
#: How many days halve the score of a post (see the module's docstring).
RECENCY_DAYS = 7.0
#: The most accounts ranked, and the most hashtags, for one query.
ACCOUNT_CANDIDATES = 200
HASHTAG_CANDIDATES = 200

Order = Literal["top", "recent"]
_ID_SHIFT = 22  # see hudhud.ids: milliseconds since EPOCH_MS, then a 22-bit sequence
_TAG_WORD = regex.compile(r"[\p{L}\p{M}\p{Nd}_\u200c\u200d]+")  # as in hudhud.arabic.entities


@dataclass(frozen=True)
class SearchResults:
    """What `GET /api/v2/search` answers, before it is serialised."""

    accounts: list[Account] = field(default_factory=list)
    statuses: list[Post] = field(default_factory=list)
    hashtags: list[Hashtag] = field(default_factory=list)


def _limit(limit: int) -> int:
    return max(1, min(limit, MAX_LIMIT))


def searchable_posts(viewer: Account | None) -> QuerySet[Post]:
    """Return the posts search may show `viewer`: the ones they may read, less boosts,
    less the posts of accounts they muted or blocked, less strangers' unlisted posts
    (unlisted means "kept out of discovery", as on Mastodon)."""
    posts = Post.objects.visible_to(viewer).filter(boost_of__isnull=True)
    if viewer is None:
        return posts.filter(visibility=Visibility.PUBLIC)
    followed = Follow.objects.filter(follower=viewer, accepted=True).values("target")
    mentioned = Mention.objects.filter(account=viewer).values("post")
    posts = posts.filter(
        Q(visibility=Visibility.PUBLIC)
        | Q(author=viewer)
        | Q(author__in=followed)
        | Q(pk__in=mentioned)
    )
    return _without_unwanted(posts, viewer)


def _created_ms(post_id: int) -> int:
    return (post_id >> _ID_SHIFT) + EPOCH_MS


def _score(match: Match, now_ms: float) -> float:
    age_days = max(0.0, now_ms - _created_ms(match.id)) / 86_400_000
    return match.relevance / (1 + age_days / RECENCY_DAYS)


def _visible_matches(
    query: SearchQuery,
    posts: QuerySet[Post],
    *,
    wanted: int,
    batch: int,
    before_id: int | None,
    after_id: int | None,
) -> list[Match]:
    """Return up to `wanted` of the newest matches among `posts`, newest first."""
    engine = backend()
    found: list[Match] = []
    scanned = 0
    while len(found) < wanted and scanned < MAX_SCANNED:
        matches = engine.match_posts(query, limit=batch, before_id=before_id, after_id=after_id)
        if not matches:
            break
        scanned += len(matches)
        allowed = set(
            posts.filter(pk__in=[match.id for match in matches]).values_list("pk", flat=True)
        )
        found.extend(match for match in matches if match.id in allowed)
        if len(matches) < batch:
            break
        before_id = matches[-1].id
    return found[:wanted]


def search_posts(
    viewer: Account | None,
    q: str,
    page: Page = Page(),  # noqa: B008 - a frozen dataclass
    *,
    offset: int = 0,
    order: Order = "top",
    author: Account | None = None,
) -> list[Post]:
    """Return the posts with every word of `q` that `viewer` may see, ready for display.

    "top": best first, by relevance and recency, paged by `offset`; "recent": newest
    first, paged by `page.max_id`. Either keeps to IDs below `page.max_id` and above
    `page.since_id` / `page.min_id`. Raise ValidationError for a query too long to search.
    """
    query = parse_query(q)
    if not query:
        return []
    limit = _limit(page.limit)
    posts = searchable_posts(viewer)
    if author is not None:
        posts = posts.filter(author=author)
    after_id = page.min_id if page.min_id is not None else page.since_id
    if order == "recent":
        matches = _visible_matches(
            query,
            posts,
            wanted=limit,
            batch=max(2 * limit, 50),
            before_id=page.max_id,
            after_id=after_id,
        )
        return posts_for_display([match.id for match in matches])
    offset = max(0, offset)
    if offset >= TOP_CANDIDATES:
        return []
    matches = _visible_matches(
        query,
        posts,
        wanted=TOP_CANDIDATES,
        batch=BATCH,
        before_id=page.max_id,
        after_id=after_id,
    )
    now_ms = time.time() * 1000
    matches.sort(key=lambda match: (_score(match, now_ms), match.id), reverse=True)
    return posts_for_display([match.id for match in matches[offset : offset + limit]])


def _handle(text: str) -> tuple[str, str]:
    """Return the username and domain `text` names when it is written as a handle."""
    username, _at, domain = clean_query(text).lstrip("@").partition("@")
    return username.casefold(), domain.casefold()


def search_accounts(
    viewer: Account | None,
    q: str,
    *,
    limit: int = 20,
    offset: int = 0,
    following: bool = False,
) -> list[Account]:
    """Return the accounts whose username, display name, specialty or bio has every word
    of `q` (the last as the start of a word, as-you-type), best first: exact handle, then
    relevance (names weigh most, then specialty, then bio) grown by followers.

    Suspended accounts, and accounts the viewer blocked, muted or is blocked by, are left
    out; so are accounts that asked not to be discovered, unless named by their handle.
    """
    query = parse_query(q, prefix=True)
    if not query:
        return []
    matches = backend().match_accounts(query, limit=ACCOUNT_CANDIDATES)
    relevance = {match.id: match.relevance for match in matches}
    username, domain = _handle(q)
    accounts = Account.objects.filter(pk__in=relevance, suspended=False).filter(
        Q(discoverable=True) | Q(username__iexact=username)
    )
    if viewer is not None:
        accounts = (
            accounts.exclude(pk__in=Block.objects.filter(account=viewer).values("target"))
            .exclude(pk__in=Block.objects.filter(target=viewer).values("account"))
            .exclude(pk__in=Mute.objects.filter(account=viewer).values("target"))
        )
        if following:
            accounts = accounts.filter(
                pk__in=Follow.objects.filter(follower=viewer, accepted=True).values("target")
            )
    elif following:
        return []

    def rank(account: Account) -> tuple[bool, float, str]:
        exact = account.username.casefold() == username and (
            not domain or account.domain.casefold() == domain
        )
        grown = relevance[account.pk] * (1 + math.log1p(account.followers_count) / 4)
        return (not exact, -grown, account.username.casefold())

    ranked = sorted(accounts, key=rank)
    offset = max(0, offset)
    return ranked[offset : offset + _limit(limit)]


def accounts_matching(q: str) -> list[int]:
    """Return the IDs of the accounts whose username, display name, specialty or bio has
    every word of `q` (at most ACCOUNT_CANDIDATES, best first), for a caller that filters
    and ranks them its own way."""
    query = parse_query(q, prefix=True)
    if not query:
        return []
    return [match.id for match in backend().match_accounts(query, limit=ACCOUNT_CANDIDATES)]


def hashtag_prefix(q: str) -> str:
    """Return the key that the hashtags `q` could be the start of begin with.

    Words typed apart are joined with `_`, as they would be in a tag: «جيتكس 2012»
    completes to #جيتكس_2012.
    """
    parse_query(q)  # the same refusal of over-long input as every search
    words = _TAG_WORD.findall(clean_query(q))
    return hashtag_key("_".join(words))[:100].strip("_")


def search_hashtags(q: str, *, limit: int = 10, offset: int = 0) -> list[Hashtag]:
    """Return the hashtags that start with `q`, whatever its spelling (as-you-type):
    the tag itself first, then the most used, then the shortest."""
    prefix = hashtag_prefix(q)
    if not prefix:
        return []
    candidates = list(backend().hashtags_with_prefix(prefix).order_by("key")[:HASHTAG_CANDIDATES])
    # The posts services count the uses of every spelling as posts come and go; counting
    # the posts themselves took 80 ms at a million posts.
    uses: dict[int, int] = dict(
        HashtagSpelling.objects.filter(hashtag_id__in=[tag.pk for tag in candidates])
        .values("hashtag_id")
        .annotate(uses=Sum("uses"))
        .values_list("hashtag_id", "uses")
    )
    candidates.sort(key=lambda tag: (tag.key != prefix, -uses.get(tag.pk, 0), len(tag.key)))
    offset = max(0, offset)
    return candidates[offset : offset + _limit(limit)]


def search(
    viewer: Account | None,
    q: str,
    *,
    kind: Literal["accounts", "statuses", "hashtags"] | None = None,
    limit: int = 20,
    offset: int = 0,
    page: Page = Page(),  # noqa: B008 - a frozen dataclass
    following: bool = False,
    author: Account | None = None,
) -> SearchResults:
    """Return the accounts, posts and hashtags for `q` (one kind of them when `kind` is
    set), as Mastodon's `GET /api/v2/search` does. Raise ValidationError for a query too
    long to search; a query with nothing to search for finds nothing."""
    parse_query(q)  # refuse an over-long query whatever kind is asked for
    limit = _limit(limit)
    return SearchResults(
        accounts=(
            search_accounts(viewer, q, limit=limit, offset=offset, following=following)
            if kind in (None, "accounts")
            else []
        ),
        statuses=(
            search_posts(
                viewer,
                q,
                Page(max_id=page.max_id, since_id=page.since_id, min_id=page.min_id, limit=limit),
                offset=offset,
                author=author,
            )
            if kind in (None, "statuses")
            else []
        ),
        hashtags=(
            search_hashtags(q, limit=limit, offset=offset) if kind in (None, "hashtags") else []
        ),
    )


_LOCAL_PROFILE = regex.compile(r"/(?:@|users/)(?P<username>[A-Za-z0-9_.-]+)")
_LOCAL_POST = regex.compile(
    r"/(?:@|users/)(?P<username>[A-Za-z0-9_.-]+)/(?:statuses/)?(?P<id>[0-9]{1,19})"
)


def _named_by_url(text: str) -> tuple[str, int | None]:
    """Return the username and post ID that a URL of this server names, or ("", None)."""
    try:
        url = urlsplit(text)
    except ValueError:
        return "", None
    if url.netloc.casefold() != settings.DOMAIN.casefold():
        return "", None
    path = url.path.rstrip("/")
    post = _LOCAL_POST.fullmatch(path)
    if post is not None and int(post["id"]) < 2**63:
        return post["username"], int(post["id"])
    profile = _LOCAL_PROFILE.fullmatch(path)
    return (profile["username"] if profile is not None else ""), None


def resolve_local(viewer: Account | None, q: str) -> Account | Post | None:
    """Return the account or post of this server that `q` is the address of (the URL of a
    profile or post, or @user@domain of this server), if `viewer` may see it."""
    text = clean_query(q)
    post_id = None
    if text.casefold().startswith(("http://", "https://")):
        username, post_id = _named_by_url(text)
    elif "@" in text.lstrip("@"):
        username, domain = _handle(text)
        username = username if domain == settings.DOMAIN.casefold() else ""
    else:
        username = ""
    if not username:
        return None
    if post_id is not None:
        found = Post.objects.visible_to(viewer).filter(
            pk=post_id,
            author__username__iexact=username,
            author__local=True,
            boost_of__isnull=True,
        )
        posts = posts_for_display(list(found.values_list("pk", flat=True)))
        return posts[0] if posts else None
    return Account.objects.filter(username__iexact=username, local=True, suspended=False).first()
