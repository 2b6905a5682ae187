"""Print the results of every database side by side, with PostgreSQL / SQLite ratios."""

import math
import textwrap
from typing import Any

NAMES = {"sqlite": "SQLite", "postgres": "PostgreSQL"}
Results = dict[str, dict[str, Any]]


def _number(value: float, digits: int = 1) -> str:
    if value is None or math.isnan(value):
        return "—"
    if isinstance(value, int) or (abs(value) >= 1000 and digits <= 1):
        return f"{value:,.0f}"
    return f"{value:,.{digits}f}"


def _ratio(sqlite: float | None, postgres: float | None) -> str:
    if not sqlite or not postgres:
        return "—"
    return f"{postgres / sqlite:.2f}×"


def _row(title: str, cells: list[str], widths: list[int]) -> str:
    shown = "".join(f"{cell:>{width}}" for cell, width in zip(cells, widths, strict=True))
    return f"  {title:<52}{shown}"


def _get(result: dict[str, Any], path: tuple[str, ...]) -> Any:
    for key in path:
        result = result[key]
    return result


def print_report(results: Results, *, header: list[str]) -> None:
    """Print the tables of `results` (database label -> the JSON of bench.run)."""
    ok = [label for label in results if "error" not in results[label]]
    print()
    for line in header:
        print(line)
    for label, result in results.items():
        if "error" in result:
            print(f"{NAMES.get(label, label)}: FAILED — {result['error']}")
    if not ok:
        return
    machine = results[ok[0]]["machine"]
    print(f"Python {machine['python']}, Django {machine['django']}, {machine['cpus']} CPUs")
    for label in ok:
        start, end = (
            results[label]["machine"][key] for key in ("load_average", "load_average_end")
        )
        print(
            f"  load average during the {NAMES[label]} run: {start[0]:.1f} at its start, "
            f"{end[0]:.1f} at its end (1-minute; other work shares this machine)"
        )
    _corpus_table(results, ok)
    _timing_table(results, ok)
    _server_table(results, ok)
    _search_tables(results, ok)
    for label in ok:
        _details(label, results[label])


def _corpus_table(results: Results, ok: list[str]) -> None:
    corpus = results[ok[0]]["corpus"]
    print()
    print(
        f"Corpus: {corpus['users']:,} users, {corpus['follows']:,} follows, "
        f"{corpus['posts']:,} posts ({corpus['replies']:,} replies, "
        f"{corpus['with_hashtags']:,} with hashtags, {corpus['with_mentions']:,} with mentions), "
        f"generated in {corpus['seconds']:.1f} s"
    )
    print(
        f"  followers per account: median {corpus['followers_median']}, "
        f"p90 {corpus['followers_p90']}, max {corpus['followers_max']}; "
        f"following: median {corpus['following_median']}, the reader {corpus['reader_following']}"
    )
    widths = [18] * len(ok)
    loads = {label: results[label]["load"] for label in ok}
    print()
    print(
        _row("Load (bulk, see bench/load.py)", [results[label]["engine"] for label in ok], widths)
    )
    steps = max((list(load["steps"]) for load in loads.values()), key=len)
    for step in steps:
        cells = [_number(loads[label]["steps"].get(step, math.nan)) for label in ok]
        print(_row(f"{step}, s", cells, widths))
    print(_row("whole load, s", [_number(loads[label]["seconds"]) for label in ok], widths))
    for name in ("timeline_entries", "notifications", "post_hashtags", "mentions"):
        cells = [_number(loads[label]["rows"][name]) for label in ok]
        print(_row(f"{name.replace('_', ' ')} rows", cells, widths))
    cells = [_number(loads[label]["database_mib"]) for label in ok]
    print(_row("database size, MiB", cells, widths))


_TIMINGS = (
    ("home_timeline(), {reader} ({reader_following} following)", ("home_query_reader",)),
    ("home_timeline(), {median} ({median_following} following)", ("home_query_median",)),
    ("GET /api/v1/timelines/home in-process, read first", ("api_home_kept", "first")),
    ("  the same, read again (its Statuses kept)", ("api_home_kept", "again")),
    ("GET / over HTTP, {reader}, 1 client", ("http", "sequential")),
    ("GET / over HTTP, {reader}, {threads} clients at once", ("http", "concurrent")),
    ("GET /api/v1/timelines/home?limit=20, {reader}, 1 client", ("api", "home")),
    ("  the same, {threads} clients at once", ("api", "home_concurrent")),
    ("POST /api/v1/statuses over HTTP", ("api", "post")),
    ("post_create (its fan-out queued in the database)", ("posting", "post_create")),
    ("fan-out task of those posts", ("posting", "fan_out")),
    ("fan-out task, {star} ({star_entries} timelines)", ("posting", "fan_out_most_followed")),
)


