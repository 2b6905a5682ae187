"""Two real Hudhud servers on loopback, each with its own domain, database and worker,
talking ActivityPub over real HTTP: an account of one finds an account of the other by its
handle, follows it (also a locked one, which approves), and unfollows; each side sees it."""

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests

from tests.clients.conftest import sign_up
from tests.servers import Server, hudhud_server

FEDERATION = {
    "HUDHUD_FEDERATION_ALLOW_PRIVATE": "127.0.0.0/8",
    "HUDHUD_FEDERATION_ALLOW_HTTP": "1",
    "HUDHUD_RATE_LIMITS": "off",
}


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, Server]]:
    with (
        hudhud_server(tmp_path_factory.mktemp("hudhud-a"), demo=False, **FEDERATION) as a,
        hudhud_server(tmp_path_factory.mktemp("hudhud-b"), demo=False, **FEDERATION) as b,
    ):
        yield a, b


def domain_of(server: Server) -> str:
    return server.base_url.removeprefix("http://")


class Api:
    """The Mastodon API of one account on one server."""

    def __init__(self, server: Server, username: str, *, locked: bool = False) -> None:
        sign_up(server, username)
        made = subprocess.run(
            [
                sys.executable,
                "-m",
                "hudhud.cli",
                "token",
                username,
                "--scopes",
                "read write follow",
            ],
            env=server.env,
            cwd=server.var_dir,
            capture_output=True,
            text=True,
            check=True,
        )
        self.server = server
        self.headers = {"Authorization": f"Bearer {made.stdout.strip()}"}
        if locked:
            self.call("PATCH", "/api/v1/accounts/update_credentials", json={"locked": True})
        self.me = self.call("GET", "/api/v1/accounts/verify_credentials")

    def call(self, method: str, path: str, **options: Any) -> Any:
        answer = requests.request(
            method, self.server.base_url + path, headers=self.headers, timeout=30, **options
        )
        assert answer.status_code < 400, f"{method} {path}: {answer.status_code} {answer.text}"
        return answer.json()

    def find(self, handle: str) -> dict[str, Any]:
        found = self.call("GET", "/api/v2/search", params={"q": handle, "resolve": "true"})
        assert len(found["accounts"]) == 1, f"{handle} not found: {found}"
        return found["accounts"][0]  # type: ignore[no-any-return]

    def relationship(self, account_id: str) -> dict[str, Any]:
        return self.call("GET", "/api/v1/accounts/relationships", params={"id[]": account_id})[0]  # type: ignore[no-any-return]


