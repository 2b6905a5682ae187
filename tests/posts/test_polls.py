"""Tests of hudhud.posts.polls and the posts' pins, muted threads and scheduled posts."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from hudhud.notifications.models import Notification, NotificationKind
from hudhud.posts.models import ConversationMute, Pin, Poll, Post, ScheduledPost
from hudhud.posts.polls import PollSpec, end_poll, poll_vote
from hudhud.posts.scheduling import scheduled_post_create, scheduled_post_publish
from hudhud.posts.services import conversation_mute, pin_create, post_edit
from tests.factories import make_account, make_post

pytestmark = pytest.mark.django_db

YES_NO = PollSpec(options=["نعم", "لا"], expires_in=600)


def test_votes_are_counted_once_per_voter() -> None:
    sami, mazen, yazeed = make_account("sami"), make_account("mazen"), make_account("yazeed")
    poll = make_post(sami, "؟", poll=YES_NO).poll
    poll_vote(account=mazen, poll=poll, choices=[1])
    poll = poll_vote(account=yazeed, poll=poll, choices=[1])
    assert poll.option_votes == [0, 2] and poll.votes_count == 2 and poll.voters_count == 2
    with pytest.raises(ValidationError):
        poll_vote(account=mazen, poll=poll, choices=[0])


def test_the_end_of_a_poll_is_told_once_it_has_ended() -> None:
    sami = make_account("sami")
    post = make_post(sami, "؟", poll=YES_NO)
    end_poll.enqueue(post.poll.pk)  # too early: nothing
    assert not Notification.objects.exists()
    Poll.objects.filter(pk=post.poll.pk).update(expires_at=timezone.now() - timedelta(1))
    end_poll.enqueue(post.poll.pk)
    assert Notification.objects.get().kind == NotificationKind.POLL


def test_an_edit_keeps_the_poll_unless_told() -> None:
    sami = make_account("sami")
    post = make_post(sami, "؟", poll=YES_NO)
    post_edit(post=post, text="سؤال؟")
    assert Poll.objects.filter(post=post).exists()
    post_edit(post=post, text="بلا تصويت", poll=None)
    assert not Poll.objects.filter(post=post).exists()
    assert [edit.poll_options for edit in post.edits.all()] == [["نعم", "لا"], ["نعم", "لا"]]


def test_a_reply_belongs_to_its_threads_root() -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    root = make_post(sami, "البداية")
    reply = make_post(mazen, "رد", reply_to=root)
    deeper = make_post(sami, "رد على الرد", reply_to=reply)
    assert (root.thread_root_id, reply.root_id, deeper.root_id) == (root.pk, root.pk, root.pk)
    conversation_mute(account=mazen, post=deeper)
    assert ConversationMute.objects.get().root_id == root.pk


def test_pin_twice_changes_nothing() -> None:
    sami = make_account("sami")
    post = make_post(sami, "مثبت")
    assert pin_create(account=sami, post=post) == pin_create(account=sami, post=post)
    assert Pin.objects.count() == 1


def test_a_scheduled_post_waits_for_its_time() -> None:
    sami = make_account("sami")
    scheduled = scheduled_post_create(
        author=sami, scheduled_at=timezone.now() + timedelta(hours=1), text="لاحقا"
    )
    assert scheduled_post_publish(scheduled=scheduled) is None
    assert ScheduledPost.objects.exists()
    scheduled.scheduled_at = timezone.now()
    post = scheduled_post_publish(scheduled=scheduled)
    assert post is not None and Post.objects.get().text == "لاحقا"
    assert not ScheduledPost.objects.exists()
