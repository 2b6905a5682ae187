"""Fixtures of the trends tests: every test computes the trends of its own data."""

from collections.abc import Iterator

import pytest

from hudhud.search.trends import trends_forget


@pytest.fixture(autouse=True)
def _fresh_trends() -> Iterator[None]:
    """Drop the cached trends before and after: the cache outlives a test's rows."""
    trends_forget()
    yield
    trends_forget()
