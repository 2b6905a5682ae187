"""Accounts: the caller's own, others', relationships, and the caller's lists of blocks,
mutes, follow requests and endorsements (docs.joinmastodon.org/methods/accounts)."""

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.http.multipartparser import MultiPartParserError
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext as _
from ninja import Body, Query, Router, Schema
from ninja.errors import HttpError
from ninja.errors import ValidationError as RequestInvalid
from pydantic import Field
from pydantic import ValidationError as PydanticValidationError

from hudhud.accounts import selectors, services
from hudhud.accounts.models import Account as AccountModel
from hudhud.accounts.models import PostingPrivacy
from hudhud.api.auth import caller, signed_in, token
from hudhud.api.lookup import account_named, object_id
from hudhud.api.paging import PageQuery, link_header
from hudhud.api.parser import MastodonParser, form_to_dict
from hudhud.api.schemas.accounts import (
    Account,
    CredentialAccount,
    FamiliarFollowers,
    MutedAccount,
    Relationship,
    account,
    credential_account,
    muted_account,
    relationship,
)
from hudhud.search.selectors import search_accounts

router = Router(tags=["accounts"])

#: The most accounts a list of accounts holds, and the most IDs one request names.
MAX_ACCOUNTS = 80
#: The longest mute, in seconds (Mastodon has no limit; a date needs one).
MAX_MUTE_SECONDS = 100 * 365 * 24 * 3600


class AccountsPage(PageQuery):
    limit: int = Field(40, description=f"At most {MAX_ACCOUNTS}.")


class Ids(Schema):
    id: list[str] = Field(default_factory=list)

    def numbers(self) -> list[int]:
        """Return the IDs that can be IDs; the others name no account."""
        found = []
        for value in self.id[:MAX_ACCOUNTS]:
            try:
                found.append(object_id(value))
            except Http404:
                continue
        return found


def _relationships(me: AccountModel, targets: Sequence[AccountModel]) -> list[Relationship]:
    found = selectors.relationships(me, targets)
    return [relationship(target, found[target.pk]) for target in targets]


def _relationship(me: AccountModel, target: AccountModel) -> Relationship:
    return _relationships(me, [target])[0]


# The caller's own account.


@router.get("/v1/accounts/verify_credentials", response=CredentialAccount, auth=token("profile"))
def verify_credentials(request: HttpRequest) -> CredentialAccount:
    me = signed_in(request)
    return credential_account(me, follow_requests=selectors.follow_requests_count(me))


class FieldAttribute(Schema):
    name: str = ""
    value: str = ""


class CredentialsSource(Schema):
    privacy: PostingPrivacy | None = None
    sensitive: bool | None = None
    language: str | None = None


class CredentialsUpdate(Schema):
    display_name: str | None = None
    note: str | None = None
    locked: bool | None = None
    bot: bool | None = None
    discoverable: bool | None = None
    indexable: bool | None = None
    hide_collections: bool | None = None
    fields_attributes: dict[str, FieldAttribute] | list[FieldAttribute] | None = None
    source: CredentialsSource | None = None


def _credentials_body(request: HttpRequest) -> tuple[dict[str, Any], MultiValueDict[str, Any]]:
    """Return the fields and files of a PATCH body, which Django reads only for a POST."""
    if request.content_type == "application/json":
        return MastodonParser().parse_body(request), MultiValueDict()
    if request.content_type == "multipart/form-data":
        try:
            fields, files = request.parse_file_upload(request.META, request)
        except MultiPartParserError as error:
            raise HttpError(400, _("The body is not valid multipart/form-data.")) from error
        return form_to_dict(fields), files
    return form_to_dict(QueryDict(request.body, encoding=request.encoding)), MultiValueDict()


def _image(
    data: dict[str, Any], files: MultiValueDict[str, Any], name: str
) -> UploadedFile[Any] | None:
    upload = files.get(name)
    if upload is None and data.get(name) not in (None, ""):
        raise HttpError(422, _("%(name)s must be an uploaded file.") % {"name": name})
    return upload


@router.patch(
    "/v1/accounts/update_credentials", response=CredentialAccount, auth=token("write:accounts")
)
def update_credentials(request: HttpRequest) -> CredentialAccount:
    me = signed_in(request)
    data, files = _credentials_body(request)
    try:
        body = CredentialsUpdate.model_validate(data)
    except PydanticValidationError as error:
        raise RequestInvalid(
            [{**item, "loc": ("body", *item["loc"])} for item in error.errors()]
        ) from error
    attributes = body.fields_attributes
    if isinstance(attributes, dict):
        attributes = list(attributes.values())
    source = body.source or CredentialsSource()
    services.account_credentials_update(
        account=me,
        display_name=body.display_name,
        bio=body.note,
        fields=None if attributes is None else [(item.name, item.value) for item in attributes],
        locked=body.locked,
        bot=body.bot,
        discoverable=body.discoverable,
        indexable=body.indexable,
        hide_collections=body.hide_collections,
        avatar=_image(data, files, "avatar"),
        header=_image(data, files, "header"),
        posting_privacy=source.privacy,
        posting_sensitive=source.sensitive,
        posting_language=source.language,
    )
    me.refresh_from_db()
    return credential_account(me, follow_requests=selectors.follow_requests_count(me))


