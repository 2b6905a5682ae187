"""The federation client against a real HTTP server on loopback: what it refuses before
connecting (private, loopback, link-local, reserved addresses, by literal or by name; http
unless allowed), redirects checked hop by hop and capped, answers capped in size and time."""

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from pytest_django import Settings

from hudhud.federation.client import MAX_BODY, FetchError, Refused, address_allowed, request


class Peer(ThreadingHTTPServer):
    daemon_threads = True
    requests: list[str]


class _Handler(BaseHTTPRequestHandler):
    server: Peer

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.server.requests.append(self.path)
        if self.path.startswith("/hop/"):
            left = int(self.path.rsplit("/", 1)[1])
            self.send_response(302)
            self.send_header("Location", f"/hop/{left - 1}" if left else "/doc")
            self.end_headers()
        elif self.path == "/to-metadata":
            self.send_response(302)
            self.send_header("Location", "http://169.254.169.254/latest/meta-data/")
            self.end_headers()
        elif self.path == "/huge":
            self.send_response(200)
            self.end_headers()  # no Content-Length: the size shows only while reading
            for _ in range(MAX_BODY // 65536 + 2):
                self.wfile.write(b"x" * 65536)
        elif self.path == "/slow":
            time.sleep(3)
            self.send_response(200)
            self.end_headers()
        else:
            body = b'{"id": "doc"}'
            self.send_response(200)
            self.send_header("Content-Type", "application/activity+json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        self.server.requests.append(f"POST {self.path} {self.rfile.read(length).decode()}")
        self.send_response(202)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture
def peer() -> Iterator[Peer]:
    server = Peer(("127.0.0.1", 0), _Handler)
    server.requests = []
    # shutdown() waits for the loop to look again: every 0.5 s by default, half a second a test.
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def loopback_allowed(settings: Settings) -> None:
    settings.FEDERATION_ALLOW_PRIVATE = ["127.0.0.0/8"]
    settings.FEDERATION_ALLOW_HTTP = True


def url_of(peer: Peer, path: str = "/doc", host: str = "127.0.0.1") -> str:
    return f"http://{host}:{peer.server_address[1]}{path}"


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",  # noqa: S104
        "224.0.0.1",
        "::1",
        "fe80::1",
        "fd00::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
    ],
)
def test_private_and_reserved_addresses_are_refused(address: str) -> None:
    assert not address_allowed(address)


def test_public_addresses_are_allowed_and_allowed_networks_too(settings: Settings) -> None:
    assert address_allowed("93.184.215.14") and address_allowed("2606:4700::1111")
    settings.FEDERATION_ALLOW_PRIVATE = ["127.0.0.0/8"]
    assert address_allowed("127.0.0.1") and not address_allowed("10.0.0.1")


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "[::1]"])
def test_loopback_is_refused_by_address_or_by_name_before_connecting(
    peer: Peer, settings: Settings, host: str
) -> None:
    settings.FEDERATION_ALLOW_HTTP = True

    with pytest.raises(Refused):
        request("GET", url_of(peer, host=host))

    assert peer.requests == []


@pytest.mark.parametrize(
    "url",
    [
        "http://10.0.0.1/inbox",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]:8000/users/a",
        "http://[fd00::1]/inbox",
    ],
)
def test_a_private_address_is_refused_without_any_connection(settings: Settings, url: str) -> None:
    settings.FEDERATION_ALLOW_HTTP = True
    started = time.monotonic()

    with pytest.raises(Refused):
        request("GET", url, timeout=5)

    assert time.monotonic() - started < 1  # refused, not timed out connecting


@pytest.mark.parametrize("url", ["file:///etc/passwd", "gopher://example.org/", "ftp://a/"])
def test_only_web_urls_are_fetched(url: str) -> None:
    with pytest.raises(Refused):
        request("GET", url)


@pytest.mark.usefixtures("loopback_allowed")
def test_http_needs_its_setting_even_to_an_allowed_network(peer: Peer, settings: Settings) -> None:
    settings.FEDERATION_ALLOW_HTTP = False

    with pytest.raises(Refused):
        request("GET", url_of(peer))

    assert peer.requests == []


@pytest.mark.usefixtures("loopback_allowed")
def test_an_allowed_peer_answers_gets_and_posts(peer: Peer) -> None:
    got = request("GET", url_of(peer), headers={"Accept": "application/activity+json"})
    posted = request("POST", url_of(peer, "/inbox"), body=b'{"type": "Follow"}')

    assert (got.status, got.content_type, got.body) == (
        200,
        "application/activity+json",
        b'{"id": "doc"}',
    )
    assert posted.status == 202
    assert peer.requests == ["/doc", 'POST /inbox {"type": "Follow"}']


@pytest.mark.usefixtures("loopback_allowed")
def test_three_redirects_are_followed_and_a_fourth_is_not(peer: Peer) -> None:
    followed = request("GET", url_of(peer, "/hop/2"))
    with pytest.raises(FetchError, match="redirects"):
        request("GET", url_of(peer, "/hop/3"))

    assert followed.status == 200 and followed.url == url_of(peer)


@pytest.mark.usefixtures("loopback_allowed")
def test_a_redirect_to_a_private_address_is_refused(peer: Peer) -> None:
    with pytest.raises(Refused):
        request("GET", url_of(peer, "/to-metadata"))


@pytest.mark.usefixtures("loopback_allowed")
def test_answers_are_capped_in_size_and_time(peer: Peer) -> None:
    with pytest.raises(FetchError, match="larger"):
        request("GET", url_of(peer, "/huge"))
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        request("GET", url_of(peer, "/slow"), timeout=1)

    assert time.monotonic() - started < 2.5


@pytest.mark.usefixtures("loopback_allowed")
def test_a_signer_signs_each_request(peer: Peer) -> None:
    seen: list[tuple[str, str]] = []

    def sign(method: str, url: str, headers: object, body: bytes) -> dict[str, str]:
        seen.append((method, url))
        return {"Signature": "test"}

    request("GET", url_of(peer, "/hop/1"), sign=sign)

    assert seen == [
        ("GET", url_of(peer, "/hop/1")),
        ("GET", url_of(peer, "/hop/0")),
        ("GET", url_of(peer)),
    ]
