"""Load a corpus into the configured database: fast, but row for row what the services write.

Accounts go through `account_create`. Loading 100,000 posts through `post_create` and its
fan-out one by one would take many minutes (the run prints the estimate from its own
timings), so follows, posts, hashtags, mentions, notifications and home timeline entries
are written in bulk, computed the way the services compute them: IDs from `id_at`, content
from `render_text`, tags and mentions from `extract_entities`, follow and mention
notifications, and the home timeline entries of every post in one INSERT … SELECT with the
rule of `_home_recipients`. `verify` compares sampled posts with the services' own helpers.
"""

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.db import DatabaseError, connection, transaction
from django.db.models import ForeignKey

from bench.corpus import Corpus
from hudhud.accounts.models import Account, Follow
from hudhud.accounts.services import account_create
from hudhud.arabic import extract_entities, hashtag_key
from hudhud.ids import id_at
from hudhud.notifications.models import Notification, NotificationKind
from hudhud.posts import services as post_services
from hudhud.posts.models import Hashtag, Mention, Post
from hudhud.posts.rendering import render_text
from hudhud.timelines.models import TimelineEntry
from hudhud.timelines.services import _home_recipients

PASSWORD = "bench-password-2012"  # noqa: S105 - a throwaway database
BATCH = 5000
#: How many posts `verify` compares with the services.
VERIFY_SAMPLE = 60


@dataclass
class Loaded:
    """What the load made: database IDs by corpus index, and how long each step took."""

    account_ids: list[int]
    post_ids: list[int]
    seconds: dict[str, float] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)


def load(corpus: Corpus, *, end: datetime, say: Callable[[str], None] = print) -> Loaded:
    """Write `corpus` into the empty database; its last post is a little before `end`."""
    loaded = Loaded(account_ids=[], post_ids=[])
    start = end - timedelta(days=corpus.days)

    def step(name: str, action: Callable[[], None]) -> None:
        began = time.perf_counter()
        action()
        loaded.seconds[name] = time.perf_counter() - began
        say(f"  {name}: {loaded.seconds[name]:.1f} s")

    step("accounts (account_create)", lambda: _accounts(corpus, loaded, start))
    with transaction.atomic():
        unchecked = _skip_foreign_key_checks()
        step("follows", lambda: _follows(corpus, loaded, start))
        step("posts, tags, mentions", lambda: _posts(corpus, loaded, end))
        step("home timeline entries", lambda: _timeline_entries(loaded))
        step("counters", lambda: _counters(corpus, loaded))
        began = time.perf_counter()
    loaded.seconds["commit"] = time.perf_counter() - began
    say(f"  commit: {loaded.seconds['commit']:.1f} s")
    if unchecked:
        step("foreign keys checked", _check_foreign_keys)
    step("vacuum / analyze / checkpoint", _settle)
    return loaded


def _skip_foreign_key_checks() -> bool:
    """On PostgreSQL, skip the deferred foreign key triggers of this transaction.

    Django's foreign keys are DEFERRABLE INITIALLY DEFERRED: committing millions of bulk rows
    queues one trigger per key per row, which took longer than the whole load. The rows are
    the same either way; `_check_foreign_keys` checks them all afterwards in a few joins.
    """
    if connection.vendor != "postgresql":
        return False
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL session_replication_role = replica")
    except DatabaseError:  # not a superuser: keep the triggers and pay at commit
        return False
    return True


def _check_foreign_keys() -> None:
    """Raise if a bulk-written row's foreign key points at no row."""
    written = (Follow, Post, Post.hashtags.through, Mention, Notification, TimelineEntry)
    with connection.cursor() as cursor:
        for model in written:
            table = model._meta.db_table
            for key in model._meta.concrete_fields:
                if not isinstance(key, ForeignKey):
                    continue
                target = key.related_model._meta
                column, pk = key.column, target.pk.column
                cursor.execute(
                    f"SELECT count(*) FROM {table} x LEFT JOIN {target.db_table} t "  # noqa: S608
                    f"ON t.{pk} = x.{column} WHERE x.{column} IS NOT NULL AND t.{pk} IS NULL"
                )
                missing = cursor.fetchone()[0]
                if missing:
                    raise RuntimeError(f"{missing} rows of {table}.{column} point at no row")


def _accounts(corpus: Corpus, loaded: Loaded, start: datetime) -> None:
    accounts = []
    for person in corpus.people:
        account = account_create(
            username=person.username,
            email=f"{person.username}@bench.invalid",
            password=PASSWORD,
            display_name=person.display_name,
            kind=person.kind,
        )
        account.bio = person.bio
        account.bio_html = render_text(person.bio)
        account.created_at = start - timedelta(days=30)
        accounts.append(account)
    Account.objects.bulk_update(accounts, ["bio", "bio_html", "created_at"], batch_size=BATCH)
    loaded.account_ids = [account.pk for account in accounts]
    # The reader signs in to the real server, whose settings hash with argon2 only.
    reader = accounts[corpus.reader].user
    assert reader is not None
    reader.password = make_password(PASSWORD, hasher="argon2")
    reader.save(update_fields=["password"])
    loaded.rows["accounts"] = len(accounts)


