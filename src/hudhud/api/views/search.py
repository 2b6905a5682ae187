"""Search v2 on the Arabic-aware search (docs.joinmastodon.org/methods/search).

A word finds its other spellings and forms (hudhud.arabic), and nobody finds what they may
not see. The address of an account or post of this server (its URL, or @user@domain)
finds that account or post. Whatever is typed, the answer is a result or a 4xx: the
engines never see a query's text as syntax.
"""

from typing import Literal

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from pydantic import Field

from hudhud.accounts.models import Account as AccountModel
from hudhud.api.auth import caller, token
from hudhud.api.lookup import account_named
from hudhud.api.schemas.accounts import account
from hudhud.api.schemas.search import Search
from hudhud.api.schemas.statuses import statuses
from hudhud.api.schemas.tags import tags
from hudhud.federation.services import account_resolve
from hudhud.ids import LARGEST_ID
from hudhud.paging import DEFAULT_LIMIT, MAX_LIMIT, Page
from hudhud.search.selectors import SearchResults, resolve_local, search

router = Router(tags=["search"])


class SearchParams(Schema):
    q: str | None = None
    type: Literal["accounts", "statuses", "hashtags", ""] | None = None
    resolve: bool = False
    following: bool = False
    account_id: str | None = None
    exclude_unreviewed: bool = False
    max_id: int | None = Field(None, ge=0, le=LARGEST_ID)
    min_id: int | None = Field(None, ge=0, le=LARGEST_ID)
    limit: int = Field(DEFAULT_LIMIT, description=f"At most {MAX_LIMIT}.")
    offset: int = 0


def _found(viewer: AccountModel | None, params: SearchParams, q: str) -> SearchResults:
    kind = params.type or None
    named = resolve_local(viewer, q)
    if named is None and params.resolve and kind in (None, "accounts"):
        named = account_resolve(q)
    if named is not None:
        if params.offset > 0:  # the one result is on the first page
            return SearchResults()
        if isinstance(named, AccountModel):
            return SearchResults(accounts=[named] if kind in (None, "accounts") else [])
        return SearchResults(statuses=[named] if kind in (None, "statuses") else [])
    limit = max(1, min(params.limit, MAX_LIMIT))
    try:
        return search(
            viewer,
            q,
            kind=kind,
            limit=limit,
            offset=max(0, params.offset),
            page=Page(max_id=params.max_id, min_id=params.min_id, limit=limit),
            following=params.following,
            author=account_named(params.account_id) if params.account_id else None,
        )
    except ValidationError as error:
        raise HttpError(400, " ".join(error.messages)) from error


@router.get("/v2/search", response=Search, auth=token("read:search", optional=True))
def search_v2(request: HttpRequest, params: Query[SearchParams]) -> Search:
    viewer = caller(request).account
    if params.q is None:
        raise HttpError(400, _("The parameter q is missing"))
    if viewer is None and params.offset:
        raise HttpError(401, _("Paging through a search needs a signed-in account"))
    if viewer is None and params.resolve:
        raise HttpError(401, _("Resolving addresses in a search needs a signed-in account"))
    found = _found(viewer, params, params.q)
    return Search(
        accounts=[account(item) for item in found.accounts],
        statuses=statuses(found.statuses, viewer),
        hashtags=tags(found.hashtags, viewer),
    )
