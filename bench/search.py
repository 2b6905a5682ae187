"""Search: the cost of indexing, the speed of search at the corpus's size, and its quality.

`index_and_time` runs in the big database after the other measurements: it builds the index
of the bulk-loaded corpus (`index_rebuild`), times `post_index` alone, then times post search,
people search and hashtag completion with queries drawn from the corpus's own ground truth.
`quality` runs in a fresh small database of its own (`python -m bench.run --quality`): it
posts the labelled texts of tests/data/search_queries.json and distractors from the corpus
generator through the real services, then scores recall@10 and MRR of every query.
"""

import json
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.test.utils import override_settings

from bench import corpus as corpus_module
from bench.corpus import Corpus
from bench.load import Loaded
from bench.timings import percentile, summary
from hudhud.accounts.models import Account
from hudhud.accounts.services import account_create
from hudhud.arabic import terms
from hudhud.paging import Page
from hudhud.posts.models import Post
from hudhud.posts.services import post_create
from hudhud.search.models import PostIndex
from hudhud.search.query import parse_query
from hudhud.search.selectors import search_accounts, search_hashtags, search_posts
from hudhud.search.services import index_rebuild, post_index

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "tests" / "data" / "search_queries.json"
#: How many post search queries are drawn from the corpus, and how many people and tag ones.
POST_QUERIES = 200
OTHER_QUERIES = 100
#: How many posts `post_index` is timed over.
INDEX_SAMPLE = 300
#: Distractor posts of the quality database: enough that ranking matters.
DISTRACTORS = 2000
#: The results a quality query is judged on.
TOP = 10


def index_and_time(
    corpus: Corpus, loaded: Loaded, reader: Account, *, say: Callable[[str], None]
) -> dict[str, Any]:
    """Build the index of the loaded corpus, then time indexing one post and every search."""
    say("index_rebuild (every post and account)")
    began = time.perf_counter()
    posts, accounts = index_rebuild()
    seconds = time.perf_counter() - began
    indexed = PostIndex.objects.count()
    say(f"  indexed {posts:,} posts and {accounts:,} accounts in {seconds:.1f} s")
    results: dict[str, Any] = {
        "rebuild": {
            "seconds": seconds,
            "posts": posts,
            "accounts": accounts,
            "rows": indexed,
            "us_per_post": seconds * 1e6 / max(posts, 1),
        }
    }

    rng = random.Random(corpus.seed)
    sample = rng.sample(loaded.post_ids, min(INDEX_SAMPLE, len(loaded.post_ids)))
    one_ms = []
    for post in Post.objects.filter(pk__in=sample).only("id", "text", "spoiler_text"):
        began_ns = time.perf_counter_ns()
        # In its own transaction, as post_create calls it: the commit is part of the cost.
        with transaction.atomic():
            post_index(post, descriptions=[])
        one_ms.append((time.perf_counter_ns() - began_ns) / 1e6)
    results["post_index"] = summary(one_ms)
    say(f"  post_index ×{len(one_ms)}: p50 {percentile(one_ms, 50) * 1000:.0f} µs")

    queries = post_queries(corpus, rng)
    results["queries"] = {"posts": len(queries), "examples": queries[:8]}
    for name, viewer in (("visitor", None), ("reader", reader)):
        say(f"  search_posts ×{len(queries)} as the {name}")
        found = []
        durations = []
        for q in queries:
            began_ns = time.perf_counter_ns()
            shown = search_posts(viewer, q, Page(limit=20))
            durations.append((time.perf_counter_ns() - began_ns) / 1e6)
            found.append(len(shown))
        results[f"posts_{name}"] = {
            **summary(durations),
            "empty": sum(not count for count in found),
            "mean_found": sum(found) / len(found),
        }

    people = people_queries(corpus, rng)
    tags = tag_queries(corpus, rng)
    results["queries"].update(people=len(people), tags=len(tags))
    say(f"  search_accounts ×{len(people)}, search_hashtags ×{len(tags)}")
    results["accounts"] = _each(people, lambda q: search_accounts(None, q, limit=10))
    results["hashtags"] = _each(tags, lambda q: search_hashtags(q, limit=10))
    return results


def _each(queries: list[str], call: Callable[[str], list[Any]]) -> dict[str, float]:
    for q in queries[:10]:  # warm caches
        call(q)
    durations, empty = [], 0
    for q in queries:
        began_ns = time.perf_counter_ns()
        empty += not call(q)
        durations.append((time.perf_counter_ns() - began_ns) / 1e6)
    return {**summary(durations), "empty": empty}


def post_queries(corpus: Corpus, rng: random.Random) -> list[str]:
    """Return queries a person would type: one or two of a post's noun phrases, or a tag."""
    queries: list[str] = []
    while len(queries) < POST_QUERIES:
        post = corpus.posts[rng.randrange(len(corpus.posts))]
        kind = rng.random()
        if post.tags and kind < 0.25:
            tag = rng.choice(post.tags)
            queries.append(f"#{tag}" if rng.random() < 0.5 else tag.replace("_", " "))
        elif post.terms and kind < 0.85:
            queries.append(rng.choice(post.terms))
        elif len(set(post.terms)) >= 2:
            queries.append(" ".join(rng.sample(sorted(set(post.terms)), 2)))
    return queries