# Others' accounts.


@router.get("/v1/accounts/lookup", response=Account, auth=token("read:accounts", optional=True))
def lookup(request: HttpRequest, acct: str) -> Account:
    found = selectors.account_by_acct(acct)
    if found is None:
        raise Http404
    return account(found)


@router.get("/v1/accounts/relationships", response=list[Relationship], auth=token("read:follows"))
def relationships(
    request: HttpRequest, ids: Query[Ids], with_suspended: bool = False
) -> list[Relationship]:
    me = signed_in(request)
    targets = selectors.accounts_by_ids(ids.numbers(), with_suspended=with_suspended)
    return _relationships(me, targets)


@router.get(
    "/v1/accounts/familiar_followers",
    response=list[FamiliarFollowers],
    auth=token("read:follows"),
)
def familiar_followers(request: HttpRequest, ids: Query[Ids]) -> list[FamiliarFollowers]:
    me = signed_in(request)
    targets = selectors.accounts_by_ids(ids.numbers())
    found = selectors.familiar_followers(me, targets)
    return [
        FamiliarFollowers(
            id=str(target.pk), accounts=[account(follower) for follower in found[target.pk]]
        )
        for target in targets
    ]


class AccountSearch(Schema):
    q: str
    limit: int = 40
    offset: int = 0
    #: Nothing is fetched from other servers yet: known accounts are found either way.
    resolve: bool = False
    following: bool = False


@router.get("/v1/accounts/search", response=list[Account], auth=token("read:accounts"))
def search(request: HttpRequest, query: Query[AccountSearch]) -> list[Account]:
    found = search_accounts(
        signed_in(request),
        query.q,
        limit=min(query.limit, MAX_ACCOUNTS),
        offset=query.offset,
        following=query.following,
    )
    return [account(item) for item in found]


@router.get("/v1/accounts", response=list[Account], auth=token("read:accounts", optional=True))
def accounts(request: HttpRequest, ids: Query[Ids]) -> list[Account]:
    return [account(item) for item in selectors.accounts_by_ids(ids.numbers())]


@router.get("/v1/accounts/{id}", response=Account, auth=token("read:accounts", optional=True))
def account_get(request: HttpRequest, id: str) -> Account:
    return account(account_named(id))


def _follows(
    request: HttpRequest, response: HttpResponse, id: str, paging: AccountsPage, side: str
) -> list[Account]:
    target = account_named(id)
    viewer = caller(request).account
    page = paging.page(largest=MAX_ACCOUNTS)
    if side == "follower":
        follows = selectors.followers_page(target, page, viewer=viewer)
    else:
        follows = selectors.following_page(target, page, viewer=viewer)
    link_header(request, response, follows)
    return [account(getattr(follow, side)) for follow in follows]


@router.get(
    "/v1/accounts/{id}/followers",
    response=list[Account],
    auth=token("read:accounts", optional=True),
)
def followers(
    request: HttpRequest, response: HttpResponse, id: str, paging: Query[AccountsPage]
) -> list[Account]:
    return _follows(request, response, id, paging, "follower")


@router.get(
    "/v1/accounts/{id}/following",
    response=list[Account],
    auth=token("read:accounts", optional=True),
)
def following(
    request: HttpRequest, response: HttpResponse, id: str, paging: Query[AccountsPage]
) -> list[Account]:
    return _follows(request, response, id, paging, "target")


# What the caller does to another account; each answers with the relationship after it.


class FollowOptions(Schema):
    reblogs: bool | None = None
    notify: bool | None = None
    languages: list[str] | None = None


@router.post("/v1/accounts/{id}/follow", response=Relationship, auth=token("write:follows"))
def follow(
    request: HttpRequest, id: str, options: Body[FollowOptions | None] = None
) -> Relationship:
    # Many apps post no body at all.
    body = options or FollowOptions()
    me = signed_in(request)
    target = account_named(id)
    try:
        services.follow_create(
            follower=me,
            target=target,
            show_boosts=body.reblogs,
            notify=body.notify,
            languages=body.languages,
        )
    except ValidationError as error:
        if getattr(error, "code", None) == "blocked":  # as Mastodon answers
            raise PermissionDenied(_("This action is not allowed")) from error
        raise
    return _relationship(me, target)


@router.post("/v1/accounts/{id}/unfollow", response=Relationship, auth=token("write:follows"))
def unfollow(request: HttpRequest, id: str) -> Relationship:
    me = signed_in(request)
    target = account_named(id)
    services.follow_delete(follower=me, target=target)
    return _relationship(me, target)


@router.post(
    "/v1/accounts/{id}/remove_from_followers",
    response=Relationship,
    auth=token("write:follows"),
)
def remove_from_followers(request: HttpRequest, id: str) -> Relationship:
    me = signed_in(request)
    target = account_named(id)
    services.follower_remove(account=me, follower=target)
    return _relationship(me, target)


