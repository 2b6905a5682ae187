"""A post's fan-out runs in a separate `hudhud worker` process, on each task backend."""

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.db import connection
from pytest_django.fixtures import Settings

from hudhud.accounts.services import follow_create
from hudhud.timelines.models import TimelineEntry
from tests.factories import make_account, make_post

BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "rq": "django_tasks_rq.RQBackend",
}
# A Redis database of the suite's own, emptied before and after: no other keys are touched.
TEST_REDIS_URL = os.environ.get("HUDHUD_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
WAIT_SECONDS = 60


def _database_url() -> str:
    """Return the URL of the test database this process uses, for the worker to share."""
    params = connection.settings_dict
    if params["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{params['NAME']}"
    user = params["USER"] or "postgres"
    return f"postgres://{user}@{params['HOST']}:{params['PORT'] or 5432}/{params['NAME']}"


@pytest.fixture(params=sorted(BACKENDS))
def worker_backend(request: pytest.FixtureRequest, settings: Settings) -> Iterator[str]:
    backend = str(request.param)
    settings.TASKS = {"default": {"BACKEND": BACKENDS[backend]}}
    settings.RQ_QUEUES = {"default": {"URL": TEST_REDIS_URL}}
    if backend == "rq":
        redis.Redis.from_url(TEST_REDIS_URL).flushdb()
    yield backend
    if backend == "rq":
        redis.Redis.from_url(TEST_REDIS_URL).flushdb()


@pytest.mark.worker
def test_fan_out_runs_in_a_separate_worker_process(
    db: None, worker_backend: str, tmp_path: Path
) -> None:
    sami = make_account("sami")
    yazeed = make_account("yazeed")
    follow_create(follower=yazeed, target=sami)
    post = make_post(sami, "الدال على الخير كفاعله #العمل_التطوعي")
    assert not TimelineEntry.objects.filter(account=yazeed, post=post).exists()

    env = {
        **os.environ,
        "HUDHUD_DATABASE_URL": _database_url(),
        "HUDHUD_TASK_BACKEND": worker_backend,
        "HUDHUD_REDIS_URL": TEST_REDIS_URL if worker_backend == "rq" else "",
        "HUDHUD_VAR_DIR": str(settings.VAR_DIR),
    }
    log = (tmp_path / "worker.log").open("wb")
    worker = subprocess.Popen(
        [sys.executable, "-m", "hudhud.cli", "worker"], env=env, stdout=log, stderr=log
    )
    try:
        deadline = time.monotonic() + WAIT_SECONDS
        while time.monotonic() < deadline:
            if TimelineEntry.objects.filter(account=yazeed, post=post).exists():
                break
            assert worker.poll() is None, (tmp_path / "worker.log").read_text()
            time.sleep(0.2)
        assert TimelineEntry.objects.filter(account=yazeed, post=post).exists(), (
            tmp_path / "worker.log"
        ).read_text()
        assert worker.pid != os.getpid()
    finally:
        worker.terminate()
        worker.wait(timeout=20)
