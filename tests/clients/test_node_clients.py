"""The Node Mastodon clients masto and megalodon (installed from npm by `make`) against a
real server: each script signs in with a token, posts, reads and listens to the stream."""

import json
import os
import subprocess
from pathlib import Path
from typing import Any

from mastodon import Mastodon

from tests.clients.conftest import sign_up
from tests.servers import Server

SCRIPTS = Path(__file__).resolve().parent / "js"
ROOT = Path(__file__).resolve().parents[2]


def token_of(server: Server, username: str) -> str:
    person = sign_up(server, username)
    client_id, client_secret = Mastodon.create_app(
        "Node", scopes=["read", "write", "follow"], api_base_url=server.base_url
    )
    api = Mastodon(client_id=client_id, client_secret=client_secret, api_base_url=server.base_url)
    token: str = api.log_in(
        person.email, person.password, scopes=["read", "write", "follow"], allow_http=True
    )
    return token


def run_node(script: str, server: Server, token: str) -> dict[str, Any]:
    done = subprocess.run(
        ["node", str(SCRIPTS / script)],
        cwd=ROOT,  # node_modules
        env={**os.environ, "HUDHUD_URL": server.base_url, "HUDHUD_TOKEN": token},
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert done.returncode == 0, f"{script} failed:\n{done.stdout}\n{done.stderr}"
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_masto(server: Server) -> None:
    seen = run_node("masto.mjs", server, token_of(server, "yazeed_masto"))
    assert seen["me"] == "yazeed_masto"
    assert seen["version"].startswith("4.")
    assert seen["status"] in seen["home"]
    assert seen["favourited"] is True
    assert seen["status"] in seen["found"]  # «تحيه» finds «تحية»
    assert seen["streamed"] == seen["status"]


def test_megalodon(server: Server) -> None:
    seen = run_node("megalodon.mjs", server, token_of(server, "sami_megalodon"))
    assert seen["me"] == "sami_megalodon"
    assert seen["status"] in seen["home"]
    assert seen["boosted"] == seen["status"]
    assert seen["streamed"] == seen["status"]
