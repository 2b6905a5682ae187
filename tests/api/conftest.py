"""A client of the Mastodon API: Django's test client with a bearer token and JSON bodies."""

import json
from typing import Any, Protocol
from urllib.parse import urlencode

import pytest
from django.test import Client

from hudhud.accounts.models import Account
from tests.factories import make_token


class Api:
    """Call the API as the holder of `token` (or anonymously) and return the response."""

    def __init__(self, token: str | None = None) -> None:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.client = Client(headers=headers)

    def get(self, path: str, **params: Any) -> Any:
        return self.client.get(path, params)

    def post(self, path: str, body: dict[str, Any] | None = None, **kwargs: Any) -> Any:
        return self.client.post(
            path, json.dumps(body or {}), content_type="application/json", **kwargs
        )

    def form(self, path: str, data: dict[str, Any]) -> Any:
        """POST `data` form-encoded, as Mastodon.py does without files."""
        return self.client.post(
            path, urlencode(data, doseq=True), content_type="application/x-www-form-urlencoded"
        )

    def multipart(self, path: str, data: dict[str, Any]) -> Any:
        """POST `data` (files too) as multipart/form-data."""
        return self.client.post(path, data)

    def put(self, path: str, body: dict[str, Any]) -> Any:
        return self.client.put(path, json.dumps(body), content_type="application/json")

    def patch(self, path: str, body: dict[str, Any]) -> Any:
        return self.client.patch(path, json.dumps(body), content_type="application/json")

    def delete(self, path: str) -> Any:
        return self.client.delete(path)


class ApiAs(Protocol):
    def __call__(self, account: Account | None, scopes: str = ...) -> Api: ...


@pytest.fixture
def api_as() -> ApiAs:
    """Return a factory: `api_as(account, scopes=…)` is an Api with a token of `account`;
    `api_as(None)` is an anonymous one."""

    def make(account: Account | None, scopes: str = "read write follow push") -> Api:
        return Api(make_token(account, scopes) if account is not None else None)

    return make
