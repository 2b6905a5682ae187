"""Fixtures of these tests: quick password hashing, and no task may fail unseen."""

from collections.abc import Iterator
from typing import Any

import pytest
from django_tasks.base import TaskResult, TaskResultStatus
from django_tasks.signals import task_finished
from pytest_django import Settings


@pytest.fixture(autouse=True)
def _quick_passwords(settings: Settings) -> None:
    """Hash with MD5: Argon2 costs 0.15 s a sign-up, and most tests sign several people up."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


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
