"""Lists and their members (docs.joinmastodon.org/methods/lists), and the lists an account
is on (docs.joinmastodon.org/methods/accounts#lists)."""

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Body, Query, Router, Schema
from ninja.errors import HttpError
from pydantic import Field

from hudhud.accounts.models import Account as AccountModel
from hudhud.api.auth import signed_in, token
from hudhud.api.lookup import account_named, object_id
from hudhud.api.paging import link_header
from hudhud.api.schemas.accounts import Account, account
from hudhud.api.schemas.lists import List, list_entity
from hudhud.paging import MAX_LIMIT, Page
from hudhud.timelines.models import RepliesPolicy
from hudhud.timelines.selectors import list_members, list_of, lists_of, lists_with
from hudhud.timelines.services.lists import (
    list_create,
    list_delete,
    list_members_add,
    list_members_remove,
    list_update,
)

router = Router(tags=["lists"])

#: How many accounts one request may add to or take off a list.
MAX_AT_ONCE = 100


class ListCreate(Schema):
    title: str
    replies_policy: RepliesPolicy = RepliesPolicy.LIST
    exclusive: bool = False


class ListUpdate(Schema):
    title: str | None = None
    replies_policy: RepliesPolicy | None = None
    exclusive: bool | None = None


class AccountIds(Schema):
    account_ids: list[str] = Field(min_length=1, max_length=MAX_AT_ONCE)


class MembersQuery(Schema):
    max_id: int | None = None
    since_id: int | None = None
    min_id: int | None = None
    limit: int = Field(MAX_LIMIT, ge=0, description=f"At most {MAX_LIMIT}; 0 for all.")


@router.get("/v1/lists", response=list[List], auth=token("read:lists"))
def lists(request: HttpRequest) -> list[List]:
    return [list_entity(found) for found in lists_of(signed_in(request))]


@router.post("/v1/lists", response=List, auth=token("write:lists"))
def create(request: HttpRequest, body: ListCreate) -> List:
    found = list_create(
        owner=signed_in(request),
        title=body.title,
        replies_policy=body.replies_policy,
        exclusive=body.exclusive,
    )
    return list_entity(found)


@router.get("/v1/lists/{id}", response=List, auth=token("read:lists"))
def one(request: HttpRequest, id: str) -> List:
    return list_entity(list_of(signed_in(request), object_id(id)))


@router.put("/v1/lists/{id}", response=List, auth=token("write:lists"))
def update(request: HttpRequest, id: str, body: ListUpdate) -> List:
    found = list_of(signed_in(request), object_id(id))
    return list_entity(
        list_update(
            found=found,
            title=body.title,
            replies_policy=body.replies_policy,
            exclusive=body.exclusive,
        )
    )


@router.delete("/v1/lists/{id}", response=dict[str, Any], auth=token("write:lists"))
def delete(request: HttpRequest, id: str) -> dict[str, Any]:
    list_delete(found=list_of(signed_in(request), object_id(id)))
    return {}


@router.get("/v1/lists/{id}/accounts", response=list[Account], auth=token("read:lists"))
def members(
    request: HttpRequest, response: HttpResponse, id: str, paging: Query[MembersQuery]
) -> list[Account]:
    found = list_of(signed_in(request), object_id(id))
    page = (
        Page(
            max_id=paging.max_id,
            since_id=paging.since_id,
            min_id=paging.min_id,
            limit=min(paging.limit, MAX_LIMIT),
        )
        if paging.limit
        else None
    )
    rows = list_members(found, page)
    if page is not None:
        link_header(request, response, rows)
    return [account(row.account) for row in rows]


def _accounts(ids: list[str]) -> list[AccountModel]:
    return [account_named(value) for value in list(dict.fromkeys(ids))[:MAX_AT_ONCE]]


@router.post("/v1/lists/{id}/accounts", response=dict[str, Any], auth=token("write:lists"))
def add_members(request: HttpRequest, id: str, body: AccountIds) -> dict[str, Any]:
    found = list_of(signed_in(request), object_id(id))
    list_members_add(found=found, accounts=_accounts(body.account_ids))
    return {}


class AccountIdsToRemove(Schema):
    account_ids: list[str] = Field(default_factory=list, max_length=MAX_AT_ONCE)


@router.delete("/v1/lists/{id}/accounts", response=dict[str, Any], auth=token("write:lists"))
def remove_members(
    request: HttpRequest, id: str, body: Body[AccountIdsToRemove | None] = None
) -> dict[str, Any]:
    found = list_of(signed_in(request), object_id(id))
    # Some clients send a DELETE's parameters in its query string, or no body at all.
    ids = (body.account_ids if body else []) or request.GET.getlist("account_ids[]")
    if not ids:
        raise HttpError(422, _("account_ids: no accounts were given"))
    list_members_remove(found=found, accounts=_accounts(ids))
    return {}


@router.get("/v1/accounts/{id}/lists", response=list[List], auth=token("read:lists"))
def lists_of_account(request: HttpRequest, id: str) -> list[List]:
    return [list_entity(found) for found in lists_with(signed_in(request), account_named(id))]