def people_queries(corpus: Corpus, rng: random.Random) -> list[str]:
    """Return as-you-type people searches: a name, its start, or a username's start."""
    queries = []
    for _ in range(OTHER_QUERIES):
        person = corpus.people[rng.randrange(len(corpus.people))]
        way = rng.randrange(3)
        if way == 0:
            queries.append(person.display_name)
        elif way == 1:
            first = person.display_name.split()[0]
            queries.append(first[: max(2, len(first) - 1)])
        else:
            queries.append("@" + person.username[: rng.randint(3, max(3, len(person.username)))])
    return queries


def tag_queries(corpus: Corpus, rng: random.Random) -> list[str]:
    """Return as-you-type hashtag completions: the start of a tag the corpus uses."""
    tags = sorted({tag for post in corpus.posts[:20_000] for tag in post.tags})
    queries = []
    for _ in range(OTHER_QUERIES):
        tag = rng.choice(tags)
        queries.append("#" + tag[: rng.randint(2, max(2, len(tag)))])
    return queries


def quality(*, say: Callable[[str], None]) -> dict[str, Any]:
    """Post the labelled texts and distractors through the services; score every query."""
    labelled = json.loads(QUERIES.read_text())
    texts: list[str] = []
    for query in labelled:
        for text in (*query["relevant"], *query["irrelevant"]):
            if text not in texts:
                texts.append(text)
    small = corpus_module.generate(users=60, posts=DISTRACTORS, fresh=0)
    # A distractor with every word of a query is a right answer nobody labelled: it would
    # push the labelled posts out of the top 10 and be counted as a miss. Leave those out.
    wanted = [frozenset(parse_query(query["query"]).terms) for query in labelled]
    distractors = []
    for post in small.posts:
        analysed = set(terms(post.text))
        if not any(query and query <= analysed for query in wanted):
            distractors.append(post)
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        people = [
            account_create(
                username=person.username,
                email=f"{person.username}@bench.invalid",
                password=None,
                display_name=person.display_name,
                kind=person.kind,
            )
            for person in small.people
        ]
        labeller = account_create(
            username="labels", email="labels@bench.invalid", password=None, display_name="عينة"
        )
    rng = random.Random(small.seed)
    work: list[tuple[Account, str]] = [(labeller, text) for text in texts]
    work += [(people[post.author], post.text) for post in distractors]
    rng.shuffle(work)  # the labelled posts are neither all older nor all newer
    say(f"posting {len(texts)} labelled texts and {len(distractors):,} distractors")
    began = time.perf_counter()
    refused: list[str] = []
    for author, text in work:
        try:
            post_create(author=author, text=text, visibility="public")
        except ValidationError as error:
            refused.append(f"{error.code}: {text[:40]}")
    posting_seconds = time.perf_counter() - began
    say(f"  posted in {posting_seconds:.1f} s; {len(refused)} refused")

    # Queries the analyser reads as the same words share their relevant posts: a post
    # labelled for «التطوع» in one entry is a right answer to «التطوع» in another.
    pooled: dict[frozenset[str], set[str]] = {}
    for words, query in zip(wanted, labelled, strict=True):
        pooled.setdefault(words, set()).update(query["relevant"])
    scored: list[dict[str, Any]] = []
    search_ms: list[float] = []
    for words, query in zip(wanted, labelled, strict=True):
        began_ns = time.perf_counter_ns()
        shown = search_posts(None, query["query"], Page(limit=TOP))
        search_ms.append((time.perf_counter_ns() - began_ns) / 1e6)
        top = [post.text for post in shown[:TOP]]
        relevant, right = query["relevant"], pooled[words]
        irrelevant = set(query["irrelevant"]) - right
        ranks = [rank for rank, text in enumerate(top, 1) if text in right]
        scored.append(
            {
                "query": query["query"],
                "covers": query.get("covers", ""),
                "recall": (
                    len({t for t in top if t in relevant}) / len(relevant) if relevant else 1.0
                ),
                "reciprocal_rank": 1 / ranks[0] if ranks else (0.0 if relevant else 1.0),
                "missed": [text for text in relevant if text not in top],
                "irrelevant_found": [text for text in top if text in irrelevant],
                "first_relevant": ranks[0] if ranks else None,
                "above": top[: (ranks[0] if ranks else len(top) + 1) - 1][:3],
                "shown": len(top),
            }
        )
    count = len(scored)
    return {
        "queries": count,
        "labelled_posts": len(texts),
        "distractors": len(distractors),
        "distractors_left_out": len(small.posts) - len(distractors),
        "posting_seconds": posting_seconds,
        "refused": refused,
        "recall_at_10": sum(s["recall"] for s in scored) / count,
        "mrr": sum(s["reciprocal_rank"] for s in scored) / count,
        "irrelevant_in_top": sum(len(s["irrelevant_found"]) for s in scored),
        "queries_with_irrelevant": sum(bool(s["irrelevant_found"]) for s in scored),
        "search_ms": summary(search_ms),
        "scored": scored,
    }
