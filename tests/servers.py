"""A real Hudhud server in a process of its own, for the tests that drive it from outside:
Chromium (tests/e2e) and real Mastodon clients (tests/clients).

The server never touches the test database. It gets state of its own: a temporary var dir
(which holds the SQLite file), a fresh PostgreSQL database when the session runs on
PostgreSQL, and a Redis database of its own when the session has Redis, so that no other
worker takes its jobs and its worker takes no one else's. All of it is dropped afterwards.
"""

import contextlib
import os
import secrets
import signal
import socket
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
import redis

#: Migrations, collectstatic and the demo load all happen before the port answers:
#: about 15 s on an idle machine, near a minute on PostgreSQL on a busy one.
STARTUP_TIMEOUT = float(os.environ.get("HUDHUD_E2E_STARTUP_TIMEOUT", "120"))
REDIS_CLAIM = "hudhud:e2e:claim"


@dataclass(frozen=True)
class Server:
    base_url: str
    log: Path
    process: subprocess.Popen[bytes]
    #: The environment it runs in, for the `hudhud` commands an operator would run beside it.
    env: dict[str, str]
    var_dir: Path

    def log_tail(self, size: int = 6000) -> str:
        data = self.log.read_bytes() if self.log.exists() else b""
        return data[-size:].decode("utf-8", errors="replace")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _is_postgres(url: str) -> bool:
    return urlsplit(url).scheme in {"postgres", "postgresql", "pgsql", "postgis"}


def _with_path(url: str, name: str) -> str:
    """Return `url` with its database (the path) replaced by `name`."""
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


def _pg_connect(url: str, dbname: str | None = None) -> psycopg.Connection[tuple[object, ...]]:
    parts = urlsplit(url)
    return psycopg.connect(
        host=parts.hostname or "127.0.0.1",
        port=parts.port or 5432,
        user=parts.username or "postgres",
        password=parts.password or None,
        dbname=dbname or parts.path.lstrip("/"),
        autocommit=True,
    )


@contextlib.contextmanager
def _server_database() -> Iterator[str | None]:
    """Yield the database URL the server should use: a fresh PostgreSQL database, or None."""
    url = os.environ.get("HUDHUD_DATABASE_URL", "")
    if not _is_postgres(url):
        yield None  # SQLite: the file lives in the server's temporary var dir
        return
    name = f"hudhud_e2e_{secrets.token_hex(6)}"
    with _pg_connect(url, "postgres") as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield _with_path(url, name)
    finally:
        with _pg_connect(url, "postgres") as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _claim_redis_database(url: str) -> tuple[redis.Redis, int] | None:
    """Claim an empty database (1 to 15) on the Redis server of `url`."""
    own = urlsplit(url).path.lstrip("/") or "0"
    token = secrets.token_hex(8)
    for index in range(1, 16):
        if str(index) == own:
            continue
        client = redis.Redis.from_url(_with_path(url, str(index)))
        try:
            claimed = bool(client.set(REDIS_CLAIM, token, nx=True))
            if claimed and client.dbsize() == 1:
                return client, index
            if claimed:
                client.delete(REDIS_CLAIM)  # someone's keys are there: not ours to use
        except redis.ResponseError:  # the server has fewer databases
            client.close()
            return None
        client.close()
    return None


@contextlib.contextmanager
def _server_redis() -> Iterator[str]:
    """Yield the Redis URL of the server: an empty database of the session's Redis, or ""."""
    url = os.environ.get("HUDHUD_REDIS_URL", "")
    if not url:
        yield ""
        return
    claimed = _claim_redis_database(url)
    if claimed is None:
        pytest.fail(f"no empty database on the Redis of {url} for a test server", pytrace=False)
    client, index = claimed
    try:
        yield _with_path(url, str(index))
    finally:
        client.flushdb()  # the claim, the server's cache, its queue and its job results
        client.close()


def _wait_until_up(
    process: subprocess.Popen[bytes], url: str, timeout: float, *, ca_bundle: str | None = None
) -> str | None:
    """Poll `url` until it answers (over https trusting `ca_bundle`); return why not if it
    never does."""
    context = ssl.create_default_context(cafile=ca_bundle) if ca_bundle else None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return f"the server exited with status {process.returncode}"
        try:
            with urllib.request.urlopen(url, timeout=2, context=context):  # noqa: S310 - our own server
                return None
        except urllib.error.HTTPError:
            return None  # it answered, even if not with 200
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            time.sleep(0.25)
    return f"nothing answered on {url} within {timeout:.0f} s"


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate the server's process group (granian, its workers, the task worker)."""
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)
    # The group may outlive its leader (a worker still shutting down): end what is left.
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)


@contextlib.contextmanager
def hudhud_server(var_dir: Path, *, demo: bool, **settings: str) -> Iterator[Server]:
    """Run `hudhud run` on a free port, with state of its own in `var_dir` (and a database
    and Redis database of its own), and the HUDHUD_* `settings` given; stop it afterwards."""
    with _server_database() as database, _server_redis() as redis_url:
        yield from _serve(var_dir, database, redis_url, demo=demo, settings=settings)


def _serve(
    var_dir: Path, database: str | None, redis_url: str, *, demo: bool, settings: dict[str, str]
) -> Iterator[Server]:
    port = free_port()
    env = dict(os.environ)
    for name in ("HUDHUD_SECRET_KEY", "HUDHUD_HTTPS", "HUDHUD_TASK_BACKEND", "HUDHUD_DEBUG"):
        env.pop(name, None)
    env.update(
        HUDHUD_VAR_DIR=str(var_dir),
        HUDHUD_HOST="127.0.0.1",
        HUDHUD_PORT=str(port),
        HUDHUD_DOMAIN=f"127.0.0.1:{port}",
        HUDHUD_DEMO="1" if demo else "0",
        HUDHUD_REDIS_URL=redis_url,
        PYTHONUNBUFFERED="1",
        **settings,
    )
    env["HUDHUD_DATABASE_URL"] = database or ""
    log = var_dir / "server.log"
    base_url = f"{'https' if 'HUDHUD_TLS_CERT' in settings else 'http'}://127.0.0.1:{port}"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "hudhud.cli", "run"],
            env=env,
            cwd=var_dir,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, to stop it with its children
        )
    running = Server(base_url=base_url, log=log, process=process, env=env, var_dir=var_dir)
    started = time.monotonic()
    try:
        problem = _wait_until_up(
            process, f"{base_url}/", STARTUP_TIMEOUT, ca_bundle=settings.get("HUDHUD_CA_BUNDLE")
        )
        if problem:
            pytest.fail(
                f"Hudhud did not start: {problem}.\n--- tail of {log} ---\n{running.log_tail()}",
                pytrace=False,
            )
        print(
            f"\nHudhud test server at {base_url}: answering after "
            f"{time.monotonic() - started:.1f} s ({'RQ' if redis_url else 'database'} tasks, "
            f"{'PostgreSQL' if database else 'SQLite'})"
        )
        yield running
    finally:
        _stop(process)
