"""In-process measurements: the home timeline query, posting, fan-out, and the home page's SQL."""

import cProfile
import io
import pstats
import time
from collections.abc import Callable
from typing import Any

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

from bench.corpus import Corpus
from bench.load import Loaded
from bench.server import API_HOME
from bench.timings import repeat, summary
from hudhud.accounts.models import Account
from hudhud.paging import Page
from hudhud.posts.models import Post
from hudhud.posts.services import post_create
from hudhud.timelines.models import TimelineEntry
from hudhud.timelines.selectors import home_timeline
from hudhud.timelines.tasks import fan_out_post

# The production default queue: post_create's cost includes writing the task row.
DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def home_query(reader: Account, *, times: int) -> dict[str, float]:
    """Time `home_timeline(reader, Page())`: the page of 20 posts a home view shows."""
    shown = home_timeline(reader, Page())
    if len(shown) != Page().limit:
        raise RuntimeError(f"@{reader.username}'s home timeline has {len(shown)} posts, not 20")
    return summary(repeat(lambda: home_timeline(reader, Page()), times=times))


def api_home_kept(token: str, *, times: int) -> dict[str, dict[str, float]]:
    """Time GET /api/v1/timelines/home in-process: read first (nothing kept, the cache
    emptied before each read, so every Status is made) and read again (every one kept)."""
    client = Client(SERVER_NAME="127.0.0.1", headers={"Authorization": f"Bearer {token}"})

    def read() -> None:
        response = client.get(API_HOME)
        if response.status_code != 200:
            raise RuntimeError(f"GET {API_HOME} answered {response.status_code}")

    def first() -> None:
        cache.clear()
        read()

    return {
        "first": summary(repeat(first, times=times)),
        "again": summary(repeat(read, times=times)),
    }


def posting(corpus: Corpus, loaded: Loaded, *, say: Callable[[str], None]) -> dict[str, Any]:
    """Time post_create for the fresh posts, then the fan-out task of each, then a big fan-out."""
    accounts = Account.objects.in_bulk(loaded.account_ids)
    created: list[int] = []
    create_ms: list[float] = []
    refused: list[str] = []
    with override_settings(TASKS=DATABASE_QUEUE):
        for post in corpus.fresh:
            author = accounts[loaded.account_ids[post.author]]
            reply_to = None
            if post.reply_to is not None:
                reply_to = Post.objects.get(pk=loaded.post_ids[post.reply_to])
            began = time.perf_counter_ns()
            try:
                made = post_create(
                    author=author, text=post.text, visibility=post.visibility, reply_to=reply_to
                )
            except ValidationError as error:
                refused.append(f"{error.code}: {post.text[:40]}")
                continue
            create_ms.append((time.perf_counter_ns() - began) / 1e6)
            created.append(made.pk)
        say(f"  post_create ×{len(created)}: p50 {summary(create_ms)['p50']:.2f} ms")
        fan_out_ms = []
        for post_id in created:
            began = time.perf_counter_ns()
            fan_out_post.call(post_id)
            fan_out_ms.append((time.perf_counter_ns() - began) / 1e6)
        say(f"  fan-out ×{len(created)}: p50 {summary(fan_out_ms)['p50']:.2f} ms")
        # The most-followed author: the largest fan-out of the corpus, 50 times.
        star = accounts[loaded.account_ids[corpus.most_followed]]
        star_posts = [
            post_create(author=star, text=post.text, visibility="public").pk
            for post in corpus.fresh[:50]
        ]
        star_ms = []
        for post_id in star_posts:
            began = time.perf_counter_ns()
            fan_out_post.call(post_id)
            star_ms.append((time.perf_counter_ns() - began) / 1e6)
    entries = TimelineEntry.objects.filter(post_id=star_posts[0]).count()
    say(f"  fan-out of @{star.username} ×{len(star_posts)}: {entries} entries each")
    return {
        "post_create": summary(create_ms),
        "fan_out": summary(fan_out_ms),
        "fan_out_most_followed": summary(star_ms),
        "most_followed": {"username": star.username, "entries": entries},
        "refused": refused,
    }


def home_page_queries(reader: Account) -> dict[str, Any]:
    """Render GET / in-process once for `reader` and return its SQL, slowest first, explained."""
    assert reader.user is not None
    client = Client(SERVER_NAME="127.0.0.1")
    client.force_login(reader.user)
    client.get("/")  # warm caches, as a running server's would be
    durations: list[float] = []

    def clock(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        began = time.perf_counter_ns()
        try:
            return execute(sql, params, many, context)
        finally:
            durations.append((time.perf_counter_ns() - began) / 1e6)

    with CaptureQueriesContext(connection) as captured, connection.execute_wrapper(clock):
        began = time.perf_counter_ns()
        response = client.get("/")
        page_ms = (time.perf_counter_ns() - began) / 1e6
    if response.status_code != 200:
        raise RuntimeError(f"GET / answered {response.status_code} in-process")
    # The captured SQL has its parameters written in, so it can be explained as it is.
    queries: list[dict[str, Any]] = [
        {"ms": ms, "sql": query["sql"]}
        for ms, query in zip(durations, captured.captured_queries, strict=True)
    ]
    # The home timeline's own query, and the two slowest of the others.
    timeline = [q for q in queries if "timelines_timelineentry" in q["sql"]][:1]
    slowest = sorted((q for q in queries if q not in timeline), key=lambda q: -q["ms"])[:2]
    explained = [{**query, "plan": explain(query["sql"])} for query in timeline + slowest]
    return {
        "profile": _profile(lambda: client.get("/"), times=5),
        "page_ms": page_ms,
        "count": len(queries),
        "total_ms": sum(q["ms"] for q in queries),
        "queries": queries,
        "explained": explained,
    }


def explain(sql: str) -> str:
    """Return the plan of `sql`: EXPLAIN QUERY PLAN on SQLite, EXPLAIN ANALYZE on PostgreSQL."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")
            return "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}")
        rows = cursor.fetchall()
    # (id, parent, notused, detail): indent each step under its parent.
    depth = {0: -1}
    lines = []
    for node, parent, _unused, detail in rows:
        depth[node] = depth.get(parent, -1) + 1
        lines.append("  " * depth[node] + detail)
    return "\n".join(lines)


def _profile(call: Callable[[], Any], *, times: int) -> list[dict[str, Any]]:
    """Return the functions `call` spends the most time in (its own time), under cProfile."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(times):
        call()
    profiler.disable()
    stats = pstats.Stats(profiler, stream=io.StringIO())
    rows = []
    for (filename, line, function), (
        _calls,
        count,
        own,
        cumulative,
        _callers,
    ) in stats.stats.items():  # type: ignore[attr-defined]
        where = filename.split("site-packages/")[-1].split("/src/")[-1]
        rows.append(
            {
                "function": f"{where}:{line}({function})",
                "calls": count // times,
                "own_ms": own * 1000 / times,
                "cumulative_ms": cumulative * 1000 / times,
            }
        )
    return sorted(rows, key=lambda row: -row["own_ms"])[:15]
