"""The OpenAPI schema of the API (/api/openapi.json): valid OpenAPI 3, complete, and true to
what the endpoints answer."""

import re
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import Client
from schemathesis.specs.openapi.schemas import OpenApiSchema

from hudhud.api.api import api
from hudhud.wsgi import application
from tests.factories import make_account, make_post, make_token

pytestmark = pytest.mark.django_db

_METHODS = ("get", "post", "put", "patch", "delete")
_PARAMETER = re.compile(r"<(?:\w+:)?(\w+)>")


@pytest.fixture
def document() -> dict[str, Any]:
    found = Client().get("/api/openapi.json")
    assert found.status_code == 200
    assert found["Content-Type"].startswith("application/json")
    body: dict[str, Any] = found.json()
    return body


@pytest.fixture
def loaded() -> Iterator[OpenApiSchema]:
    """Return the schema as schemathesis reads it from the running application, whose
    requests keep the test's database connection (as Django's test client does)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield schemathesis.openapi.from_wsgi("/api/openapi.json", application)
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def _served_paths() -> set[str]:
    """Return the paths the API routes, written as OpenAPI writes them."""
    patterns = api.urls[0]
    return {
        "/api/" + _PARAMETER.sub(r"{\1}", str(pattern.pattern))
        for pattern in patterns
        if str(pattern.pattern) not in ("", "openapi.json")  # the root and the schema
    }


def test_the_schema_is_valid_openapi_3(document: dict[str, Any]) -> None:
    assert document["openapi"].startswith("3.")
    schemathesis.openapi.from_dict(document).validate()  # against the OpenAPI meta-schema
    assert document["components"]["securitySchemes"]["Token"] == {
        "type": "http",
        "scheme": "bearer",
    }
    operation_ids = [
        operation["operationId"]
        for item in document["paths"].values()
        for method, operation in item.items()
        if method in _METHODS
    ]
    assert len(operation_ids) == len(set(operation_ids)), "operation IDs must be unique"


def test_every_route_is_in_the_schema(document: dict[str, Any]) -> None:
    served = _served_paths()
    assert "/api/v2/instance" in served and "/api/v1/statuses/{id}" in served
    assert served == set(document["paths"])


def test_every_method_answered_is_documented(document: dict[str, Any]) -> None:
    """Ask every path each method without a token (so nothing changes): a method the schema
    lists is answered, any other one is a 405."""
    anonymous = Client()
    for path, item in document["paths"].items():
        concrete = re.sub(r"{\w+}", "0", path)
        for method in _METHODS:
            status = anonymous.generic(method.upper(), concrete).status_code
            assert (status != 405) == (method in item), f"{method.upper()} {path}: {status}"


def test_real_answers_match_their_documented_schemas(loaded: OpenApiSchema) -> None:
    sami = make_account("sami", display_name="سامي")
    mazen = make_account("mazen")
    post = make_post(sami, "أهلا بكم في #هدهد https://example.org")
    make_post(mazen, "رد سريع", reply_to=post)
    auth = {"Authorization": f"Bearer {make_token(sami)}"}
    cases = [
        loaded["/api/v1/instance"]["GET"].Case(),
        loaded["/api/v2/instance"]["GET"].Case(),
        loaded["/api/v1/instance/rules"]["GET"].Case(),
        loaded["/api/v1/instance/activity"]["GET"].Case(),
        loaded["/api/v1/instance/extended_description"]["GET"].Case(),
        loaded["/api/v1/accounts/verify_credentials"]["GET"].Case(headers=auth),
        loaded["/api/v1/statuses/{id}"]["GET"].Case(path_parameters={"id": str(post.pk)}),
        loaded["/api/v1/timelines/public"]["GET"].Case(query={"limit": 5}),
        loaded["/api/v1/timelines/home"]["GET"].Case(headers=auth),
        loaded["/api/v1/statuses"]["POST"].Case(
            headers=auth,
            body={"status": "منشور من الاختبار", "visibility": "unlisted"},
            media_type="application/json",
        ),
    ]
    for case in cases:
        response = case.call()
        assert response.status_code == 200, f"{case.operation.label}: {response.text[:200]}"
        case.operation.validate_response(response)
