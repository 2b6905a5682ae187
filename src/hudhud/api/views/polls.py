"""Polls: read and vote (docs.joinmastodon.org/methods/polls)."""

from django.http import Http404, HttpRequest
from ninja import Router, Schema

from hudhud.accounts.models import Account as AccountModel
from hudhud.api.auth import caller, signed_in, token
from hudhud.api.lookup import object_id
from hudhud.api.schemas.statuses import Poll, poll
from hudhud.posts.models import Poll as PollModel
from hudhud.posts.polls import poll_vote
from hudhud.posts.selectors import poll_visible, poll_votes_of

router = Router(tags=["polls"])


def _visible(viewer: AccountModel | None, value: str) -> PollModel:
    found = poll_visible(viewer, object_id(value))
    if found is None:
        raise Http404
    return found


def _as_seen(viewer: AccountModel | None, found: PollModel) -> Poll:
    return poll(found, viewer, poll_votes_of(viewer, found))


@router.get("/v1/polls/{id}", response=Poll, auth=token("read:statuses", optional=True))
def poll_get(request: HttpRequest, id: str) -> Poll:
    viewer = caller(request).account
    return _as_seen(viewer, _visible(viewer, id))


class Vote(Schema):
    choices: list[int]


@router.post("/v1/polls/{id}/votes", response=Poll, auth=token("write:statuses"))
def poll_votes(request: HttpRequest, id: str, body: Vote) -> Poll:
    me = signed_in(request)
    found = poll_vote(account=me, poll=_visible(me, id), choices=body.choices)
    return _as_seen(me, found)
