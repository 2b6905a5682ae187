"""What a web worker loads with the URL map: every library it only sometimes needs waits for
its first use."""

import os
import subprocess
import sys
from pathlib import Path

# Together some 35 MiB of every web worker when they were imported with the URL map.
LOADED_WHEN_USED = (
    "redis",
    "rq",
    "requests",
    "oauth2_provider.views",
    "PIL",
    "pygal",
    "icalendar",
)

_LOAD_THE_URL_MAP = """
import sys
import django
django.setup()
from django.urls import get_resolver
import hudhud.wsgi
get_resolver().url_patterns
print(" ".join(name for name in sys.argv[1:] if name in sys.modules))
"""


def test_a_web_worker_without_redis_loads_no_library_before_it_is_used(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hudhud.settings",
        "HUDHUD_VAR_DIR": str(tmp_path),
        "HUDHUD_DATABASE_URL": "",
        "HUDHUD_REDIS_URL": "",
    }
    loaded = subprocess.run(
        [sys.executable, "-c", _LOAD_THE_URL_MAP, *LOADED_WHEN_USED],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()

    assert loaded == []
