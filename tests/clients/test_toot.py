"""toot, the Mastodon command-line client, run as its own process against a real server:
log in by password, post Arabic text, read the home timeline and search."""

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.clients.conftest import sign_up
from tests.servers import Server

TOOT = str(Path(sys.executable).with_name("toot"))


def toot(config: Path, *args: str) -> str:
    """Run toot with its configuration in `config`; return what it printed."""
    done = subprocess.run(
        [TOOT, *args],
        env={**os.environ, "XDG_CONFIG_HOME": str(config), "NO_COLOR": "1", "COLUMNS": "200"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, f"toot {args[0]} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def test_toot_logs_in_posts_reads_and_searches(server: Server, tmp_path: Path) -> None:
    bassem = sign_up(server, "bassem")
    logged_in = toot(
        tmp_path,
        "login_cli",
        "--instance",
        server.base_url,
        "--email",
        bassem.email,
        "--password",
        bassem.password,
    )
    assert "Successfully logged in" in logged_in

    posted = toot(tmp_path, "post", "ملتقى رواد الأعمال في #الرياض غداً")
    assert "Toot posted" in posted

    timeline = toot(tmp_path, "timeline", "--once")
    assert "ملتقى رواد الأعمال" in timeline

    # «الاعمال» without its hamza finds «الأعمال»
    found = json.loads(toot(tmp_path, "search", "--json", "--type", "statuses", "الاعمال"))
    assert any("ملتقى رواد الأعمال" in status["content"] for status in found["statuses"])