def _follows(corpus: Corpus, loaded: Loaded, start: datetime) -> None:
    ids = loaded.account_ids
    follows, notifications = [], []
    count = len(corpus.follows)
    for number, (follower, target) in enumerate(corpus.follows):
        at = start - timedelta(seconds=count - number)
        follows.append(Follow(follower_id=ids[follower], target_id=ids[target], created_at=at))
        notifications.append(
            Notification(
                id=id_at(at),
                recipient_id=ids[target],
                actor_id=ids[follower],
                kind=NotificationKind.FOLLOW,
                created_at=at,
            )
        )
    Follow.objects.bulk_create(follows, batch_size=BATCH)
    Notification.objects.bulk_create(notifications, batch_size=BATCH)
    loaded.rows["follows"] = len(follows)
    loaded.rows["notifications"] = len(notifications)


def _mentioned(text: str, by_username: dict[str, int]) -> list[int]:
    """Return the corpus indexes `text` mentions, as `_mentioned_accounts` finds them."""
    found: list[int] = []
    for entity in extract_entities(text):
        if entity.kind != "mention" or entity.domain.lower() not in ("", settings.DOMAIN.lower()):
            continue
        index = by_username.get(entity.username.lower())
        if index is not None and index not in found:
            found.append(index)
    return found


def _posts(corpus: Corpus, loaded: Loaded, end: datetime) -> None:
    people, ids, base = corpus.people, loaded.account_ids, settings.BASE_URL
    by_username = {person.username.lower(): i for i, person in enumerate(people)}
    replies = [0] * len(corpus.posts)
    for post in corpus.posts:
        if post.reply_to is not None:
            replies[post.reply_to] += 1
    tags: dict[str, str] = {}  # key -> the first spelling seen, as get_or_create keeps it
    post_tags: list[tuple[int, str]] = []
    mentions: list[tuple[int, int]] = []
    notifications: list[Notification] = []
    taken: set[int] = set()
    rows: list[Post] = []
    for index, post in enumerate(corpus.posts):
        at = end - timedelta(seconds=post.age)
        post_id = id_at(at)
        while post_id in taken:  # two posts in one millisecond: a fresh sequence part
            post_id = id_at(at)
        taken.add(post_id)
        loaded.post_ids.append(post_id)
        author = people[post.author]
        mentioned = _mentioned(post.text, by_username)
        urls: dict[str, str] = {}
        for i in mentioned:
            username = people[i].username
            urls[username.lower()] = f"{base}/@{username}"
            urls[f"{username}@{settings.DOMAIN}".lower()] = f"{base}/@{username}"
        keys: set[str] = set()
        for entity in extract_entities(post.text):
            if entity.kind == "hashtag" and (key := hashtag_key(entity.value)) not in keys:
                keys.add(key)
                tags.setdefault(key, entity.value)
                post_tags.append((post_id, key))
        for i in mentioned:
            mentions.append((post_id, ids[i]))
            if i != post.author:
                notifications.append(
                    Notification(
                        id=id_at(at),
                        recipient_id=ids[i],
                        actor_id=ids[post.author],
                        kind=NotificationKind.MENTION,
                        post_id=post_id,
                        created_at=at,
                    )
                )
        parent = corpus.posts[post.reply_to] if post.reply_to is not None else None
        rows.append(
            Post(
                id=post_id,
                author_id=ids[post.author],
                uri=f"{base}/users/{author.username}/statuses/{post_id}",
                url=f"{base}/@{author.username}/{post_id}",
                text=post.text,
                content=render_text(post.text, mention_urls=urls),
                language="ar",
                visibility=post.visibility,
                in_reply_to_id=None if post.reply_to is None else loaded.post_ids[post.reply_to],
                in_reply_to_account_id=None if parent is None else ids[parent.author],
                created_at=at,
                replies_count=replies[index],
            )
        )
    Post.objects.bulk_create(rows, batch_size=BATCH)
    Hashtag.objects.bulk_create([Hashtag(key=key, name=name) for key, name in tags.items()])
    tag_ids = dict(Hashtag.objects.values_list("key", "pk"))
    through = Post.hashtags.through
    through.objects.bulk_create(
        [through(post_id=post_id, hashtag_id=tag_ids[key]) for post_id, key in post_tags],
        batch_size=BATCH,
    )
    Mention.objects.bulk_create(
        [Mention(post_id=post_id, account_id=account_id) for post_id, account_id in mentions],
        batch_size=BATCH,
    )
    Notification.objects.bulk_create(notifications, batch_size=BATCH)
    loaded.rows.update(
        posts=len(rows),
        hashtags=len(tags),
        post_hashtags=len(post_tags),
        mentions=len(mentions),
        notifications=loaded.rows.get("notifications", 0) + len(notifications),
    )