def _timing_table(results: Results, ok: list[str]) -> None:
    first = results[ok[0]]
    names = {
        "reader": "@" + first["readers"]["reader"]["username"],
        "reader_following": first["readers"]["reader"]["following"],
        "median": "@" + first["readers"]["median"]["username"],
        "median_following": first["readers"]["median"]["following"],
        "threads": first["http"]["concurrent"]["threads"],
        "star": "@" + first["posting"]["most_followed"]["username"],
        "star_entries": first["posting"]["most_followed"]["entries"],
    }
    compare = "sqlite" in ok and "postgres" in ok
    widths = [10, 9] * (len(ok) + compare)
    heads = []
    for label in ok:
        heads += [NAMES[label][:10], ""]
    print()
    print(_row("Timings, ms", heads + (["PG/SQLite", ""] if compare else []), widths))
    print(_row("", ["p50", "p99"] * (len(ok) + compare), widths))
    for title, path in _TIMINGS:
        cells = []
        for label in ok:
            timing = _get(results[label], path)
            cells += [_number(timing["p50"], 2), _number(timing["p99"], 2)]
        if compare:
            sqlite, postgres = _get(results["sqlite"], path), _get(results["postgres"], path)
            cells += [
                _ratio(sqlite["p50"], postgres["p50"]),
                _ratio(sqlite["p99"], postgres["p99"]),
            ]
        print(_row(title.format(**names), cells, widths))
    together = first["http"]["concurrent"]["requests"]
    print(
        f"  n = {first['home_query_reader']['n']} each, but {together} requests at once"
        f" and {first['posting']['fan_out_most_followed']['n']} fan-outs of "
        f"{names['star']}; home_timeline() is the selector (2 queries and a prefetch), "
        "GET / the whole page"
    )


def _largest_worker(memory: list[dict[str, Any]]) -> float:
    """Return the RSS of the largest of granian's web workers."""
    return max(float(p["rss_mib"]) for p in memory if p["web_worker"])


def _server_table(results: Results, ok: list[str]) -> None:
    compare = "sqlite" in ok and "postgres" in ok
    widths = [18] * len(ok) + ([12] if compare else [])
    server = results[ok[0]]["server"]
    title = (
        f"Server: hudhud run, {server['workers']} granian workers of "
        f"{server['threads']} thread(s), DEBUG off"
    )
    print()
    print(_row(title, [NAMES[label] for label in ok] + (["PG/SQLite"] if compare else []), widths))
    http = {label: results[label]["http"] for label in ok}

    def line(title: str, values: dict[str, float]) -> None:
        cells = [_number(values[label]) for label in ok]
        if compare:
            cells.append(_ratio(values["sqlite"], values["postgres"]))
        print(_row(title, cells, widths))

    line(
        "GET / requests/s, 4 clients at once",
        {k: v["concurrent"]["requests_per_second"] for k, v in http.items()},
    )
    line(
        "GET / requests/s, 1 client (1000 / mean ms)",
        {k: 1000 / v["sequential"]["mean"] for k, v in http.items()},
    )
    api = {label: results[label]["api"] for label in ok}
    line(
        "GET /api/v1/timelines/home requests/s, 4 clients",
        {k: v["home_concurrent"]["requests_per_second"] for k, v in api.items()},
    )
    line(
        "RSS of the largest web worker after the API runs, MiB",
        {k: _largest_worker(v["memory_after"]) for k, v in api.items()},
    )
    line("page size, KiB", {k: v["page_bytes"] / 1024 for k, v in http.items()})
    line(
        "startup (migrate, collectstatic, answer), s",
        {k: v["startup_seconds"] for k, v in http.items()},
    )
    for when in ("sequential", "concurrent"):
        line(
            f"RSS of all its processes after the {when} run, MiB",
            {k: sum(p["rss_mib"] for p in v[f"memory_after_{when}"]) for k, v in http.items()},
        )
    line(
        "RSS of the largest web worker after the web pages, MiB",
        {k: _largest_worker(v["memory_after_concurrent"]) for k, v in http.items()},
    )
    line(
        "peak RSS (VmHWM) of any of its processes, MiB",
        {k: max(p["hwm_mib"] for p in v["memory_after_concurrent"]) for k, v in http.items()},
    )
    print()
    for label in ok:
        result = results[label]
        posting, steps = result["posting"], result["load"]["steps"]
        per_post = posting["post_create"]["mean"] + posting["fan_out"]["mean"]
        posts = result["corpus"]["posts"]
        bulk = steps["posts, tags, mentions"] + steps["home timeline entries"]
        print(
            f"  {NAMES[label]}: {posts:,} posts through post_create and fan-out one by one would "
            f"take ≈ {per_post * posts / 60_000:.0f} min (mean {per_post:.1f} ms a post); "
            f"in bulk, {bulk / 60:.1f} min"
        )
        if posting["refused"]:
            print(f"  post_create refused {len(posting['refused'])}: {posting['refused'][:3]}")


