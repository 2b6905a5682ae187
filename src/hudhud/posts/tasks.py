"""Queueing work for a given time (the tasks live beside their services: `polls.end_poll`,
`scheduling.publish_scheduled_post`, as each queues itself)."""

from datetime import datetime
from typing import Any

from django_tasks.base import Task


def enqueue_at(work: Task[Any, Any], when: datetime, *args: Any) -> None:
    """Queue `work` to run at `when`. A backend that cannot wait (the immediate one) runs it
    now, and the work itself does nothing before its time."""
    if work.get_backend().supports_defer:
        work.using(run_after=when).enqueue(*args)
    else:
        work.enqueue(*args)
