"""A real `hudhud run` server process, and a small browser to sign in to it (stdlib only)."""

import contextlib
import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from bench.timings import repeat, summary

_CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def free_port() -> int:
    """Return a loopback port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class Server:
    """`hudhud run --no-worker` in a subprocess: production settings, granian, DEBUG off."""

    def __init__(self, env: dict[str, str], port: int, log: Path) -> None:
        self.port = port
        self.log = log
        self._log_file = log.open("wb")
        began = time.perf_counter()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "hudhud.cli", "run", "--no-worker"],
            env=env,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
        )
        self._wait_ready(timeout=120)
        self.startup_seconds = time.perf_counter() - began

    def _wait_ready(self, *, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"hudhud run exited: {self.log.read_text()[-2000:]}")
            try:
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
                connection.request("GET", "/login")
                if connection.getresponse().status == 200:
                    connection.close()
                    return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(
            f"hudhud run did not answer in {timeout} s: {self.log.read_text()[-2000:]}"
        )

    def processes(self) -> list[int]:
        """Return the server's process ID and those of its descendants (granian's workers)."""
        parents: dict[int, int] = {}
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                with contextlib.suppress(OSError):
                    # The command may hold spaces and parentheses; fields follow the last ')'.
                    fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                    parents[int(entry.name)] = int(fields[1])
        family = [self.process.pid]
        for pid in family:
            family.extend(child for child, parent in parents.items() if parent == pid)
        return family

    def memory(self) -> list[dict[str, Any]]:
        """Return VmRSS and VmHWM in MiB of every process of the server; `web_worker` marks
        granian's web workers (forks of `hudhud run`, with its command line)."""
        found = []
        command = Path(f"/proc/{self.process.pid}/cmdline").read_bytes()
        for pid in self.processes():
            # A process gone meanwhile has no files, one exiting no VmRSS any more.
            with contextlib.suppress(OSError, KeyError):
                status = dict(
                    line.split(":", 1)
                    for line in Path(f"/proc/{pid}/status").read_text().splitlines()
                )
                found.append(
                    {
                        "pid": pid,
                        "name": status["Name"].strip(),
                        "web_worker": pid != self.process.pid
                        and Path(f"/proc/{pid}/cmdline").read_bytes() == command,
                        "rss_mib": int(status["VmRSS"].split()[0]) / 1024,
                        "hwm_mib": int(status["VmHWM"].split()[0]) / 1024,
                    }
                )
        return found

    def stop(self) -> None:
        """Stop the server and whatever it started, by process ID."""
        family = self.processes()
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)
        for pid in family[1:]:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        self._log_file.close()


