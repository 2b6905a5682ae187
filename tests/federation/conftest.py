"""The federation tests' peer: a server of another domain on loopback, which the server
under test may reach (loopback allowed, plain http)."""

from collections.abc import Iterator

import pytest
from pytest_django import Settings

from tests.federation.peer import Peer, running_peer


@pytest.fixture
def peer(settings: Settings) -> Iterator[Peer]:
    settings.FEDERATION_ALLOW_PRIVATE = ["127.0.0.0/8"]
    settings.FEDERATION_ALLOW_HTTP = True
    with running_peer() as running:
        yield running
