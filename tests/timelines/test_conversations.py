"""Tests of the conversation services in hudhud.timelines.services."""

import pytest

from hudhud.posts.services import post_create
from hudhud.timelines.models import Conversation
from hudhud.timelines.services import conversation_update
from tests.factories import make_account, make_post


@pytest.mark.usefixtures("db")
def test_a_late_post_does_not_make_an_old_conversation_new() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    first = make_post(yazeed, "@mazen أولاً", visibility="direct")
    second = post_create(author=mazen, text="@yazeed ثانياً", visibility="direct", reply_to=first)
    conversation_update(post=first, recipients={yazeed.pk, mazen.pk})  # delivered again, late
    found = Conversation.objects.get(account=yazeed)
    assert found.last_post_id == second.pk and found.unread is True
    assert found.participant_ids == [mazen.pk]


@pytest.mark.usefixtures("db")
def test_each_participant_has_one_conversation_per_set_of_people() -> None:
    yazeed, mazen, sami = make_account("yazeed"), make_account("mazen"), make_account("sami")
    make_post(yazeed, "@mazen @sami للثلاثة", visibility="direct")
    make_post(sami, "@yazeed @mazen ما زلنا ثلاثة", visibility="direct")
    assert Conversation.objects.filter(account=mazen).count() == 1
    assert Conversation.objects.get(account=mazen).participant_ids == sorted([yazeed.pk, sami.pk])