class Browser:
    """A signed-in visitor: keeps cookies and one keep-alive connection."""

    def __init__(
        self,
        port: int,
        cookies: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.port = port
        self.cookies = dict(cookies or {})
        self.headers = dict(headers or {})  # e.g. an API client's Authorization
        self._connection: http.client.HTTPConnection | None = None

    def copy(self) -> "Browser":
        return Browser(self.port, self.cookies, self.headers)

    def request(
        self, method: str, path: str, form: dict[str, str] | None = None
    ) -> tuple[int, dict[str, str], bytes]:
        """Send one request and read the whole answer; return status, headers and body."""
        headers = {"Host": f"127.0.0.1:{self.port}", "Accept-Language": "ar", **self.headers}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        for attempt in range(2):
            if self._connection is None:
                self._connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            try:
                self._connection.request(method, path, body=body, headers=headers)
                response = self._connection.getresponse()
                content = response.read()
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.close()  # the server closed the kept-alive connection: open another
                if attempt:
                    raise
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return response.status, dict(response.headers.items()), content

    def login(self, username: str, password: str) -> None:
        """Sign in through the login form, as a person would."""
        status, _headers, page = self.request("GET", "/login")
        token = _CSRF_FIELD.search(page.decode())
        if status != 200 or token is None:
            raise RuntimeError(f"GET /login answered {status} without a CSRF token")
        form = {"csrfmiddlewaretoken": token.group(1), "login": username, "password": password}
        status, _headers, page = self.request("POST", "/login", form)
        if status != 302 or "sessionid" not in self.cookies:
            raise RuntimeError(f"POST /login answered {status}: {page[:500]!r}")

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def load_test(
    server: Server,
    *,
    username: str,
    password: str,
    newest_post: int,
    times: int,
    concurrent: int,
    say: Callable[[str], None],
) -> dict[str, Any]:
    """Sign in as `username`; time GET / alone, then with 4 clients at once; read memory."""
    browser = Browser(server.port)
    try:
        browser.login(username, password)
        status, _headers, page = browser.request("GET", "/")
        if status != 200 or str(newest_post).encode() not in page:
            raise RuntimeError(f"GET / answered {status} without @{username}'s newest post")
        say(f"GET / ×{times}, one client")
        sequential = summary(repeat(lambda: _get_home(browser), times=times, warmup=20))
        memory_sequential = server.memory()
        say(f"GET / ×{4 * concurrent}, 4 clients at once")
        together = _together(browser, _get_home, clients=4, each=concurrent)
    finally:
        browser.close()
    return {
        "startup_seconds": server.startup_seconds,
        "page_bytes": len(page),
        "sequential": sequential,
        "concurrent": together,
        "memory_after_sequential": memory_sequential,
        "memory_after_concurrent": server.memory(),
    }


def _get_home(browser: Browser) -> None:
    status, _headers, _page = browser.request("GET", "/")
    if status != 200:
        raise RuntimeError(f"GET / answered {status}")


def api_load_test(
    server: Server,
    *,
    token: str,
    newest_post: int,
    times: int,
    concurrent: int,
    say: Callable[[str], None],
) -> dict[str, Any]:
    """Time the Mastodon API as an app calls it: the home timeline alone and with 4 clients
    at once, then posting; read memory."""
    client = Browser(server.port, headers={"Authorization": f"Bearer {token}"})
    try:
        status, _headers, page = client.request("GET", API_HOME)
        if status != 200 or str(newest_post).encode() not in page:
            raise RuntimeError(f"GET {API_HOME} answered {status} without the newest post")
        say(f"GET {API_HOME} ×{times}, one client")
        home = summary(repeat(lambda: _get_api_home(client), times=times, warmup=20))
        say(f"GET {API_HOME} ×{4 * concurrent}, 4 clients at once")
        together = _together(client, _get_api_home, clients=4, each=concurrent)
        posts = min(times, 100)
        say(f"POST /api/v1/statuses ×{posts}")
        counter = iter(range(posts + 10))
        posting = summary(
            repeat(lambda: _post_status(client, next(counter)), times=posts, warmup=5)
        )
    finally:
        client.close()
    return {
        "page_bytes": len(page),
        "home": home,
        "home_concurrent": together,
        "post": posting,
        "memory_after": server.memory(),
    }


API_HOME = "/api/v1/timelines/home?limit=20"


def _get_api_home(client: Browser) -> None:
    status, _headers, _page = client.request("GET", API_HOME)
    if status != 200:
        raise RuntimeError(f"GET {API_HOME} answered {status}")


def _post_status(client: Browser, number: int) -> None:
    text = f"تجربة النشر عبر الواجهة البرمجية رقم {number} #هدهد"
    status, _headers, page = client.request("POST", "/api/v1/statuses", {"status": text})
    if status != 200:
        raise RuntimeError(f"POST /api/v1/statuses answered {status}: {page[:300]!r}")


def _together(
    browser: Browser, call: Callable[[Browser], None], *, clients: int, each: int
) -> dict[str, Any]:
    """Send `each` requests from each of `clients` threads at once; return latency and rate."""
    durations: list[list[float]] = [[] for _ in range(clients)]
    errors: list[BaseException] = []
    start = threading.Barrier(clients + 1)

    def client(number: int) -> None:
        visitor = browser.copy()
        try:
            call(visitor)  # connect before the clock starts
            start.wait()
            durations[number] = repeat(lambda: call(visitor), times=each, warmup=0)
        except BaseException as error:
            errors.append(error)
            start.abort()
        finally:
            visitor.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    with contextlib.suppress(threading.BrokenBarrierError):
        start.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    if errors:
        raise errors[0]
    every = [ms for per in durations for ms in per]
    return {
        **summary(every),
        "threads": clients,
        "requests": len(every),
        "requests_per_second": len(every) / wall,
    }
