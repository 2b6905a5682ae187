"""Fixtures of the whole suite: real databases, tasks run for real, uploads in a temp folder."""

import functools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from django.conf import settings
from django.db import connection, transaction
from django_tasks.base import TaskResult, TaskResultStatus
from django_tasks.signals import task_finished
from pytest_django import DjangoDbBlocker
from pytest_django.fixtures import Settings

# The run's own keys in the cache: where it is Redis, they are dropped when the run ends.
_CACHE_PREFIX = f"hudhud-test-{os.getpid()}"


def pytest_configure(config: pytest.Config) -> None:
    settings.CACHES["default"]["KEY_PREFIX"] = _CACHE_PREFIX


def pytest_unconfigure(config: pytest.Config) -> None:
    if settings.REDIS_URL:
        client = redis.Redis.from_url(settings.REDIS_URL)
        for key in client.scan_iter(match=f"{_CACHE_PREFIX}:*"):
            client.delete(key)


@pytest.fixture(autouse=True)
def _isolated(settings: Settings, tmp_path: Path) -> None:
    """Run tasks at once in the test's process, keep uploads out of var/, and hash
    passwords with MD5: Argon2 costs 0.15 s a sign-up, and most tests sign several up."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.RATELIMIT_ENABLE = False  # tests/api/test_ratelimits.py turns them on


@pytest.fixture(autouse=True)
def _tasks_succeed() -> Iterator[None]:
    """Fail the test when a task failed: the immediate backend records errors and goes on."""
    failures: list[str] = []

    def record(sender: Any, task_result: TaskResult[Any], **kwargs: Any) -> None:
        if task_result.status == TaskResultStatus.FAILED:
            failures.extend(error.traceback for error in task_result.errors)

    task_finished.connect(record)
    yield
    task_finished.disconnect(record)
    assert not failures, "a task failed:\n" + "\n".join(failures)


# Made once when the test database is created; no test writes them.
_KEPT_TABLES = frozenset({"django_content_type", "auth_permission"})


@functools.cache
def _deletes() -> tuple[str, ...]:
    """One DELETE a table the tests may write; the tables are all made before the first test."""
    tables = connection.introspection.django_table_names(only_existing=True)
    quote = connection.ops.quote_name
    return tuple(f"DELETE FROM {quote(table)}" for table in sorted(set(tables) - _KEPT_TABLES))  # noqa: S608


def _empty_tables() -> None:
    """Delete every row the tests wrote (foreign keys are checked at commit, so order is free)."""
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # psycopg sends statements without parameters in one round trip: 3.6 ms → 1 ms.
            cursor.execute(";".join(_deletes()))
        else:
            for delete in _deletes():  # sqlite3 runs one a call, in process: 0.6 ms in all
                cursor.execute(delete)


@pytest.fixture
def db(django_db_setup: None, django_db_blocker: DjangoDbBlocker) -> Iterator[None]:
    """Commit for real, so that work queued on commit (fan-out, notifications) runs, and
    empty the tables with DELETE: pytest-django's transactional_db truncates every table and
    makes the content types again, 1.2 s a test on PostgreSQL; DELETE of a few rows takes ms.
    """
    with django_db_blocker.unblock():
        _empty_tables()
        yield
        _empty_tables()
