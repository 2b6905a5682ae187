"""The one HTTP client that federation fetches and delivers with.

It connects only to public addresses: the host's addresses are resolved and checked when
the connection is made, and the connection goes to the address that was checked, so a name
that resolves to a public address once and to 127.0.0.1 the next time (DNS rebinding)
reaches nothing private. Networks in HUDHUD_FEDERATION_ALLOW_PRIVATE are reached anyway
(tests on loopback). It follows at most MAX_REDIRECTS redirects of a GET, each one checked
again, reads at most MAX_BODY bytes and gives up after `timeout` seconds in all.
"""

import ipaddress
import socket
import ssl
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
from django.conf import settings

MAX_REDIRECTS = 3
MAX_BODY = 5 * 1024 * 1024
TIMEOUT = 10.0
REDIRECTS = frozenset({301, 302, 303, 307, 308})
USER_AGENT = "Hudhud/0.1"

#: Signs a request: given its method, URL, headers and body, returns the headers to add.
Signer = Callable[[str, str, Mapping[str, str], bytes], Mapping[str, str]]


class FetchError(Exception):
    """A request that could not be made, or whose answer could not be read."""


class Refused(FetchError):
    """A URL or an address this server does not connect to."""


@dataclass(frozen=True)
class Answer:
    """A peer's answer: the URL it came from (after redirects), status, headers, body."""

    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


def _allowed_networks() -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    return [ipaddress.ip_network(net, strict=False) for net in settings.FEDERATION_ALLOW_PRIVATE]


def address_allowed(address: str) -> bool:
    """Return whether this server connects to `address`: a public one, or one of the
    networks in HUDHUD_FEDERATION_ALLOW_PRIVATE."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if any(ip in network for network in _allowed_networks()):
        return True
    return ip.is_global and not ip.is_multicast


class _CheckedBackend(httpcore.NetworkBackend):
    """Resolves the host, refuses it if any of its addresses is not allowed, and connects
    to an address it checked (never resolving the name again)."""

    def __init__(self) -> None:
        self._backend = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as error:
            raise httpcore.ConnectError(f"{host}: {error}") from error
        addresses = list(dict.fromkeys(str(info[4][0]) for info in found))
        refused = [address for address in addresses if not address_allowed(address)]
        if refused:
            raise Refused(f"{host} resolves to {refused[0]}, which is not a public address")
        failure: Exception = httpcore.ConnectError(f"{host}: no address")
        for address in addresses:
            try:
                return self._backend.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
            except httpcore.ConnectError as error:
                failure = error
        raise failure

    def connect_unix_socket(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        raise Refused("federation does not connect to sockets")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


@cache
def _pool(ca_bundle: str) -> httpcore.ConnectionPool:
    context = ssl.create_default_context()
    if ca_bundle:
        context.load_verify_locations(ca_bundle)
    return httpcore.ConnectionPool(
        ssl_context=context,
        network_backend=_CheckedBackend(),
        max_connections=50,
        keepalive_expiry=30,
    )


def _checked_url(url: str) -> str:
    parts = urlsplit(url)
    schemes = ("https", "http") if settings.FEDERATION_ALLOW_HTTP else ("https",)
    if parts.scheme not in schemes:
        raise Refused(f"{url}: only {' and '.join(schemes)} URLs are fetched")
    if not parts.hostname or parts.username is not None or parts.password is not None:
        raise Refused(f"{url}: not a URL of a server")
    try:  # a literal address is checked before anything is sent
        literal = ipaddress.ip_address(parts.hostname)
    except ValueError:
        return url
    if not address_allowed(str(literal)):
        raise Refused(f"{url}: {literal} is not a public address")
    return url


def request(
    method: str,
    url: str,
    *,
    headers: Mapping[str, str] | None = None,
    body: bytes = b"",
    sign: Signer | None = None,
    timeout: float = TIMEOUT,
) -> Answer:
    """Send one request (signed by `sign` at each hop) and return the answer, whatever its
    status; a GET follows up to MAX_REDIRECTS redirects. Raise Refused for what this
    server does not connect to, FetchError when the request could not be made or read."""
    deadline = time.monotonic() + timeout
    for _hop in range(MAX_REDIRECTS + 1):
        url = _checked_url(url)
        answer = _once(method, url, headers or {}, body, sign=sign, deadline=deadline)
        location = answer.headers.get("location")
        if method != "GET" or answer.status not in REDIRECTS or not location:
            return answer
        url = urljoin(url, location)
    raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")


def _once(
    method: str,
    url: str,
    headers: Mapping[str, str],
    body: bytes,
    *,
    sign: Signer | None,
    deadline: float,
) -> Answer:
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError(f"{url}: timed out")
    sent = {"User-Agent": f"{USER_AGENT} (+{settings.BASE_URL}/)", **headers}
    if sign is not None:
        sent.update(sign(method, url, sent, body))
    limits = {"connect": left, "read": left, "write": left, "pool": left}
    try:
        with _pool(settings.CA_BUNDLE).stream(
            method, url, headers=list(sent.items()), content=body, extensions={"timeout": limits}
        ) as response:
            received = {
                name.decode("latin-1").lower(): value.decode("latin-1")
                for name, value in response.headers
            }
            declared = received.get("content-length", "")
            if declared.isdigit() and int(declared) > MAX_BODY:
                raise FetchError(f"{url}: the answer is larger than {MAX_BODY} bytes")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_stream():
                size += len(chunk)
                if size > MAX_BODY:
                    raise FetchError(f"{url}: the answer is larger than {MAX_BODY} bytes")
                if time.monotonic() > deadline:
                    raise FetchError(f"{url}: timed out")
                chunks.append(chunk)
    except httpcore.TimeoutException as error:
        raise FetchError(f"{url}: timed out") from error
    except (httpcore.NetworkError, httpcore.ProtocolError, ssl.SSLError) as error:
        raise FetchError(f"{url}: {error}") from error
    return Answer(url=url, status=response.status, headers=received, body=b"".join(chunks))
