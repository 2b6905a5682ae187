"""Filters, their keywords and their statuses (docs.joinmastodon.org/methods/filters): v2,
and v1's read-only view of each keyword as a filter of its own."""

from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl

from django.http import Http404, HttpRequest
from django.utils import timezone
from ninja import Router, Schema
from ninja.errors import ValidationError
from pydantic import ConfigDict, Field, TypeAdapter, field_validator
from pydantic import ValidationError as PydanticValidationError

from hudhud.api.auth import signed_in, token
from hudhud.api.lookup import object_id, visible_post
from hudhud.api.schemas.filters import (
    Filter,
    FilterKeyword,
    FilterStatus,
    V1Filter,
    filter_entity,
    filter_keyword,
    filter_status,
    v1_filter,
)
from hudhud.timelines.models import FilterAction
from hudhud.timelines.selectors import (
    filter_keyword_of,
    filter_keywords_of,
    filter_of,
    filter_post_of,
    filters_of,
)
from hudhud.timelines.services.filters import (
    UNCHANGED,
    KeywordChange,
    Unchanged,
    filter_create,
    filter_delete,
    filter_keyword_create,
    filter_keyword_delete,
    filter_keyword_update,
    filter_post_create,
    filter_post_delete,
    filter_update,
)

router = Router(tags=["filters"])

#: A filter lasts ten years at most: beyond that, a date is a mistake (or an overflow).
MAX_EXPIRES_IN = 10 * 365 * 24 * 3600


class KeywordAttributes(Schema):
    model_config = ConfigDict(populate_by_name=True)

    id: str | None = None
    keyword: str | None = None
    whole_word: bool | None = None
    destroy: bool = Field(False, alias="_destroy")


# Forms send `keywords_attributes[][keyword]=…&keywords_attributes[][whole_word]=…`, which
# the parser cannot group (see `_grouped`), so that shape passes here as a list of strings.
Keywords = list[KeywordAttributes] | dict[str, KeywordAttributes] | list[str]


def _blank_is_none(value: Any) -> Any:
    return None if value == "" else value


class FilterCreate(Schema):
    title: str
    context: list[str]
    filter_action: str = FilterAction.WARN
    expires_in: int | None = Field(
        None, ge=1, le=MAX_EXPIRES_IN, description="Seconds until the filter expires."
    )
    keywords_attributes: Keywords = Field(default_factory=list)

    _expires_in = field_validator("expires_in", mode="before")(_blank_is_none)


class FilterUpdate(Schema):
    title: str | None = None
    context: list[str] | None = None
    filter_action: str | None = None
    expires_in: int | None = Field(
        None, ge=1, le=MAX_EXPIRES_IN, description="Seconds until the filter expires."
    )
    keywords_attributes: Keywords = Field(default_factory=list)

    _expires_in = field_validator("expires_in", mode="before")(_blank_is_none)


class KeywordCreate(Schema):
    keyword: str
    whole_word: bool = True


class KeywordUpdate(Schema):
    keyword: str | None = None
    whole_word: bool | None = None


class StatusAdd(Schema):
    status_id: str


_ATTRIBUTES = TypeAdapter(list[KeywordAttributes])


def _grouped(request: HttpRequest, name: str) -> list[dict[str, str]]:
    """Return the objects of a form's `name[][field]=…` fields, as Rails groups them: a field
    seen again starts the next object. The parser's dict has lost their order, so the
    form is read again from its body."""
    if request.content_type != "application/x-www-form-urlencoded":
        return []
    prefix = f"{name}[]["
    items: list[dict[str, str]] = []
    body = request.body.decode("utf-8", errors="replace")
    for key, value in parse_qsl(body, keep_blank_values=True):
        if key.startswith(prefix) and key.endswith("]"):
            field = key[len(prefix) : -1]
            if not items or field in items[-1]:
                items.append({})
            items[-1][field] = value
    return items


def _keyword_changes(request: HttpRequest, given: Keywords) -> list[KeywordChange]:
    if isinstance(given, dict):  # `keywords_attributes[0][keyword]=…`, or a JSON object
        items = [given[key] for key in sorted(given, key=lambda key: (len(key), key))]
    elif all(isinstance(item, KeywordAttributes) for item in given):
        items = [item for item in given if isinstance(item, KeywordAttributes)]
    else:
        try:
            items = _ATTRIBUTES.validate_python(_grouped(request, "keywords_attributes"))
        except PydanticValidationError as error:
            raise ValidationError(
                [
                    {**item, "loc": ("body", "keywords_attributes", *item["loc"])}
                    for item in error.errors()
                ]
            ) from error
    return [
        KeywordChange(
            id=object_id(item.id) if item.id else None,
            keyword=item.keyword,
            whole_word=item.whole_word,
            destroy=item.destroy,
        )
        for item in items
    ]


@router.get("/v2/filters", response=list[Filter], auth=token("read:filters"))
def filters(request: HttpRequest) -> list[Filter]:
    return [filter_entity(found) for found in filters_of(signed_in(request))]


