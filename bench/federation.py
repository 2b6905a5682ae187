"""Federation's benchmark, in its own process: `python -m bench.federation --database-url …
--var-dir … --out …`.

A real `hudhud run` and two `hudhud worker` processes; 100 peer servers on loopback (one
thread each, in this process), each with 100 accounts that follow one local account. That
account posts: how long until all 100 shared inboxes have its Create. Then a peer posts
signed activities to the local account's inbox, one after another: how long each takes to
be acknowledged (202), the signature checked against the peer's known key and the activity
stored. Figures are printed, never judged.
"""

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from bench.server import Browser, Server, free_port
from bench.timings import summary

SERVERS = 100
FOLLOWERS_EACH = 100


class _Peer(ThreadingHTTPServer):
    daemon_threads = True
    created_at: float | None = None


class _Inbox(BaseHTTPRequestHandler):
    server: _Peer

    def log_message(self, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if self.server.created_at is None and b'"Create"' in body:
            self.server.created_at = time.perf_counter()
        self.send_response(202)
        self.send_header("Content-Length", "0")
        self.end_headers()


def _peers() -> list[_Peer]:
    peers = [_Peer(("127.0.0.1", 0), _Inbox) for _ in range(SERVERS)]
    for peer in peers:
        threading.Thread(target=peer.serve_forever, daemon=True).start()
    return peers


def _seed(peers: list[_Peer]) -> tuple[Any, Any, str]:
    """Make the local account, the peers' accounts that follow it, and one peer actor whose
    key is known; return the local account, the actor and its private key."""
    from hudhud.accounts.models import Account, Follow  # noqa: PLC0415
    from hudhud.accounts.services import account_create  # noqa: PLC0415
    from hudhud.federation.signatures import key_pair  # noqa: PLC0415

    sami = account_create(username="sami", email="sami@example.org", password=None)
    private, public = key_pair()
    remote = []
    for number, peer in enumerate(peers):
        base = f"http://127.0.0.1:{peer.server_address[1]}"
        for follower in range(FOLLOWERS_EACH):
            remote.append(
                Account(
                    local=False,
                    username=f"f{follower}",
                    domain=base.removeprefix("http://"),
                    uri=f"{base}/users/f{follower}",
                    inbox_uri=f"{base}/users/f{follower}/inbox",
                    shared_inbox_uri=f"{base}/inbox",
                    public_key=public if (number, follower) == (0, 0) else "",
                )
            )
    Account.objects.bulk_create(remote, batch_size=1000)
    followers = Account.objects.filter(local=False)
    Follow.objects.bulk_create(
        [Follow(follower=account, target=sami) for account in followers], batch_size=1000
    )
    Account.objects.filter(pk=sami.pk).update(followers_count=followers.count())
    return sami, followers.exclude(public_key="").get(), private


def _token(env: dict[str, str]) -> str:
    made = subprocess.run(
        [sys.executable, "-m", "hudhud.cli", "token", "sami", "--scopes", "read write"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return made.stdout.strip()


def _fan_out(port: int, token: str, peers: list[_Peer]) -> float:
    """Post, and return the seconds until every peer's shared inbox took the Create."""
    browser = Browser(port, headers={"Authorization": f"Bearer {token}"})
    began = time.perf_counter()
    status, _headers, body = browser.request("POST", "/api/v1/statuses", {"status": "مرحبا"})
    if status != 200:
        raise RuntimeError(f"posting answered {status}: {body[:300]!r}")
    deadline = began + 120
    while time.perf_counter() < deadline and any(peer.created_at is None for peer in peers):
        time.sleep(0.05)
    reached = [peer.created_at for peer in peers if peer.created_at is not None]
    if len(reached) < len(peers):
        return float("nan")
    return max(reached) - began


def _inbox_posts(port: int, actor: Any, private_key: str, times: int) -> dict[str, float]:
    """Post `times` signed Likes to the local account's inbox; return the latencies."""
    import http.client  # noqa: PLC0415

    from django.conf import settings  # noqa: PLC0415

    from hudhud.federation.signatures import sign  # noqa: PLC0415

    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    durations = []
    for number in range(times + 10):
        body = json.dumps(
            {
                "id": f"{actor.uri}#likes/{number}",
                "type": "Like",
                "actor": actor.uri,
                "object": f"{settings.BASE_URL}/users/sami/statuses/1",
            }
        ).encode()
        headers = {"Content-Type": "application/activity+json"}
        headers.update(
            sign(
                "POST",
                f"{settings.BASE_URL}/users/sami/inbox",
                headers,
                body,
                key_id=f"{actor.uri}#main-key",
                private_key=private_key,
            )
        )
        began = time.perf_counter_ns()
        connection.request("POST", "/users/sami/inbox", body=body, headers=headers)
        answer = connection.getresponse()
        answer.read()
        if answer.status != 202:
            raise RuntimeError(f"the inbox answered {answer.status}")
        if number >= 10:  # the first ones warm up
            durations.append((time.perf_counter_ns() - began) / 1e6)
    connection.close()
    return summary(durations)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.federation")
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--var-dir", required=True, type=Path)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--times", type=int, default=300)
    args = parser.parse_args()
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hudhud.settings",
        "HUDHUD_VAR_DIR": str(args.var_dir),
        "HUDHUD_DATABASE_URL": args.database_url,
        "HUDHUD_TASK_BACKEND": "database",
        "HUDHUD_REDIS_URL": "",
        "HUDHUD_DEMO": "0",
        "HUDHUD_DEBUG": "0",
        "HUDHUD_HOST": "127.0.0.1",
        "HUDHUD_PORT": str(port),
        "HUDHUD_DOMAIN": f"127.0.0.1:{port}",
        "HUDHUD_RATE_LIMITS": "off",
        "HUDHUD_FEDERATION_ALLOW_PRIVATE": "127.0.0.0/8",
        "HUDHUD_FEDERATION_ALLOW_HTTP": "1",
    }
    os.environ.update(env)
    import django  # noqa: PLC0415 - only once the environment above is set

    django.setup()
    from django.core.management import call_command  # noqa: PLC0415

    call_command("migrate", interactive=False, verbosity=0)
    peers = _peers()
    _sami, actor, private_key = _seed(peers)
    server = Server(env, port, args.var_dir / "server.log")
    logs = [(args.var_dir / f"worker-{n}.log").open("wb") for n in range(2)]
    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "hudhud.cli", "worker"], env=env, stdout=log, stderr=log
        )
        for log in logs
    ]
    try:
        seconds = _fan_out(port, _token(env), peers)
        inbox = _inbox_posts(port, actor, private_key, args.times)
    finally:
        for worker in workers:
            worker.terminate()
        for worker in workers:
            worker.wait(timeout=30)
        server.stop()
    args.out.write_text(
        json.dumps(
            {
                "followers": SERVERS * FOLLOWERS_EACH,
                "servers": SERVERS,
                "fan_out_seconds": seconds,
                "inbox_ms": inbox,
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
