"""Tests of hudhud.timelines.tasks: the background work survives what vanished meanwhile."""

import pytest
from django_tasks.base import TaskResultStatus

from hudhud.posts.services import post_delete
from hudhud.timelines.models import TimelineEntry
from hudhud.timelines.tasks import fan_out_post, merge_followed
from tests.factories import make_account, make_post


@pytest.mark.usefixtures("db")
def test_fan_out_post_of_a_deleted_post_does_nothing() -> None:
    yazeed = make_account("yazeed")
    post = make_post(yazeed, "سيحذف")
    post_id = post.pk
    post_delete(post=post)

    result = fan_out_post.enqueue(post_id)

    assert result.status == TaskResultStatus.SUCCESSFUL
    assert not TimelineEntry.objects.exists()


@pytest.mark.usefixtures("db")
def test_fan_out_post_twice_writes_each_entry_once() -> None:
    yazeed = make_account("yazeed")
    post = make_post(yazeed, "مرة واحدة")

    result = fan_out_post.enqueue(post.pk)

    assert result.status == TaskResultStatus.SUCCESSFUL
    assert TimelineEntry.objects.filter(post=post).count() == 1


@pytest.mark.usefixtures("db")
def test_merge_followed_of_a_vanished_account_does_nothing() -> None:
    yazeed = make_account("yazeed")
    make_post(yazeed, "منشور")

    result = merge_followed.enqueue(yazeed.pk, 12345)
    other = merge_followed.enqueue(12345, yazeed.pk)

    assert result.status == other.status == TaskResultStatus.SUCCESSFUL
    assert TimelineEntry.objects.count() == 1  # yazeed's own post on his own home


@pytest.mark.usefixtures("db")
def test_merge_followed_merges() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    post = make_post(yazeed, "منشور")

    merge_followed.enqueue(mazen.pk, yazeed.pk)

    assert TimelineEntry.objects.filter(account=mazen, post=post).exists()