def _timeline_entries(loaded: Loaded) -> None:
    """Fan every post out in one statement, in post order as fan-out over time would have.

    The same recipients as `_home_recipients`: the author and every accepted local follower;
    for a reply to someone else, only the followers who also follow that someone. (The corpus
    has no direct posts, boosts, mutes or blocks, which would change the rule.)
    """
    entries, posts = TimelineEntry._meta.db_table, Post._meta.db_table
    follows, accounts = Follow._meta.db_table, Account._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            # Inserting in post order touches every account's part of the index; with the
            # default 2 MiB page cache that is a read and a write per row. The file is the same.
            cursor.execute("PRAGMA cache_size = -1000000")
        cursor.execute(
            f"""
            INSERT INTO {entries} (account_id, post_id)
            SELECT account_id, post_id FROM (
                SELECT p.author_id AS account_id, p.id AS post_id FROM {posts} p
                UNION ALL
                SELECT f.follower_id, p.id FROM {posts} p
                JOIN {follows} f ON f.target_id = p.author_id AND f.accepted
                JOIN {accounts} a ON a.id = f.follower_id AND a.local
                WHERE p.in_reply_to_account_id IS NULL
                   OR p.in_reply_to_account_id = p.author_id
                   OR EXISTS (
                       SELECT 1 FROM {follows} g
                       WHERE g.follower_id = f.follower_id AND g.accepted
                         AND g.target_id = p.in_reply_to_account_id
                   )
            ) fan_out
            ORDER BY post_id, account_id
            """  # noqa: S608 - table names from the models
        )
        loaded.rows["timeline_entries"] = cursor.rowcount
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA cache_size = -2000")  # SQLite's default again


def _counters(corpus: Corpus, loaded: Loaded) -> None:
    posts = [0] * len(corpus.people)
    for post in corpus.posts:
        posts[post.author] += 1
    accounts = list(Account.objects.filter(pk__in=loaded.account_ids))
    index = {pk: i for i, pk in enumerate(loaded.account_ids)}
    for account in accounts:
        i = index[account.pk]
        account.followers_count = len(corpus.followers[i])
        account.following_count = len(corpus.following[i])
        account.posts_count = posts[i]
    Account.objects.bulk_update(
        accounts, ["followers_count", "following_count", "posts_count"], batch_size=BATCH
    )


def _settle() -> None:
    """Leave the database as a live server's would be: statistics fresh, WAL checkpointed.

    PostgreSQL's autovacuum would analyse tables this size within a minute; SQLite has no
    automatic ANALYZE and Hudhud runs none, so SQLite keeps its default statistics.
    """
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("VACUUM ANALYZE")
        else:
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def verify(corpus: Corpus, loaded: Loaded, *, seed: int = 0) -> list[str]:
    """Compare sampled posts with what the services' own helpers compute; return differences.

    A third of the sample are replies to someone else, whose fan-out has its own rule.
    """
    problems = []
    rng = random.Random(seed)
    replies = [
        i
        for i, post in enumerate(corpus.posts)
        if post.reply_to is not None and corpus.posts[post.reply_to].author != post.author
    ]
    sample = rng.sample(replies, min(VERIFY_SAMPLE // 3, len(replies)))
    sample += rng.sample(
        range(len(corpus.posts)), min(VERIFY_SAMPLE - len(sample), len(corpus.posts))
    )
    for index in sample:
        post = Post.objects.select_related("author").get(pk=loaded.post_ids[index])
        expected = _home_recipients(post)
        written = set(TimelineEntry.objects.filter(post=post).values_list("account_id", flat=True))
        if expected != written:
            problems.append(
                f"post {index}: timeline entries {len(written)}, fan-out {len(expected)}"
            )
        mentioned = post_services._mentioned_accounts(post.text)
        if post.content != post_services._render(post.text, mentioned):
            problems.append(f"post {index}: content differs")
        if set(post.mentions.values_list("pk", flat=True)) != {a.pk for a in mentioned}:
            problems.append(f"post {index}: mentions differ")
        keys = {tag.key for tag in post.hashtags.all()}
        if keys != {
            hashtag_key(e.value) for e in extract_entities(post.text) if e.kind == "hashtag"
        }:
            problems.append(f"post {index}: hashtags differ")
    return problems