@router.post("/v1/accounts/{id}/block", response=Relationship, auth=token("write:blocks"))
def block(request: HttpRequest, id: str) -> Relationship:
    me = signed_in(request)
    target = account_named(id)
    services.block_create(account=me, target=target)
    return _relationship(me, target)


@router.post("/v1/accounts/{id}/unblock", response=Relationship, auth=token("write:blocks"))
def unblock(request: HttpRequest, id: str) -> Relationship:
    me = signed_in(request)
    target = account_named(id)
    services.block_delete(account=me, target=target)
    return _relationship(me, target)


class MuteOptions(Schema):
    notifications: bool = True
    duration: int = Field(0, ge=0, le=MAX_MUTE_SECONDS)


@router.post("/v1/accounts/{id}/mute", response=Relationship, auth=token("write:mutes"))
def mute(request: HttpRequest, id: str, options: Body[MuteOptions | None] = None) -> Relationship:
    body = options or MuteOptions(notifications=True, duration=0)
    me = signed_in(request)
    target = account_named(id)
    services.mute_create(
        account=me,
        target=target,
        notifications=body.notifications,
        duration=timedelta(seconds=body.duration) if body.duration else None,
    )
    return _relationship(me, target)


@router.post("/v1/accounts/{id}/unmute", response=Relationship, auth=token("write:mutes"))
def unmute(request: HttpRequest, id: str) -> Relationship:
    me = signed_in(request)
    target = account_named(id)
    services.mute_delete(account=me, target=target)
    return _relationship(me, target)


@router.post("/v1/accounts/{id}/pin", response=Relationship, auth=token("write:accounts"))
def pin(request: HttpRequest, id: str) -> Relationship:
    me = signed_in(request)
    target = account_named(id)
    services.endorsement_create(account=me, target=target)
    return _relationship(me, target)


@router.post("/v1/accounts/{id}/unpin", response=Relationship, auth=token("write:accounts"))
def unpin(request: HttpRequest, id: str) -> Relationship:
    me = signed_in(request)
    target = account_named(id)
    services.endorsement_delete(account=me, target=target)
    return _relationship(me, target)


class NoteBody(Schema):
    comment: str = ""


@router.post("/v1/accounts/{id}/note", response=Relationship, auth=token("write:accounts"))
def note(request: HttpRequest, id: str, body: NoteBody) -> Relationship:
    me = signed_in(request)
    target = account_named(id)
    services.account_note_set(account=me, target=target, comment=body.comment)
    return _relationship(me, target)


# The caller's lists.


@router.get("/v1/endorsements", response=list[Account], auth=token("read:accounts"))
def endorsements(
    request: HttpRequest, response: HttpResponse, paging: Query[AccountsPage]
) -> list[Account]:
    rows = selectors.endorsements_page(signed_in(request), paging.page(largest=MAX_ACCOUNTS))
    link_header(request, response, rows)
    return [account(row.target) for row in rows]


@router.get("/v1/blocks", response=list[Account], auth=token("read:blocks"))
def blocks(
    request: HttpRequest, response: HttpResponse, paging: Query[AccountsPage]
) -> list[Account]:
    rows = selectors.blocks_page(signed_in(request), paging.page(largest=MAX_ACCOUNTS))
    link_header(request, response, rows)
    return [account(row.target) for row in rows]


@router.get("/v1/mutes", response=list[MutedAccount], auth=token("read:mutes"))
def mutes(
    request: HttpRequest, response: HttpResponse, paging: Query[AccountsPage]
) -> list[MutedAccount]:
    rows = selectors.mutes_page(signed_in(request), paging.page(largest=MAX_ACCOUNTS))
    link_header(request, response, rows)
    return [muted_account(row.target, row.expires_at) for row in rows]


@router.get("/v1/follow_requests", response=list[Account], auth=token("read:follows"))
def follow_requests(
    request: HttpRequest, response: HttpResponse, paging: Query[AccountsPage]
) -> list[Account]:
    rows = selectors.follow_requests_page(signed_in(request), paging.page(largest=MAX_ACCOUNTS))
    link_header(request, response, rows)
    return [account(row.follower) for row in rows]


def _waiting(me: AccountModel, id: str) -> AccountModel:
    """Return the account whose request to follow `me` is waiting, or raise Http404."""
    follower = account_named(id)
    if selectors.follow_request_from(me, follower) is None:
        raise Http404
    return follower


@router.post(
    "/v1/follow_requests/{id}/authorize", response=Relationship, auth=token("write:follows")
)
def follow_request_authorize(request: HttpRequest, id: str) -> Relationship:
    me = signed_in(request)
    follower = _waiting(me, id)
    services.follow_accept(target=me, follower=follower)
    return _relationship(me, follower)


@router.post("/v1/follow_requests/{id}/reject", response=Relationship, auth=token("write:follows"))
def follow_request_reject(request: HttpRequest, id: str) -> Relationship:
    me = signed_in(request)
    follower = _waiting(me, id)
    services.follow_reject(target=me, follower=follower)
    return _relationship(me, follower)
