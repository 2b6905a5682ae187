"""A small server of another domain on loopback for the federation tests: it serves the
ActivityStreams documents it is given (actors with their keys) over real HTTP, takes what
is posted to it, and records every request, to show what the server under test fetched."""

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from django.conf import settings
from django.test import Client

from hudhud.federation.signatures import key_pair, sign


@dataclass
class Peer:
    base_url: str
    #: path → (content type, document)
    documents: dict[str, tuple[str, dict[str, Any]]] = field(default_factory=dict)
    #: path → (content type, bytes): images and other files
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    #: (method, path, body) of every request received
    requests: list[tuple[str, str, bytes]] = field(default_factory=list)
    #: the status the inbox answers posts with, and the headers it adds
    inbox_status: int = 202
    inbox_headers: dict[str, str] = field(default_factory=dict)

    @property
    def host(self) -> str:
        return self.base_url.removeprefix("http://")

    def actor(self, username: str, **fields: Any) -> "RemoteActor":
        """Publish an actor `username` with a new key and return it."""
        private, public = key_pair()
        uri = f"{self.base_url}/users/{username}"
        document = {
            "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"],
            "id": uri,
            "type": "Person",
            "preferredUsername": username,
            "inbox": f"{uri}/inbox",
            "outbox": f"{uri}/outbox",
            "endpoints": {"sharedInbox": f"{self.base_url}/inbox"},
            "publicKey": {"id": f"{uri}#main-key", "owner": uri, "publicKeyPem": public},
            **fields,
        }
        self.documents[f"/users/{username}"] = ("application/activity+json", document)
        return RemoteActor(uri=uri, key_id=f"{uri}#main-key", private_key=private, peer=self)

    def fetched(self, path: str) -> bool:
        return any(method == "GET" and got == path for method, got, _body in self.requests)

    def posted(self) -> list[dict[str, Any]]:
        return [json.loads(body) for method, _path, body in self.requests if method == "POST"]


@dataclass
class RemoteActor:
    uri: str
    key_id: str
    private_key: str
    peer: Peer

    def signed_headers(
        self,
        body: bytes,
        *,
        inbox: str = "/users/huda/inbox",
        key_id: str | None = None,
        now: datetime | None = None,
    ) -> dict[str, str]:
        """Return the headers of a POST of `body` to `inbox` of the server under test, as
        signed at `now`."""
        headers = {"Content-Type": "application/activity+json"}
        added = sign(
            "POST",
            f"{settings.BASE_URL}{inbox}",
            headers,
            body,
            key_id=key_id or self.key_id,
            private_key=self.private_key,
            now=now,
        )
        return {**headers, **added}


def post_to_inbox(body: bytes, headers: dict[str, str], inbox: str = "/users/huda/inbox") -> Any:
    """Post `body` with `headers` to an inbox of the server under test, as a peer would."""
    headers = dict(headers)
    return Client().post(
        inbox,
        body,
        content_type=headers.pop("Content-Type", "application/activity+json"),
        headers={**headers, "Host": settings.DOMAIN},
    )


class _Handler(BaseHTTPRequestHandler):
    peer: Peer

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.peer.requests.append(("GET", self.path, b""))
        path = self.path.split("?")[0]
        found = self.peer.documents.get(path)
        if found is not None:
            content_type, body = found[0], json.dumps(found[1]).encode()
        elif path in self.peer.files:
            content_type, body = self.peer.files[path]
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        self.peer.requests.append(("POST", self.path, self.rfile.read(length)))
        self.send_response(self.peer.inbox_status)
        for name, value in self.peer.inbox_headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", "0")
        self.end_headers()


@contextmanager
def running_peer() -> Iterator[Peer]:
    """Run a peer on a free loopback port until the block ends."""
    handler = type("Handler", (_Handler,), {})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    peer = Peer(base_url=f"http://127.0.0.1:{server.server_address[1]}")
    handler.peer = peer  # type: ignore[attr-defined]
    # shutdown() waits for the loop to look again: every 0.5 s by default, half a second a test.
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield peer
    finally:
        server.shutdown()
        server.server_close()
