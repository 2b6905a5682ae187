"""Follow suggestions (docs.joinmastodon.org/methods/suggestions)."""

from django.http import Http404, HttpRequest
from ninja import Router

from hudhud.accounts.selectors import accounts_by_ids, suggestions
from hudhud.accounts.services import suggestion_dismiss
from hudhud.api.auth import signed_in, token
from hudhud.api.lookup import object_id
from hudhud.api.schemas.accounts import Account, Suggestion, account, suggestion

router = Router(tags=["suggestions"])

#: The most suggestions one request asks for.
MAX_SUGGESTIONS = 80


@router.get("/v2/suggestions", response=list[Suggestion], auth=token("read:accounts"))
def suggestions_v2(request: HttpRequest, limit: int = 40) -> list[Suggestion]:
    found = suggestions(signed_in(request), limit=max(1, min(limit, MAX_SUGGESTIONS)))
    return [suggestion(item) for item in found]


@router.get("/v1/suggestions", response=list[Account], auth=token("read:accounts"))
def suggestions_v1(request: HttpRequest, limit: int = 40) -> list[Account]:
    found = suggestions(signed_in(request), limit=max(1, min(limit, MAX_SUGGESTIONS)))
    return [account(item.account) for item in found]


@router.delete(
    "/v1/suggestions/{account_id}", response=dict[str, str], auth=token("write:accounts")
)
def suggestion_remove(request: HttpRequest, account_id: str) -> dict[str, str]:
    """Never suggest the account again; as on Mastodon, an ID that names no account (or
    one never suggested) is no error."""
    me = signed_in(request)
    try:
        ids = [object_id(account_id)]
    except Http404:
        ids = []
    for target in accounts_by_ids(ids, with_suspended=True):
        if target.pk != me.pk:
            suggestion_dismiss(account=me, target=target)
    return {}