def eventually(check: Callable[[], bool], seconds: float = 30) -> bool:
    """Whether `check` holds within `seconds`: deliveries are tasks of the workers."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.3)
    return check()


def test_an_account_follows_one_of_another_server_and_unfollows(
    servers: tuple[Server, Server],
) -> None:
    a, b = servers
    huda, sami = Api(a, "huda"), Api(b, "sami")

    found = huda.find(f"@sami@{domain_of(b)}")
    assert found["acct"] == f"sami@{domain_of(b)}" and found["username"] == "sami"
    asked = huda.call("POST", f"/api/v1/accounts/{found['id']}/follow")
    assert asked["following"] or asked["requested"]

    assert eventually(lambda: huda.relationship(found["id"])["following"]), a.log_tail()
    followers = sami.call("GET", f"/api/v1/accounts/{sami.me['id']}/followers")
    assert [f["acct"] for f in followers] == [f"huda@{domain_of(a)}"]
    assert huda.call("GET", "/api/v1/accounts/verify_credentials")["following_count"] == 1

    huda.call("POST", f"/api/v1/accounts/{found['id']}/unfollow")
    assert eventually(
        lambda: sami.call("GET", "/api/v1/accounts/verify_credentials")["followers_count"] == 0
    ), b.log_tail()


def test_a_locked_account_of_another_server_approves_a_follower(
    servers: tuple[Server, Server],
) -> None:
    a, b = servers
    nora, omar = Api(b, "nora"), Api(a, "omar", locked=True)

    found = nora.find(f"@omar@{domain_of(a)}")
    assert found["locked"] is True
    nora.call("POST", f"/api/v1/accounts/{found['id']}/follow")
    assert eventually(lambda: len(omar.call("GET", "/api/v1/follow_requests")) == 1), b.log_tail()
    [request] = omar.call("GET", "/api/v1/follow_requests")
    assert request["acct"] == f"nora@{domain_of(b)}"
    assert nora.relationship(found["id"])["requested"] is True

    omar.call("POST", f"/api/v1/follow_requests/{request['id']}/authorize")

    assert eventually(lambda: nora.relationship(found["id"])["following"]), a.log_tail()


def follow_each_other(one: Api, other: Api) -> tuple[dict[str, Any], dict[str, Any]]:
    """Make `one` and `other` (of two servers) follow each other; return each as the other
    server knows it."""
    other_there = one.find(f"@{other.me['username']}@{domain_of(other.server)}")
    one_there = other.find(f"@{one.me['username']}@{domain_of(one.server)}")
    one.call("POST", f"/api/v1/accounts/{other_there['id']}/follow")
    other.call("POST", f"/api/v1/accounts/{one_there['id']}/follow")
    assert eventually(
        lambda: (
            one.relationship(other_there["id"])["following"]
            and other.relationship(one_there["id"])["following"]
        )
    )
    return other_there, one_there


def home_status(api: Api, text: str) -> dict[str, Any] | None:
    for status in api.call("GET", "/api/v1/timelines/home"):
        if text in status["content"]:
            return status  # type: ignore[no-any-return]
    return None


def notified(api: Api, kind: str, acct: str) -> bool:
    return any(
        n["type"] == kind and n["account"]["acct"] == acct
        for n in api.call("GET", "/api/v1/notifications")
    )


def test_posts_replies_mentions_likes_boosts_edits_and_deletes_cross_over(
    servers: tuple[Server, Server],
) -> None:
    a, b = servers
    huda, sami = Api(a, "huda_p"), Api(b, "sami_p")
    follow_each_other(huda, sami)
    huda_acct, sami_acct = f"huda_p@{domain_of(a)}", f"sami_p@{domain_of(b)}"

    original = sami.call(
        "POST", "/api/v1/statuses", json={"status": "مرحبا من الخادم الثاني #هدهد"}
    )
    assert eventually(lambda: home_status(huda, "مرحبا من الخادم الثاني") is not None)
    arrived = home_status(huda, "مرحبا من الخادم الثاني")
    assert arrived is not None and arrived["account"]["acct"] == sami_acct
    assert arrived["tags"][0]["name"] == "هدهد" and arrived["visibility"] == "public"

    reply = huda.call(
        "POST",
        "/api/v1/statuses",
        json={"status": f"@sami_p@{domain_of(b)} أهلًا بك", "in_reply_to_id": arrived["id"]},
    )
    assert eventually(lambda: notified(sami, "mention", huda_acct)), a.log_tail()
    context = sami.call("GET", f"/api/v1/statuses/{original['id']}/context")
    [answer] = context["descendants"]
    assert "أهلًا بك" in answer["content"] and answer["in_reply_to_id"] == original["id"]

    sami.call("POST", f"/api/v1/statuses/{answer['id']}/favourite")
    assert eventually(lambda: notified(huda, "favourite", sami_acct)), b.log_tail()
    assert huda.call("GET", f"/api/v1/statuses/{reply['id']}")["favourites_count"] == 1

    huda.call("POST", f"/api/v1/statuses/{arrived['id']}/reblog")
    assert eventually(lambda: notified(sami, "reblog", huda_acct)), a.log_tail()
    huda.call("POST", f"/api/v1/statuses/{arrived['id']}/unreblog")
    assert eventually(
        lambda: sami.call("GET", f"/api/v1/statuses/{original['id']}")["reblogs_count"] == 0
    )

    sami.call("PUT", f"/api/v1/statuses/{original['id']}", json={"status": "نص معدّل #هدهد"})
    assert eventually(
        lambda: "نص معدّل" in huda.call("GET", f"/api/v1/statuses/{arrived['id']}")["content"]
    ), b.log_tail()
    assert huda.call("GET", f"/api/v1/statuses/{arrived['id']}")["edited_at"]

    sami.call("DELETE", f"/api/v1/statuses/{original['id']}")
    assert eventually(
        lambda: (
            requests.get(
                f"{a.base_url}/api/v1/statuses/{arrived['id']}", headers=huda.headers, timeout=10
            ).status_code
            == 404
        )
    ), b.log_tail()
