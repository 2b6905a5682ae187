"""`python -m bench` (`make bench`): the corpus, the home timeline, posting and search, on each
database; search quality (recall@10, MRR of tests/data/search_queries.json) in a fresh one;
the coach's quality on its labelled sets (`bench.coach`); and federation on each database
(`bench.federation`: a post to 10,000 remote followers on 100 servers, inbox POSTs).

Each database runs in its own process (`python -m bench.run`) against a throwaway database:
a SQLite file in a temporary directory, and PostgreSQL when HUDHUD_BENCH_POSTGRES names a
server (postgres://user@host:port) or the local one answers; `off` skips it.

HUDHUD_BENCH_USERS (1000), HUDHUD_BENCH_POSTS (100000), HUDHUD_BENCH_TIMES (300: iterations
of each timing) and HUDHUD_BENCH_CONCURRENT (250: requests of each of the 4 concurrent clients)
set the scale; HUDHUD_BENCH_JSON saves every figure to a file. Figures are printed, never judged:
on a shared 2-core machine compare them within one run (the ratios), not across runs.
"""

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

from bench.coach import print_coach_quality
from bench.report import print_quality, print_report

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432"


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def _postgres_server() -> str | None:
    """Return the PostgreSQL server to use, or None (said why) when there is none."""
    given = os.environ.get("HUDHUD_BENCH_POSTGRES", "").strip()
    if given.lower() in ("off", "0", "no", "none"):
        return None
    url = given or DEFAULT_POSTGRES
    try:
        with psycopg.connect(_database_url(url, "postgres"), connect_timeout=3):
            return url
    except psycopg.OperationalError as error:
        if given:
            raise
        print(f"PostgreSQL: nothing answers at {url} ({str(error).strip()[:80]}); skipped.")
        return None


def _database_url(server: str, name: str) -> str:
    parts = urlsplit(server)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, ""))


@contextlib.contextmanager
def _postgres_database(server: str, suffix: str = "") -> Iterator[str]:
    """Create hudhud_bench_<pid><suffix> on `server` and drop it afterwards."""
    name = f"hudhud_bench_{os.getpid()}{suffix}"
    with psycopg.connect(_database_url(server, "postgres"), autocommit=True) as admin:
        admin.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield _database_url(server, name)
    finally:
        with psycopg.connect(_database_url(server, "postgres"), autocommit=True) as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def _run(
    label: str, database_url: str, var_dir: Path, scale: dict[str, int], *, quality: bool = False
) -> dict[str, Any]:
    out = var_dir / "results.json"
    command = [
        sys.executable,
        "-m",
        "bench.run",
        "--database-url",
        database_url,
        "--var-dir",
        str(var_dir),
        "--out",
        str(out),
        "--users",
        str(scale["users"]),
        "--posts",
        str(scale["posts"]),
        "--times",
        str(scale["times"]),
        "--concurrent",
        str(scale["concurrent"]),
        *(["--quality"] if quality else []),
    ]
    began = time.perf_counter()
    finished = subprocess.run(
        command, cwd=ROOT, env={**os.environ, "HUDHUD_BENCH_LABEL": label}, check=False
    )
    if finished.returncode != 0 or not out.exists():
        return {
            "error": f"python -m bench.run exited with {finished.returncode} (its output is above)"
        }
    result: dict[str, Any] = json.loads(out.read_text())
    result["seconds"] = time.perf_counter() - began
    return result


def _federation(label: str, database_url: str, var_dir: Path, times: int) -> dict[str, Any]:
    out = var_dir / "federation.json"
    command = [
        sys.executable,
        "-m",
        "bench.federation",
        "--database-url",
        database_url,
        "--var-dir",
        str(var_dir),
        "--out",
        str(out),
        "--times",
        str(times),
    ]
    finished = subprocess.run(command, cwd=ROOT, check=False)
    if finished.returncode != 0 or not out.exists():
        return {"error": f"python -m bench.federation ({label}) exited with {finished.returncode}"}
    found: dict[str, Any] = json.loads(out.read_text())
    return found


def _print_federation(federation: dict[str, dict[str, Any]]) -> None:
    print("\nFederation: 10,000 remote followers on 100 servers, 2 workers")
    for label, found in federation.items():
        if "error" in found:
            print(f"  {label}: {found['error']}")
            continue
        inbox = found["inbox_ms"]
        print(
            f"  {label:9} post handed to all {found['servers']} shared inboxes: "
            f"{found['fan_out_seconds']:.2f} s (target ≤ 10); inbox POST acknowledged "
            f"p50 {inbox['p50']:.1f} / p99 {inbox['p99']:.1f} ms (target p50 ≤ 10)"
        )


def main() -> None:
    scale = {
        "users": _env_int("HUDHUD_BENCH_USERS", 1000),
        "posts": _env_int("HUDHUD_BENCH_POSTS", 100_000),
        "times": _env_int("HUDHUD_BENCH_TIMES", 300),
        "concurrent": _env_int("HUDHUD_BENCH_CONCURRENT", 250),
    }
    began = time.perf_counter()
    results: dict[str, dict[str, Any]] = {}
    quality: dict[str, dict[str, Any]] = {}
    federation: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="hudhud-bench-") as temporary:
        for kind in ("quality", "sqlite"):
            var_dir = Path(temporary) / f"sqlite-{kind}"
            var_dir.mkdir()
            url = f"sqlite:///{var_dir / 'bench.sqlite3'}"
            if kind == "quality":
                quality["sqlite"] = _run("sqlite quality", url, var_dir, scale, quality=True)
            else:
                results["sqlite"] = _run("sqlite", url, var_dir, scale)
        var_dir = Path(temporary) / "sqlite-federation"
        var_dir.mkdir()
        federation["sqlite"] = _federation(
            "sqlite", f"sqlite:///{var_dir / 'bench.sqlite3'}", var_dir, scale["times"]
        )
        server = _postgres_server()
        if server is not None:
            var_dir = Path(temporary) / "postgres-quality"
            var_dir.mkdir()
            with _postgres_database(server, "_quality") as url:
                quality["postgres"] = _run("postgres quality", url, var_dir, scale, quality=True)
            var_dir = Path(temporary) / "postgres"
            var_dir.mkdir()
            with _postgres_database(server) as url:
                results["postgres"] = _run("postgres", url, var_dir, scale)
            var_dir = Path(temporary) / "postgres-federation"
            var_dir.mkdir()
            with _postgres_database(server, "_federation") as url:
                federation["postgres"] = _federation("postgres", url, var_dir, scale["times"])
    header = [
        f"Hudhud benchmark: {scale['users']:,} users, {scale['posts']:,} posts, "
        f"{scale['times']} iterations a timing; whole run {time.perf_counter() - began:.0f} s"
    ]
    print_report(results, header=header)
    print_quality(quality)
    _print_federation(federation)
    print_coach_quality()
    if path := os.environ.get("HUDHUD_BENCH_JSON"):
        every = {**results, "quality": quality, "federation": federation}
        Path(path).write_text(json.dumps(every, ensure_ascii=False, indent=1))
        print(f"\nEvery figure: {path}")
    every_result = (*results.values(), *quality.values(), *federation.values())
    if any("error" in result for result in every_result):
        sys.exit(1)


if __name__ == "__main__":
    main()