def _search_tables(results: Results, ok: list[str]) -> None:
    ok = [label for label in ok if "search" in results[label]]
    if not ok:
        return
    compare = "sqlite" in ok and "postgres" in ok
    search = {label: results[label]["search"] for label in ok}
    posts = results[ok[0]]["corpus"]["posts"]
    widths = [18] * len(ok) + ([12] if compare else [])
    print()
    title = f"Search index, {posts:,} posts"
    print(_row(title, [NAMES[label] for label in ok] + (["PG/SQLite"] if compare else []), widths))

    def line(title: str, values: dict[str, float], digits: int = 1) -> None:
        cells = [_number(values[label], digits) for label in ok]
        if compare:
            cells.append(_ratio(values["sqlite"], values["postgres"]))
        print(_row(title, cells, widths))

    line("index_rebuild(), s", {k: v["rebuild"]["seconds"] for k, v in search.items()})
    line(
        "index_rebuild(), µs a post (accounts included)",
        {k: v["rebuild"]["us_per_post"] for k, v in search.items()},
    )
    line(
        "post_index(post) alone, p50 µs",
        {k: v["post_index"]["p50"] * 1000 for k, v in search.items()},
    )
    line(
        "post_index(post) alone, p99 µs",
        {k: v["post_index"]["p99"] * 1000 for k, v in search.items()},
    )
    line(
        "post_create (indexing included), p50 µs",
        {k: results[k]["posting"]["post_create"]["p50"] * 1000 for k in ok},
    )
    line(
        "database size after indexing, MiB",
        {k: v.get("database_mib", math.nan) for k, v in search.items()},
    )

    first = search[ok[0]]
    reader = "@" + results[ok[0]]["readers"]["reader"]["username"]
    following = results[ok[0]]["readers"]["reader"]["following"]
    rows = (
        ("search_posts, a visitor, page of 20", "posts_visitor"),
        (f"search_posts, {reader} ({following} following)", "posts_reader"),
        ("search_accounts (people, as-you-type)", "accounts"),
        ("search_hashtags (completion)", "hashtags"),
    )
    widths = [10, 9] * (len(ok) + compare)
    heads = []
    for label in ok:
        heads += [NAMES[label][:10], ""]
    print()
    print(
        _row(
            f"Search timings at {posts:,} posts, ms",
            heads + (["PG/SQLite", ""] if compare else []),
            widths,
        )
    )
    print(_row("", ["p50", "p99"] * (len(ok) + compare), widths))
    for title, key in rows:
        cells = []
        for label in ok:
            cells += [_number(search[label][key]["p50"], 2), _number(search[label][key]["p99"], 2)]
        if compare:
            sqlite, postgres = search["sqlite"][key], search["postgres"][key]
            cells += [
                _ratio(sqlite["p50"], postgres["p50"]),
                _ratio(sqlite["p99"], postgres["p99"]),
            ]
        print(_row(title, cells, widths))
    counts = first["queries"]
    print(
        f"  {counts['posts']} post queries (noun phrases, pairs of them and tags of the corpus's "
        f"own posts, e.g. {', '.join(counts['examples'][:4])}), {counts['people']} people and "
        f"{counts['tags']} tag queries"
    )
    for label in ok:
        s = search[label]
        print(
            f"  {NAMES[label]}: found nothing for {s['posts_visitor']['empty']} (visitor) / "
            f"{s['posts_reader']['empty']} (reader) post queries, {s['accounts']['empty']} "
            f"people and {s['hashtags']['empty']} tag queries; a visitor's page held "
            f"{s['posts_visitor']['mean_found']:.1f} posts on average"
        )


