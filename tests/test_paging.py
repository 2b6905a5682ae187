"""Tests of hudhud.paging: Mastodon-style pages by time-ordered ID."""

import pytest

from hudhud.accounts.models import Account
from hudhud.paging import DEFAULT_LIMIT, LARGEST_PAGE, MAX_LIMIT, Page, paginate
from hudhud.posts.models import Post
from hudhud.timelines.models import TimelineEntry
from tests.factories import make_account, make_post


def posts_of(count: int) -> tuple[Account, list[int]]:
    """Return yazeed and the IDs of his `count` posts, oldest first."""
    yazeed = make_account("yazeed")
    return yazeed, [make_post(yazeed, f"منشور {n}").pk for n in range(count)]


def page(**fields: int) -> list[int]:
    return [post.pk for post in paginate(Post.objects.all(), Page(**fields))]


@pytest.mark.usefixtures("db")
def test_paginate_gives_the_newest_first() -> None:
    _yazeed, ids = posts_of(5)

    assert page() == ids[::-1]
    assert page(limit=2) == [ids[4], ids[3]]


@pytest.mark.usefixtures("db")
def test_paginate_max_id_gives_what_is_older() -> None:
    _yazeed, ids = posts_of(5)

    assert page(max_id=ids[3]) == [ids[2], ids[1], ids[0]]
    assert page(max_id=ids[3], limit=1) == [ids[2]]
    assert page(max_id=ids[0]) == []


@pytest.mark.usefixtures("db")
def test_paginate_since_id_gives_the_newest_of_what_is_newer() -> None:
    _yazeed, ids = posts_of(5)

    assert page(since_id=ids[1]) == [ids[4], ids[3], ids[2]]
    assert page(since_id=ids[1], limit=2) == [ids[4], ids[3]]
    assert page(since_id=ids[4]) == []


@pytest.mark.usefixtures("db")
def test_paginate_min_id_gives_what_comes_right_after_newest_first() -> None:
    _yazeed, ids = posts_of(5)

    assert page(min_id=ids[1], limit=2) == [ids[3], ids[2]]
    assert page(min_id=ids[1]) == [ids[4], ids[3], ids[2]]
    assert page(min_id=ids[4]) == []


@pytest.mark.usefixtures("db")
def test_paginate_between_max_id_and_since_id() -> None:
    _yazeed, ids = posts_of(5)

    assert page(max_id=ids[4], since_id=ids[0]) == [ids[3], ids[2], ids[1]]
    assert page(max_id=ids[4], min_id=ids[0], limit=2) == [ids[2], ids[1]]


@pytest.mark.usefixtures("db")
def test_paginate_accepts_ids_that_are_not_rows() -> None:
    _yazeed, ids = posts_of(3)

    assert page(max_id=ids[2] - 1) == [ids[1], ids[0]]
    assert page(since_id=ids[0] + 1) == [ids[2], ids[1]]


@pytest.mark.usefixtures("db")
def test_paginate_clamps_the_limit_between_1_and_the_largest_page() -> None:
    _yazeed, ids = posts_of(LARGEST_PAGE + 5)

    assert len(page()) == DEFAULT_LIMIT
    assert page(limit=0) == [ids[-1]]
    assert page(limit=-5) == [ids[-1]]
    assert page(limit=MAX_LIMIT) == ids[: -MAX_LIMIT - 1 : -1]
    assert page(limit=1000) == ids[: -LARGEST_PAGE - 1 : -1]
    assert page(min_id=ids[0], limit=1000) == ids[LARGEST_PAGE:0:-1]


@pytest.mark.usefixtures("db")
def test_paginate_by_another_key() -> None:
    yazeed, ids = posts_of(4)

    entries = paginate(
        TimelineEntry.objects.filter(account=yazeed), Page(max_id=ids[3], limit=2), key="post_id"
    )

    assert [entry.post_id for entry in entries] == [ids[2], ids[1]]
