"""Fuzz every operation of the API's own OpenAPI schema with schemathesis, through the WSGI
application that serves it: whatever a client sends, signed in or not, the answer is never
a 5xx.

Each operation gets schemathesis' coverage cases (every parameter missing, of the wrong type,
at and past its bounds) and a few generated ones, from a fixed seed; each case is sent once
with a token that holds every scope and once without one.
"""

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig

from hudhud.wsgi import application
from tests.factories import make_account, make_post, make_token

pytestmark = pytest.mark.django_db

#: Generated cases an operation gets beside its coverage cases.
EXAMPLES = 10

schema = schemathesis.openapi.from_wsgi(
    "/api/openapi.json",
    application,
    config=SchemathesisConfig.from_dict(
        {
            "seed": 20121009,
            "generation": {
                "max-examples": EXAMPLES,
                "deterministic": True,
                "database": "none",
                # The token comes from the test; a made-up one would only meet the 401.
                "with-security-parameters": False,
            },
            "phases": {
                "examples": {"enabled": False},
                "coverage": {"enabled": True},
                "fuzzing": {"enabled": True},
                "stateful": {"enabled": False},
            },
        }
    ),
)


@pytest.fixture(autouse=True)
def _connection_kept() -> Iterator[None]:
    """Keep the test's database connection across requests, as Django's test client does:
    the WSGI handler closes it at the end of each request."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def token() -> str:
    """Return a token of sami, who follows mazen; both have posted."""
    sami, mazen = make_account("sami"), make_account("mazen")
    make_post(sami, "صباح الخير من #الرياض")
    make_post(mazen, "مساء النور يا @sami")
    return make_token(sami, "read write follow push")


@schema.parametrize()
@settings(deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_error(case: schemathesis.Case[Any], token: str) -> None:
    case.call_and_validate(
        headers={"Authorization": f"Bearer {token}"}, checks=[not_a_server_error]
    )
    case.headers.pop("Authorization", None)
    case.call_and_validate(checks=[not_a_server_error])
