"""A real streaming server (`hudhud streaming`, granian over ASGI) in its own process, on
the test database, fed by the database table or by Redis; and clients of its server-sent
events and WebSocket."""

import http.client
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.db import connection
from pytest_django.fixtures import Settings

# Pub/sub channels are not kept in any Redis database; the number only keeps the URL apart.
TEST_REDIS_URL = os.environ.get("HUDHUD_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
STARTUP_SECONDS = 60.0
#: How long a test waits for an event that must come.
EVENT_SECONDS = 10.0


@dataclass(frozen=True)
class StreamingServer:
    host: str
    port: int
    backend: str
    log: Path
    process: "subprocess.Popen[bytes]"

    @property
    def http_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def ws_url(self) -> str:
        return f"ws://{self.host}:{self.port}"

    def log_tail(self) -> str:
        return self.log.read_bytes()[-4000:].decode("utf-8", errors="replace")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _database_url() -> str:
    """Return the URL of the test database this process uses, for the server to share."""
    params = connection.settings_dict
    if params["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{params['NAME']}"
    user = params["USER"] or "postgres"
    return f"postgres://{user}@{params['HOST']}:{params['PORT'] or 5432}/{params['NAME']}"


def _wait_until_up(server: StreamingServer) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        assert server.process.poll() is None, server.log_tail()
        try:
            with urllib.request.urlopen(  # noqa: S310 - our own http://127.0.0.1
                f"{server.http_url}/api/v1/streaming/health", timeout=2
            ):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            time.sleep(0.2)
    pytest.fail(f"the streaming server did not start:\n{server.log_tail()}", pytrace=False)


@pytest.fixture(scope="module", params=["database", "redis"])
def streaming_server(
    request: pytest.FixtureRequest, django_db_setup: None, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[StreamingServer]:
    """Start `hudhud streaming` on a free port over the test database; stop it after the
    module. The Redis case runs where the suite has Redis (HUDHUD_REDIS_URL)."""
    backend = str(request.param)
    if backend == "redis" and not os.environ.get("HUDHUD_REDIS_URL"):
        pytest.skip("HUDHUD_REDIS_URL is unset: no Redis to carry stream events")
    port = _free_port()
    log = tmp_path_factory.mktemp("streaming") / "server.log"
    env = {
        **os.environ,
        "HUDHUD_DATABASE_URL": _database_url(),
        "HUDHUD_REDIS_URL": TEST_REDIS_URL if backend == "redis" else "",
        "HUDHUD_VAR_DIR": str(settings.VAR_DIR),
        "HUDHUD_HOST": "127.0.0.1",
        "HUDHUD_STREAMING_PORT": str(port),
        "PYTHONUNBUFFERED": "1",
    }
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "hudhud.cli", "streaming"],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    server = StreamingServer("127.0.0.1", port, backend, log, process)
    try:
        _wait_until_up(server)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@pytest.fixture
def server(streaming_server: StreamingServer, settings: Settings, db: None) -> StreamingServer:
    """The streaming server, with this process publishing where it listens."""
    settings.REDIS_URL = TEST_REDIS_URL if streaming_server.backend == "redis" else ""
    return streaming_server


@dataclass(frozen=True)
class Event:
    event: str
    data: str

    def json(self) -> Any:
        return json.loads(self.data)


class EventStream:
    """A client of server-sent events: the response, and the events read from it."""

    def __init__(self, server: StreamingServer, path: str, token: str | None = None) -> None:
        self.connection = http.client.HTTPConnection(
            server.host, server.port, timeout=EVENT_SECONDS
        )
        headers = {"Accept": "text/event-stream"}
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        self.connection.request("GET", path, headers=headers)
        self.response = self.connection.getresponse()
        self.status = self.response.status

    def body(self) -> Any:
        return json.loads(self.response.read())

    def next_event(self) -> Event:
        """Return the next event, skipping comments (the greeting and heartbeats)."""
        fields: dict[str, str] = {}
        while True:
            line = self.response.readline().decode("utf-8")
            if not line:
                raise EOFError("the event stream ended")
            line = line.rstrip("\n")
            if line == "" and fields:
                return Event(event=fields.get("event", ""), data=fields.get("data", ""))
            if line.startswith(":") or not line:
                continue
            name, _colon, value = line.partition(":")
            fields[name] = value.removeprefix(" ")

    def close(self) -> None:
        self.connection.close()


@pytest.fixture
def open_stream() -> Iterator[Any]:
    """Return a factory of EventStreams, all closed after the test."""
    opened: list[EventStream] = []

    def make(server: StreamingServer, path: str, token: str | None = None) -> EventStream:
        stream = EventStream(server, path, token)
        opened.append(stream)
        return stream

    yield make
    for stream in opened:
        stream.close()
