"""A real Hudhud server for real Mastodon clients: Mastodon.py and toot in this process or
their own, masto and megalodon under Node. The server starts empty (no demo) with rate
limits off, since one test session signs in and posts more than a person would."""

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import requests

from tests.servers import Server, hudhud_server

PASSWORD = "a-long-client-password-42"


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    var_dir = tmp_path_factory.mktemp("hudhud-clients-var")
    with hudhud_server(var_dir, demo=False, HUDHUD_RATE_LIMITS="off") as running:
        yield running


@dataclass(frozen=True)
class Person:
    username: str
    email: str
    password: str = PASSWORD


def sign_up(server: Server, username: str) -> Person:
    """Sign a person up through the web form, as a browser would."""
    session = requests.Session()
    page = session.get(f"{server.base_url}/signup", timeout=10)
    person = Person(username=username, email=f"{username}@example.org")
    answer = session.post(
        f"{server.base_url}/signup",
        data={
            "csrfmiddlewaretoken": csrf_of(page.text),
            "username": person.username,
            "email": person.email,
            "password": person.password,
        },
        headers={"Referer": f"{server.base_url}/signup"},
        timeout=10,
    )
    assert answer.status_code == 200 and answer.url.rstrip("/") != f"{server.base_url}/signup"
    return person


def web_session(server: Server, person: Person) -> requests.Session:
    """Return a requests session signed in to the web UI as `person`."""
    session = requests.Session()
    page = session.get(f"{server.base_url}/login", timeout=10)
    answer = session.post(
        f"{server.base_url}/login",
        data={
            "csrfmiddlewaretoken": csrf_of(page.text),
            "login": person.email,
            "password": person.password,
        },
        headers={"Referer": f"{server.base_url}/login"},
        timeout=10,
    )
    assert answer.status_code == 200 and "/login" not in answer.url
    return session


def csrf_of(html: str) -> str:
    """Return the CSRF token of a page's form."""
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert found, "no CSRF token on the page"
    return found.group(1)
