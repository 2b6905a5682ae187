"""Fixtures of the whole suite: real databases, tasks run for real, uploads in a temp folder."""

from pathlib import Path

import pytest
from pytest_django.fixtures import Settings


@pytest.fixture(autouse=True)
def _isolated(settings: Settings, tmp_path: Path) -> None:
    """Run tasks at once in the test's process and keep uploads out of var/."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def db(transactional_db: None) -> None:
    """Commit for real, so that work queued on commit (fan-out, notifications) runs."""