def print_quality(quality: Results) -> None:
    """Print recall@10 and MRR of the labelled queries per database, and what they missed."""
    ok = [label for label in quality if "error" not in quality[label]]
    for label in quality:
        if label not in ok:
            print(f"Search quality, {NAMES.get(label, label)}: FAILED — {quality[label]['error']}")
    if not ok:
        return
    first = quality[ok[0]]
    compare = "sqlite" in ok and "postgres" in ok
    widths = [18] * len(ok) + ([12] if compare else [])
    print()
    title = f"Search quality: {first['queries']} labelled queries (tests/data/search_queries.json)"
    print(title)
    print(
        f"  over {first['labelled_posts']} labelled posts and {first['distractors']:,} corpus "
        "distractors, posted in random order through account_create / post_create in a fresh "
        "database; search_posts(None, q, Page(limit=10)); "
        f"{first['distractors_left_out']} distractors with every word of a query left out "
        "(unlabelled right answers)"
    )
    print(
        _row(
            "",
            [quality[label]["engine"] for label in ok] + (["PG/SQLite"] if compare else []),
            widths,
        )
    )

    def line(title: str, values: dict[str, float], digits: int = 3) -> None:
        cells = [_number(values[label], digits) for label in ok]
        if compare:
            cells.append(_ratio(values["sqlite"], values["postgres"]))
        print(_row(title, cells, widths))

    line("recall@10 (target ≥ 0.95)", {k: quality[k]["recall_at_10"] for k in ok})
    line("MRR (target ≥ 0.85)", {k: quality[k]["mrr"] for k in ok})
    line("irrelevant posts in a top 10", {k: quality[k]["irrelevant_in_top"] for k in ok}, 0)
    line(
        "queries with an irrelevant post in the top 10",
        {k: quality[k]["queries_with_irrelevant"] for k in ok},
        0,
    )
    line("search_posts p50, ms", {k: quality[k]["search_ms"]["p50"] for k in ok}, 2)
    line("posting all of them, s", {k: quality[k]["posting_seconds"] for k in ok})
    for label in ok:
        result = quality[label]
        if result["refused"]:
            print(
                f"  {NAMES[label]}: post_create refused {len(result['refused'])}: "
                f"{result['refused'][:3]}"
            )
        misses = [
            s
            for s in result["scored"]
            if s["recall"] < 1 or s["reciprocal_rank"] < 1 or s["irrelevant_found"]
        ]
        print()
        print(f"── {result['engine']}: {len(misses)} of {result['queries']} queries miss ──")
        for s in misses:
            rank = s["first_relevant"] or "none"
            print(
                f"  «{s['query']}» ({s['covers']}): recall {s['recall']:.2f}, "
                f"first relevant at {rank}, {s['shown']} shown"
            )
            for text in s["missed"]:
                print(f"      missed: {text}")
            for text in s["above"] if s["reciprocal_rank"] < 1 else []:
                print(f"      ranked above it: {text}")
            for text in s["irrelevant_found"]:
                print(f"      irrelevant in top 10: {text}")


def _details(label: str, result: dict[str, Any]) -> None:
    page = result["home_page"]
    reader = result["readers"]["reader"]["username"]
    print()
    print(f"── {result['engine']}: GET / for @{reader}, rendered in-process once ──")
    print(
        f"  {page['count']} queries, {page['total_ms']:.1f} ms of SQL "
        f"in a page of {page['page_ms']:.1f} ms (Django test client):"
    )
    for query in page["queries"]:
        print(f"  {query['ms']:8.2f} ms  {textwrap.shorten(query['sql'], 104, placeholder=' …')}")
    print("  Own time per page by function (cProfile over 5 pages, the top 10):")
    for row in page["profile"][:10]:
        print(f"  {row['own_ms']:8.2f} ms  {row['calls']:>6} calls  {row['function']}")
    verb = "EXPLAIN (ANALYZE, BUFFERS)" if label == "postgres" else "EXPLAIN QUERY PLAN"
    for query in page["explained"]:
        sql = textwrap.shorten(query["sql"], 90, placeholder=" …")
        print(f"  {verb} ({query['ms']:.2f} ms) {sql}")
        for plan_line in query["plan"].splitlines():
            print(f"      {plan_line}")
