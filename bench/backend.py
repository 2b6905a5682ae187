"""Everything one database's run measures, in order; imported once Django is set up."""

import os
import platform
import secrets
import sqlite3
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import django
from django.conf import settings
from django.core.management import call_command
from django.db import connection, connections
from django.test.utils import override_settings
from django.utils import timezone
from oauth2_provider.models import AccessToken

from bench import corpus as corpus_module
from bench import load, measure
from bench import search as search_bench
from bench.server import Server, api_load_test, load_test
from hudhud.accounts.models import Account
from hudhud.api.models import Application
from hudhud.paging import Page
from hudhud.timelines.selectors import home_timeline


def say(message: str) -> None:
    """Tell the person waiting how far the run is (stderr, so JSON stays clean)."""
    label = os.environ.get("HUDHUD_BENCH_LABEL", "bench")
    print(f"[{label}] {message}", file=sys.stderr, flush=True)


def run(
    *, var_dir: Path, port: int, users: int, posts: int, times: int, concurrent: int
) -> dict[str, Any]:
    """Migrate, load the corpus, time everything; return the figures."""
    # Only this throwaway database: 1,000 argon2 hashes would take minutes. The reader, who
    # signs in to the real server, gets an argon2 hash (see load.py).
    override_settings(
        PASSWORD_HASHERS=[
            "django.contrib.auth.hashers.MD5PasswordHasher",
            "django.contrib.auth.hashers.Argon2PasswordHasher",
        ]
    ).enable()
    results: dict[str, Any] = {"vendor": connection.vendor, "machine": _machine()}
    began = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    results["migrate_seconds"] = time.perf_counter() - began
    results["engine"] = _engine_version()
    say(f"{results['engine']}: migrated in {results['migrate_seconds']:.1f} s")

    began = time.perf_counter()
    corpus = corpus_module.generate(users=users, posts=posts, fresh=max(times, 50))
    results["corpus"] = {**corpus.summary(), "seconds": time.perf_counter() - began}
    say(f"corpus generated in {results['corpus']['seconds']:.1f} s: {corpus.summary()}")

    say("loading")
    began = time.perf_counter()
    loaded = load.load(corpus, end=timezone.now() - timedelta(minutes=5), say=say)
    results["load"] = {
        "seconds": time.perf_counter() - began,
        "steps": loaded.seconds,
        "rows": loaded.rows,
        "database_mib": _database_size(var_dir),
    }
    say(f"loaded in {results['load']['seconds']:.1f} s: {loaded.rows}")
    problems = load.verify(corpus, loaded)
    results["verify"] = {"sampled": load.VERIFY_SAMPLE, "problems": problems}
    if problems:
        raise RuntimeError(
            "The bulk load differs from what the services write: " + "; ".join(problems)
        )
    say(f"the bulk load matches the services on {load.VERIFY_SAMPLE} sampled posts")

    reader = Account.objects.select_related("user").get(pk=loaded.account_ids[corpus.reader])
    middle = Account.objects.get(pk=loaded.account_ids[corpus.median_reader])
    results["readers"] = {
        "reader": {"username": reader.username, "following": reader.following_count},
        "median": {"username": middle.username, "following": middle.following_count},
    }
    say(f"home_timeline ×{times} for @{reader.username} and @{middle.username}")
    results["home_query_reader"] = measure.home_query(reader, times=times)
    results["home_query_median"] = measure.home_query(middle, times=times)
    token = _token_of(reader)
    say(f"GET /api/v1/timelines/home in-process ×{times}, first read and read again")
    results["api_home_kept"] = measure.api_home_kept(token, times=times)
    results["home_page"] = measure.home_page_queries(reader)
    say(f"GET / in-process: {results['home_page']['count']} queries")
    # Posting comes after the reads: the reader's timeline stays the one the corpus made.
    say(f"posting ×{len(corpus.fresh)}")
    results["posting"] = measure.posting(corpus, loaded, say=say)

    newest = home_timeline(reader, Page())[0].pk
    connections.close_all()  # the server gets the database to itself
    say(f"starting hudhud run on 127.0.0.1:{port}")
    # The server runs as in production: its workers and threads are the settings' defaults
    # unless the environment names them, and posting queues its fan-out in the database (as
    # without Redis) instead of running it in the request; the fan-out task is timed above.
    # No task worker runs: the posts come last and their fan-outs wait in the queue.
    results["server"] = {"workers": settings.WEB_WORKERS, "threads": settings.WEB_THREADS}
    server = Server({**os.environ, "HUDHUD_TASK_BACKEND": "database"}, port, var_dir / "server.log")
    try:
        results["http"] = load_test(
            server,
            username=reader.username,
            password=load.PASSWORD,
            newest_post=newest,
            times=times,
            concurrent=concurrent,
            say=say,
        )
        results["api"] = api_load_test(
            server, token=token, newest_post=newest, times=times, concurrent=concurrent, say=say
        )
    finally:
        server.stop()
    # Search last: index_rebuild makes the bulk-loaded corpus searchable.
    results["search"] = search_bench.index_and_time(corpus, loaded, reader, say=say)
    results["search"]["database_mib"] = _database_size(var_dir)
    results["machine"]["load_average_end"] = os.getloadavg()
    return results


def run_quality() -> dict[str, Any]:
    """Migrate a fresh database and score search quality in it; return the figures."""
    override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]).enable()
    call_command("migrate", interactive=False, verbosity=0)
    results = search_bench.quality(say=say)
    results["engine"] = _engine_version()
    return results


def _token_of(account: Account) -> str:
    """Return a bearer token of a Mastodon app for `account`, as an app holds after OAuth."""
    app = Application.objects.create(
        name="bench",
        client_type=Application.CLIENT_CONFIDENTIAL,
        authorization_grant_type=Application.GRANT_PASSWORD,
        scopes="read write",
    )
    value = secrets.token_urlsafe(32)
    AccessToken.objects.create(
        user=account.user,
        application=app,
        token=value,
        scope="read write",
        expires=timezone.now() + timedelta(days=1),
    )
    return value


def _engine_version() -> str:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            return f"PostgreSQL {cursor.fetchone()[0].split()[0]}"
    return f"SQLite {sqlite3.sqlite_version}"


def _database_size(var_dir: Path) -> float:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_database_size(current_database())")
            return float(cursor.fetchone()[0]) / 2**20
    return sum(path.stat().st_size for path in var_dir.glob("*.sqlite3*")) / 2**20


def _machine() -> dict[str, Any]:
    return {
        "python": platform.python_version(),
        "django": django.get_version(),
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg(),
    }
