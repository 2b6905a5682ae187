"""Tests of `hudhud manage search_reindex` and of the labelled queries that `make bench` scores."""

import io
import json
from pathlib import Path

from django.core.management import call_command

from hudhud.accounts.models import Account
from hudhud.search.models import PostIndex
from hudhud.search.selectors import search_posts
from tests.factories import make_post

QUERIES = Path(__file__).resolve().parent.parent / "data" / "search_queries.json"


def test_the_command_indexes_everything_again(sami: Account) -> None:
    post = make_post(sami, "منشور قديم")
    PostIndex.objects.all().delete()
    out = io.StringIO()

    call_command("search_reindex", stdout=out)

    assert out.getvalue().startswith("Indexed 1 posts and 1 accounts")
    assert search_posts(None, "قديم") == [post]


def test_the_labelled_queries_are_well_formed() -> None:
    cases = json.loads(QUERIES.read_text())

    assert len(cases) >= 40
    for case in cases:
        assert set(case) == {"query", "relevant", "irrelevant", "covers"}, case
        assert case["query"].strip() and case["covers"].strip()
        assert case["relevant"] and case["irrelevant"], case["query"]
        assert not set(case["relevant"]) & set(case["irrelevant"]), case["query"]
        assert all(isinstance(text, str) and text.strip() for text in case["relevant"])
