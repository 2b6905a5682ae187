"""Time-ordered 64-bit IDs, so that max_id / since_id paging is an index range scan."""

import os
import secrets
import threading
import time
from datetime import datetime
from typing import Any

from django.db import models
from django.db.backends.base.base import BaseDatabaseWrapper

# 2020-01-01T00:00:00Z in milliseconds: 41 bits of milliseconds last until 2089.
EPOCH_MS = 1_577_836_800_000
_SEQUENCE_BITS = 22
_SEQUENCE_MASK = (1 << _SEQUENCE_BITS) - 1

_lock = threading.Lock()
_state = {"pid": -1, "sequence": 0, "last": 0}


#: The largest ID: IDs are signed 64-bit integers in both databases.
LARGEST_ID = 2**63 - 1


def parse_id(value: str) -> int | None:
    """Return the ID a client wrote as text, or None if it cannot be one (not ASCII digits,
    or too large: a 5,000-digit string is refused before int() refuses it)."""
    if not value.isascii() or not value.isdigit() or len(value) > len(str(LARGEST_ID)):
        return None
    number = int(value)
    return number if number <= LARGEST_ID else None


def new_id() -> int:
    """Return a fresh ID, larger than any this process made before.

    Milliseconds since the epoch, then a per-process sequence; should the sequence wrap
    within a millisecond or the clock step back, the ID is the last one plus one.
    """
    with _lock:
        candidate = ((int(time.time() * 1000) - EPOCH_MS) << _SEQUENCE_BITS) | _next_sequence()
        _state["last"] = max(candidate, _state["last"] + 1)
        return _state["last"]


def _next_sequence() -> int:
    """Return the process's next sequence number (under `_lock`)."""
    if _state["pid"] != os.getpid():
        # A random start per process keeps two processes from minting the same IDs.
        _state.update(pid=os.getpid(), sequence=secrets.randbits(_SEQUENCE_BITS), last=0)
    _state["sequence"] = (_state["sequence"] + 1) & _SEQUENCE_MASK
    return _state["sequence"]


def id_at(moment: datetime) -> int:
    """Return a fresh ID that sorts at `moment` (for posts that were published earlier). The
    process's sequence, not a random number, keeps two IDs of one moment apart: 100 random
    ones of 22 bits met about once in 800 runs."""
    ms = int(moment.timestamp() * 1000) - EPOCH_MS
    with _lock:
        return (ms << _SEQUENCE_BITS) | _next_sequence()


def first_id_at(moment: datetime) -> int:
    """Return the smallest ID of `moment`: `id >= first_id_at(t)` means "since t"."""
    return (int(moment.timestamp() * 1000) - EPOCH_MS) << _SEQUENCE_BITS


class SnowflakeField(models.BigIntegerField):  # type: ignore[type-arg]
    """A primary key of time-ordered IDs; on SQLite an INTEGER PRIMARY KEY, i.e. the rowid,
    so that a lookup by ID needs no second index (SQLite integers are 64-bit)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("primary_key", True)
        kwargs.setdefault("default", new_id)
        kwargs.setdefault("editable", False)
        super().__init__(*args, **kwargs)

    def db_type(self, connection: BaseDatabaseWrapper) -> str | None:
        if connection.vendor == "sqlite":
            return "integer"
        return super().db_type(connection)