@router.post("/v2/filters", response=Filter, auth=token("write:filters"))
def create(request: HttpRequest, body: FilterCreate) -> Filter:
    me = signed_in(request)
    keywords = _keyword_changes(request, body.keywords_attributes)
    if any(change.id is not None for change in keywords):
        raise Http404  # as on Mastodon: a new filter has no keywords to change
    found = filter_create(
        account=me,
        title=body.title,
        context=body.context,
        action=body.filter_action,
        expires_at=(
            timezone.now() + timedelta(seconds=body.expires_in) if body.expires_in else None
        ),
        keywords=keywords,
    )
    return filter_entity(filter_of(me, found.pk))


@router.get("/v2/filters/{id}", response=Filter, auth=token("read:filters"))
def one(request: HttpRequest, id: str) -> Filter:
    return filter_entity(filter_of(signed_in(request), object_id(id)))


@router.put("/v2/filters/{id}", response=Filter, auth=token("write:filters"))
def update(request: HttpRequest, id: str, body: FilterUpdate) -> Filter:
    me = signed_in(request)
    found = filter_of(me, object_id(id))
    expires_at: datetime | Unchanged | None = UNCHANGED
    if "expires_in" in body.model_fields_set:
        expires_at = (
            timezone.now() + timedelta(seconds=body.expires_in) if body.expires_in else None
        )
    filter_update(
        found=found,
        title=body.title,
        context=body.context,
        action=body.filter_action,
        expires_at=expires_at,
        keywords=_keyword_changes(request, body.keywords_attributes),
    )
    return filter_entity(filter_of(me, found.pk))


@router.delete("/v2/filters/{id}", response=dict[str, Any], auth=token("write:filters"))
def delete(request: HttpRequest, id: str) -> dict[str, Any]:
    filter_delete(found=filter_of(signed_in(request), object_id(id)))
    return {}


@router.get("/v2/filters/{id}/keywords", response=list[FilterKeyword], auth=token("read:filters"))
def keywords(request: HttpRequest, id: str) -> list[FilterKeyword]:
    found = filter_of(signed_in(request), object_id(id))
    return [filter_keyword(each) for each in found.keywords.all()]


@router.post("/v2/filters/{id}/keywords", response=FilterKeyword, auth=token("write:filters"))
def keyword_create(request: HttpRequest, id: str, body: KeywordCreate) -> FilterKeyword:
    found = filter_of(signed_in(request), object_id(id))
    return filter_keyword(
        filter_keyword_create(found=found, keyword=body.keyword, whole_word=body.whole_word)
    )


@router.get("/v2/filters/keywords/{id}", response=FilterKeyword, auth=token("read:filters"))
def keyword_one(request: HttpRequest, id: str) -> FilterKeyword:
    return filter_keyword(filter_keyword_of(signed_in(request), object_id(id)))


@router.put("/v2/filters/keywords/{id}", response=FilterKeyword, auth=token("write:filters"))
def keyword_update(request: HttpRequest, id: str, body: KeywordUpdate) -> FilterKeyword:
    found = filter_keyword_of(signed_in(request), object_id(id))
    return filter_keyword(
        filter_keyword_update(found=found, keyword=body.keyword, whole_word=body.whole_word)
    )


@router.delete("/v2/filters/keywords/{id}", response=dict[str, Any], auth=token("write:filters"))
def keyword_delete(request: HttpRequest, id: str) -> dict[str, Any]:
    filter_keyword_delete(found=filter_keyword_of(signed_in(request), object_id(id)))
    return {}


@router.get("/v2/filters/{id}/statuses", response=list[FilterStatus], auth=token("read:filters"))
def statuses(request: HttpRequest, id: str) -> list[FilterStatus]:
    found = filter_of(signed_in(request), object_id(id))
    return [filter_status(each) for each in found.posts.all()]


@router.post("/v2/filters/{id}/statuses", response=FilterStatus, auth=token("write:filters"))
def status_add(request: HttpRequest, id: str, body: StatusAdd) -> FilterStatus:
    me = signed_in(request)
    found = filter_of(me, object_id(id))
    return filter_status(filter_post_create(found=found, post=visible_post(me, body.status_id)))


@router.get("/v2/filters/statuses/{id}", response=FilterStatus, auth=token("read:filters"))
def status_one(request: HttpRequest, id: str) -> FilterStatus:
    return filter_status(filter_post_of(signed_in(request), object_id(id)))


@router.delete("/v2/filters/statuses/{id}", response=dict[str, Any], auth=token("write:filters"))
def status_remove(request: HttpRequest, id: str) -> dict[str, Any]:
    filter_post_delete(found=filter_post_of(signed_in(request), object_id(id)))
    return {}


@router.get("/v1/filters", response=list[V1Filter], auth=token("read:filters"))
def v1_filters(request: HttpRequest) -> list[V1Filter]:
    return [v1_filter(each) for each in filter_keywords_of(signed_in(request))]


@router.get("/v1/filters/{id}", response=V1Filter, auth=token("read:filters"))
def v1_one(request: HttpRequest, id: str) -> V1Filter:
    return v1_filter(filter_keyword_of(signed_in(request), object_id(id)))
