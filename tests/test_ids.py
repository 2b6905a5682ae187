"""Tests of hudhud.ids: time-ordered 64-bit IDs."""

import itertools
import time
from datetime import UTC, datetime, timedelta

from hudhud.ids import EPOCH_MS, id_at, new_id

SEQUENCE_BITS = 22


def test_new_id_strictly_increases() -> None:
    ids = [new_id() for _ in range(20_000)]

    assert all(earlier < later for earlier, later in itertools.pairwise(ids))


def test_new_id_fits_a_signed_64_bit_column() -> None:
    assert 0 < new_id() < 2**63
    assert id_at(datetime(2089, 1, 1, tzinfo=UTC)) < 2**63


def test_new_id_starts_with_the_time_in_milliseconds() -> None:
    before = int(time.time() * 1000)
    minted = new_id()
    after = int(time.time() * 1000)

    assert before <= (minted >> SEQUENCE_BITS) + EPOCH_MS <= after


def test_id_at_sorts_by_time() -> None:
    start = datetime(2012, 10, 14, 9, 0, tzinfo=UTC)
    moments = [start + timedelta(milliseconds=n) for n in (0, 1, 2, 1000, 86_400_000)]

    ids = [id_at(moment) for moment in reversed(moments)]

    assert sorted(ids) == ids[::-1]


def test_id_at_encodes_the_moment() -> None:
    moment = datetime(2012, 10, 14, 9, 30, 15, 123_000, tzinfo=UTC)

    minted = id_at(moment)

    assert (minted >> SEQUENCE_BITS) + EPOCH_MS == int(moment.timestamp() * 1000)


def test_id_at_of_a_past_moment_sorts_before_new_ids() -> None:
    assert id_at(datetime.now(UTC) - timedelta(seconds=1)) < new_id()


def test_id_at_of_one_moment_gives_different_ids() -> None:
    moment = datetime(2012, 10, 14, tzinfo=UTC)

    assert len({id_at(moment) for _ in range(100)}) == 100
