"""Timing helpers: run a call many times and summarise it as p50 / p99 in milliseconds."""

import gc
import math
import time
from collections.abc import Callable, Sequence
from typing import Any


def percentile(values: Sequence[float], q: float) -> float:
    """Return the q-th percentile (0-100) of `values`, interpolating between ranks."""
    ordered = sorted(values)
    if not ordered:
        return math.nan
    position = (len(ordered) - 1) * q / 100
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summary(milliseconds: Sequence[float]) -> dict[str, float]:
    """Return p50, p99, mean, min, max and count of durations in milliseconds."""
    return {
        "p50": percentile(milliseconds, 50),
        "p99": percentile(milliseconds, 99),
        "mean": sum(milliseconds) / len(milliseconds) if milliseconds else math.nan,
        "min": min(milliseconds, default=math.nan),
        "max": max(milliseconds, default=math.nan),
        "n": len(milliseconds),
    }


def repeat(call: Callable[[], Any], *, times: int, warmup: int = 10) -> list[float]:
    """Call `call` `warmup` times untimed, then `times` times; return each duration in ms."""
    for _ in range(warmup):
        call()
    gc.collect()
    durations = []
    for _ in range(times):
        began = time.perf_counter_ns()
        call()
        durations.append((time.perf_counter_ns() - began) / 1e6)
    return durations


def timed(call: Callable[[], Any]) -> tuple[Any, float]:
    """Return what `call` returned and how long it took, in ms."""
    began = time.perf_counter_ns()
    result = call()
    return result, (time.perf_counter_ns() - began) / 1e6
